using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Pairs;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>Each pair or group has its own personalized program.</summary>
/// <remarks>
/// 002 МР stage 5 п.2; 004 roadmap п.5. A pair formed after the date of validation is not judged yet. Several
/// programs of one pair (one after another) satisfy the rule; the program's own content and term are other rules.
/// <para>
/// Judged on: the date of validation, for every pair formed by then (the day it was formed, when recorded): whether the
/// case holds a program of the pair. A program, once recorded, keeps the finding satisfied as the date moves later.
/// </para>
/// </remarks>
[JudgedOn("the date of validation, for every pair formed by then (the day it was formed, when recorded): whether the case holds a program of the pair. A program, once recorded, keeps the finding satisfied as the date moves later.")]
[Name("program.per-pair")]
[Title("У каждой пары и группы своя персонализированная программа", "Each pair or group has its own personalized program")]
[Citation("002 МР stage 5 п.2; 004 roadmap п.5", "Разработка персонализированных программ наставничества для каждой пары/группы")]
[Severity(Severity.Error)]
internal sealed class ProgramPerPair : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;

        // The pair's programs are the case's, looked up by the pair's identifier (the model's keyed query), not found by
        // joining every program with every pair.
        When()
            .Match(() => evaluation)
            .Match(() => pair);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, evaluation.Case.ProgramsOf(pair.Id))));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair, IReadOnlyList<PersonalizedProgram> programs)
    {
        var subjects = PairFacts.Subjects(evaluation, pair);

        if (pair.FormedOn is { } formed && formed > evaluation.AsOf)
        {
            return Verdict.NotApplicable(
                () => $"{Capitalized(PairTexts.NameRu(pair))} сформирована {formed:dd.MM.yyyy}, позже даты проверки.",
                () => $"The {(pair.IsGroup ? "group" : "pair")} {pair.Id} is formed on {formed:yyyy-MM-dd}, after the date of validation.",
                subjects);
        }

        if (programs.Count == 0)
        {
            return Verdict.Violated(
                () => $"У {PairTexts.Ru(evaluation, pair)} нет персонализированной программы наставничества.",
                () => $"The {PairTexts.En(evaluation, pair)} has no personalized program.",
                subjects);
        }

        var withPrograms = new List<Subject>(1 + pair.Mentors.Count + pair.Mentees.Count + programs.Count);
        withPrograms.AddRange(subjects);
        for (var i = 0; i < programs.Count; i++)
        {
            withPrograms.Add(Subject.Of(programs[i]));
        }

        return Verdict.Satisfied(
            () => $"У {PairTexts.Ru(evaluation, pair)} есть персонализированная программа: {Ids()}.",
            () => $"The {PairTexts.En(evaluation, pair)} has its personalized program: {Ids()}.",
            withPrograms);

        string Ids() => string.Join(", ", programs.Select(p => p.Id));
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
