using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>Students in mentoring are 10 to 18 years old.</summary>
/// <remarks>
/// 003 §1.3. Applies to every student who is a mentor or a mentee of a pair or group. The age in whole years on the
/// date of validation must lie from <c>studentAgeMin</c> to <c>studentAgeMax</c>, both inclusive (a student of 18
/// is in range until the 19th birthday). A missing birth date makes the outcome unknown.
/// </remarks>
[Name("pair.student-age")]
[Title("Обучающиеся в наставничестве — в возрасте от 10 до 18 лет", "Students in mentoring are 10 to 18 years old")]
[Citation("003 §1.3", "всех участников образовательной деятельности в возрасте от 10 до 18 лет")]
[Severity(Severity.Error)]
[RuleParameter("studentAgeMin", ParameterKind.WholeNumber, "10", Min = 0, Max = 25, Description = "The youngest age in whole years.")]
[RuleParameter("studentAgeMax", ParameterKind.WholeNumber, "18", Min = 0, Max = 25, Description = "The oldest age in whole years.")]
internal sealed class PairStudentAge : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Student student = null!;
        IReadOnlyList<MentoringPair> pairs = null!;

        When()
            .Match(() => evaluation)
            .Match(() => student)
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.Involves(student.Id)).CollectList())
            .Having(() => pairs.Count != 0);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), student, pairs)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Student student, IReadOnlyList<MentoringPair> pairs)
    {
        var min = parameters.WholeNumber("studentAgeMin") ?? 10;
        var max = parameters.WholeNumber("studentAgeMax") ?? 18;
        var subjects = PairFacts.Subjects(Subject.Of(student), pairs);
        var asOf = evaluation.AsOf;
        if (student.AgeOn(asOf) is not { } age)
        {
            return Verdict.Unknown(
                [$"дата рождения {evaluation.Name(student)}"],
                () => $"Обучающийся {evaluation.Name(student)} (пары: {PairFacts.Ids(pairs)}): нет даты рождения, возраст на {asOf:dd.MM.yyyy} неизвестен.",
                () => $"Student {evaluation.Name(student)} (pairs: {PairFacts.Ids(pairs)}) has no birth date; the age on {asOf:yyyy-MM-dd} is unknown.",
                subjects);
        }

        return age >= min && age <= max
            ? Verdict.Satisfied(
                () => $"Обучающемуся {evaluation.Name(student)} на {asOf:dd.MM.yyyy} полных лет: {age} — в пределах от {min} до {max}.",
                () => $"Student {evaluation.Name(student)} is {age} on {asOf:yyyy-MM-dd}, within {min} to {max}.",
                subjects)
            : Verdict.Violated(
                () => $"Обучающемуся {evaluation.Name(student)} (пары: {PairFacts.Ids(pairs)}) на {asOf:dd.MM.yyyy} полных лет: {age} — вне пределов от {min} до {max}.",
                () => $"Student {evaluation.Name(student)} (pairs: {PairFacts.Ids(pairs)}) is {age} on {asOf:yyyy-MM-dd}, outside {min} to {max}.",
                subjects);
    }
}
