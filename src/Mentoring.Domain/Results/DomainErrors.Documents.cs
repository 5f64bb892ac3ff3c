namespace Mentoring.Domain;

/// <content>Errors of documents: orders, consents, employment-contract addenda, petitions (MD03xx).</content>
public static partial class DomainErrors
{
    /// <summary>Errors of documents: orders, consents, employment-contract addenda and petitions (MD0301–MD0399).</summary>
    /// <remarks>002 §1 (last ¶), §2, §4; 003 §2; TK 351.8.</remarks>
    public static class Documents
    {
        /// <summary>MD0301: an order fixing pairs and groups names none.</summary>
        /// <returns>The error, pointed at <c>pairs</c>.</returns>
        /// <remarks>002 §2; 003 §2.6: the order fixes mentoring pairs or groups.</remarks>
        public static ValidationError PairingOrderWithoutPairs() => DomainErrors.Create(
            "MD0301", "An order fixing mentoring pairs or groups must name at least one pair or group.",
            "Приказ о закреплении наставнических пар/групп должен называть хотя бы одну пару или группу.", "pairs");

        /// <summary>MD0302: a release order names the released person as their own replacement.</summary>
        /// <param name="personId">The released person.</param>
        /// <returns>The error, pointed at <c>replacement</c>.</returns>
        /// <remarks>002 §1 (last ¶): the absence of the released person is covered by someone else.</remarks>
        public static ValidationError ReplacementIsReleasedPerson(string personId) => DomainErrors.Create(
            "MD0302", $"'{personId}' is released from duties and cannot replace themselves.",
            $"«{personId}» освобождается от обязанностей и не может замещать сам себя.", "replacement");

        /// <summary>MD0303: a consent is withdrawn before it was given.</summary>
        /// <param name="givenOn">The date the consent was given.</param>
        /// <param name="withdrawnOn">The rejected withdrawal date.</param>
        /// <returns>The error, pointed at <c>withdrawnOn</c>.</returns>
        public static ValidationError WithdrawnBeforeGiven(DateOnly givenOn, DateOnly withdrawnOn) => DomainErrors.Create(
            "MD0303", $"The consent is withdrawn on {withdrawnOn:yyyy-MM-dd}, before it was given on {givenOn:yyyy-MM-dd}.",
            $"Согласие отозвано {withdrawnOn:dd.MM.yyyy}, раньше, чем дано ({givenOn:dd.MM.yyyy}).", "withdrawnOn");

        /// <summary>MD0304: a consent that is already withdrawn is withdrawn again.</summary>
        /// <param name="withdrawnOn">The date it was withdrawn.</param>
        /// <returns>The error, pointed at <c>withdrawnOn</c>.</returns>
        public static ValidationError ConsentAlreadyWithdrawn(DateOnly withdrawnOn) => DomainErrors.Create(
            "MD0304", $"The consent was already withdrawn on {withdrawnOn:yyyy-MM-dd}.",
            $"Согласие уже отозвано {withdrawnOn:dd.MM.yyyy}.", "withdrawnOn");

        /// <summary>MD0305: a consent is given on behalf of the person who gives it.</summary>
        /// <param name="personId">The person.</param>
        /// <returns>The error, pointed at <c>onBehalfOf</c>.</returns>
        /// <remarks>003 §2.4: a legal representative consents for a minor, who is another person.</remarks>
        public static ValidationError ConsentOnBehalfOfSelf(string personId) => DomainErrors.Create(
            "MD0305", $"'{personId}' cannot give a consent on their own behalf as a representative.",
            $"«{personId}» не может давать согласие как представитель самого себя.", "onBehalfOf");

        /// <summary>MD0306: the pay stated in an employment-contract addendum is negative.</summary>
        /// <param name="pay">The rejected pay, in rubles per month.</param>
        /// <returns>The error, pointed at <c>pay</c>.</returns>
        /// <remarks>TK 351.8: the addendum states the pay for mentoring.</remarks>
        public static ValidationError NegativePay(decimal pay) => DomainErrors.Create(
            "MD0306", $"The pay for mentoring is {pay} rubles per month; it cannot be negative.",
            $"Оплата за наставничество указана как {pay} руб. в месяц; она не может быть отрицательной.", "pay");

        /// <summary>MD0307: a petition is decided before it was filed.</summary>
        /// <param name="filedOn">The filing date.</param>
        /// <param name="decidedOn">The rejected decision date.</param>
        /// <returns>The error, pointed at <c>decidedOn</c>.</returns>
        public static ValidationError DecidedBeforeFiled(DateOnly filedOn, DateOnly decidedOn) => DomainErrors.Create(
            "MD0307", $"The petition is decided on {decidedOn:yyyy-MM-dd}, before it was filed on {filedOn:yyyy-MM-dd}.",
            $"Решение по обращению принято {decidedOn:dd.MM.yyyy}, раньше его подачи ({filedOn:dd.MM.yyyy}).", "decidedOn");

        /// <summary>MD0308: a petition has a decision date but no outcome.</summary>
        /// <returns>The error, pointed at <c>outcome</c>.</returns>
        public static ValidationError DecisionDateWithoutOutcome() => DomainErrors.Create(
            "MD0308", "The petition has a decision date but no outcome: state whether it was granted or refused.",
            "У обращения есть дата решения, но нет самого решения: укажите, удовлетворено оно или отклонено.", "outcome");

        /// <summary>MD0309: a petition that is already decided is decided again.</summary>
        /// <returns>The error, pointed at <c>outcome</c>.</returns>
        public static ValidationError PetitionAlreadyDecided() => DomainErrors.Create(
            "MD0309", "The petition is already decided.", "По обращению уже принято решение.", "outcome");

        /// <summary>MD0310: a petition names its own author as the new mentor.</summary>
        /// <param name="personId">The author.</param>
        /// <returns>The error, pointed at <c>newMentor</c>.</returns>
        /// <remarks>002 §4: the mentor leaves, or the mentee asks for another mentor.</remarks>
        public static ValidationError NewMentorIsPetitioner(string personId) => DomainErrors.Create(
            "MD0310", $"'{personId}' filed the petition and cannot be the new mentor it names.",
            $"«{personId}» подал(а) обращение и не может быть назначен(а) в нём новым наставником.", "newMentor");

        /// <summary>MD0311: a record that a consent was refused or not given is withdrawn.</summary>
        /// <param name="status">The record's status code.</param>
        /// <returns>The error, pointed at <c>status</c>.</returns>
        /// <remarks>readings.md, principle 2: only a consent that was given can be withdrawn.</remarks>
        public static ValidationError RefusalNotWithdrawn(string status) => DomainErrors.Create(
            "MD0311", $"A consent record of status '{status}' was never given and cannot be withdrawn.",
            $"Согласие со статусом «{status}» не было дано и не может быть отозвано.", "status");
    }
}
