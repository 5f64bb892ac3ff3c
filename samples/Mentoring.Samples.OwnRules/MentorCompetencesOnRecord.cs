using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies;

namespace Mentoring.Samples.OwnRules;

/// <summary>
/// A school's own rule, written like the bundled ones: a <see cref="Rule"/> class with policy metadata (identifier,
/// titles, citation, severity, a parameter an edition may set). Every mentor of a pair or group has at least
/// <c>min</c> competences on record (the mentor registry's «Основные компетенции»).
/// </summary>
[Name("school-1.mentor-competences")]
[Title("У наставника в деле указано не менее N компетенций", "A mentor has at least N competences on record")]
[Citation("Положение МБОУ «Средняя школа № 1», п. 3.2", "наставник обладает компетенциями, необходимыми для сопровождения наставляемого")]
[Severity(Severity.Warning)]
[OffByDefault]   // on only in the editions that ask for it (editions/school-1.json)
[RuleParameter("min", ParameterKind.WholeNumber, "1", Min = 1, Max = 10, Description = "The fewest competences a mentor lists.")]
public sealed class MentorCompetencesOnRecord : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Teacher mentor = null!;

        When()
            .Match(() => evaluation)                                      // the validation: date, edition, parameters
            .Match(() => mentor)
            .Exists<MentoringPair>(p => p.Mentors.Contains(mentor.Id));   // only teachers who mentor someone
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx).WholeNumber("min") ?? 1, mentor)));
    }

    private static Verdict Judge(Evaluation evaluation, int min, Teacher mentor)
    {
        var count = mentor.Competences.Count;

        // The messages are functions: written only when a host reads them (most findings are only counted or
        // filtered). They name the mentor through the evaluation: the short name, or the identifier when redacted.
        return count >= min
            ? Verdict.Satisfied(
                () => $"У наставника {evaluation.Name(mentor)} указано компетенций: {count} (не менее {min}).",
                () => $"Mentor {evaluation.Name(mentor)} has {count} competence(s) on record (at least {min}).",
                Subject.Of(mentor))
            : Verdict.Violated(
                () => $"У наставника {evaluation.Name(mentor)} указано компетенций: {count}, а нужно не менее {min}.",
                () => $"Mentor {evaluation.Name(mentor)} has {count} competence(s) on record, fewer than {min}.",
                Subject.Of(mentor));
    }
}
