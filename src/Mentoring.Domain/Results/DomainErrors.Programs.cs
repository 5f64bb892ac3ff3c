namespace Mentoring.Domain;

public static partial class DomainErrors
{
    /// <summary>Errors of personalized mentoring programs (MD05xx).</summary>
    /// <remarks>002 §1 (понятия), «Изменение сроков», «Завершение»; 003 §5.</remarks>
    public static class Programs
    {
        /// <summary>MD0501: a completion names no ground.</summary>
        /// <returns>The error, pointed at <c>completion.ground</c>.</returns>
        public static ValidationError CompletionWithoutGround() => DomainErrors.Create(
            "MD0501", "A program's completion must name its ground: plan completed, participants' initiative, or curator's initiative.",
            "Завершение программы должно указывать основание: выполнение плана, инициатива участников или инициатива куратора.",
            "completion.ground");

        /// <summary>MD0502: a status transition that the program's life cycle does not have.</summary>
        /// <param name="from">The current status code.</param>
        /// <param name="to">The requested status code.</param>
        /// <returns>The error, pointed at <c>status</c>.</returns>
        public static ValidationError InvalidTransition(string from, string to) => DomainErrors.Create(
            "MD0502", $"A program in status '{from}' cannot move to '{to}'.",
            $"Программу в статусе «{from}» нельзя перевести в статус «{to}».", "status");

        /// <summary>MD0503: a change to a program that is already completed or terminated.</summary>
        /// <param name="action">What was attempted, such as <c>add an activity</c>.</param>
        /// <param name="status">The program's status code.</param>
        /// <returns>The error, pointed at <c>status</c>.</returns>
        public static ValidationError ProgramFinished(string action, string status) => DomainErrors.Create(
            "MD0503", $"The program is {status}: it accepts no change (attempted: {action}).",
            $"Программа в статусе «{status}» не принимает изменений (попытка: {action}).", "status");

        /// <summary>MD0504: an early termination whose ground is «выполнение плана мероприятий в полном объёме».</summary>
        /// <returns>The error, pointed at <c>completion.ground</c>.</returns>
        public static ValidationError EarlyGroundRequired() => DomainErrors.Create(
            "MD0504", "An early termination needs an early ground (participants' or curator's initiative), not 'plan completed'.",
            "Досрочное прекращение требует досрочного основания (инициатива участников или куратора), а не «выполнение плана».",
            "completion.ground");

        /// <summary>MD0505: a dated step is recorded before the step it follows.</summary>
        /// <param name="field">The dated field, such as <c>activatedOn</c>.</param>
        /// <param name="date">The rejected date.</param>
        /// <param name="previous">The date of the previous step.</param>
        /// <returns>The error, pointed at the field.</returns>
        public static ValidationError DateBeforePreviousStep(string field, DateOnly date, DateOnly previous) => DomainErrors.Create(
            "MD0505", $"'{field}' is {date:yyyy-MM-dd}, before the previous step of the program on {previous:yyyy-MM-dd}.",
            $"«{field}»: дата {date:dd.MM.yyyy} раньше предыдущего шага программы ({previous:dd.MM.yyyy}).", field);

        /// <summary>MD0506: an extension whose new end is before the current end.</summary>
        /// <param name="newEnd">The requested end.</param>
        /// <param name="currentEnd">The current end.</param>
        /// <returns>The error, pointed at <c>change.newEnd</c>.</returns>
        public static ValidationError ExtensionShortens(DateOnly newEnd, DateOnly currentEnd) => DomainErrors.Create(
            "MD0506", $"An extension must not end before the current end: {newEnd:yyyy-MM-dd} is before {currentEnd:yyyy-MM-dd}.",
            $"Продление не может заканчиваться раньше текущего срока: {newEnd:dd.MM.yyyy} раньше {currentEnd:dd.MM.yyyy}.",
            "change.newEnd");

        /// <summary>MD0507: a planned activity is marked done a second time.</summary>
        /// <param name="activityId">The activity.</param>
        /// <returns>The error, pointed at <c>activities</c>.</returns>
        public static ValidationError ActivityAlreadyDone(string activityId) => DomainErrors.Create(
            "MD0507", $"The activity '{activityId}' is already done.",
            $"Мероприятие «{activityId}» уже отмечено выполненным.", "activities");

        /// <summary>MD0508: no planned activity has the identifier.</summary>
        /// <param name="activityId">The identifier.</param>
        /// <returns>The error, pointed at <c>activities</c>.</returns>
        public static ValidationError ActivityNotFound(string activityId) => DomainErrors.Create(
            "MD0508", $"The program has no activity '{activityId}'.",
            $"В программе нет мероприятия «{activityId}».", "activities");

        /// <summary>MD0509: a change request lacks the value its kind changes (the new end or the new form).</summary>
        /// <param name="kind">The change kind's code.</param>
        /// <param name="field">The missing field.</param>
        /// <returns>The error, pointed at the field.</returns>
        public static ValidationError ChangeValueMissing(string kind, string field) => DomainErrors.Create(
            "MD0509", $"A change of kind '{kind}' must state '{field}'.",
            $"Изменение вида «{kind}» должно указывать «{field}».", field);

        /// <summary>MD0510: a change that reschedules a planned activity is not a change of the plan.</summary>
        /// <returns>The error, at <c>change.activity</c>.</returns>
        /// <remarks>002 «Изменение сроков»: a rescheduling is a «корректировка плана».</remarks>
        public static ValidationError ReschedulingNotPlanChange() => DomainErrors.Create(
            "MD0510", "Only a change of kind 'plan-change' may reschedule an activity.",
            "Перенести срок мероприятия может только изменение вида «корректировка плана мероприятий».", "change.activity");

        /// <summary>MD0511: a completion by mutual decision on a ground other than the participants' initiative.</summary>
        /// <returns>The error, at <c>completion.byMutualDecision</c>.</returns>
        /// <remarks>002 «Завершение»: «по инициативе наставника или наставляемого и/или обоюдному решению».</remarks>
        public static ValidationError MutualDecisionNotParticipants() => DomainErrors.Create(
            "MD0511", "Only an ending on the ground 'participant-initiative' can be by mutual decision.",
            "Обоюдным решением может быть только завершение по инициативе наставника или наставляемого.", "completion.byMutualDecision");
    }
}
