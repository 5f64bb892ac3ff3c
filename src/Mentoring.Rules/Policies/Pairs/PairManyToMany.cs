using Mentoring.Domain;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>A mentee may have several mentors and a mentor several mentees, unless the edition caps it.</summary>
/// <remarks>
/// 003 §5.2. Judges every mentor: the distinct mentees the mentor has across all pairs and groups of the case are
/// allowed in any number when <c>maxMenteesPerMentor</c> is null (the seeds' value), and at most that many when an
/// edition sets it. Several mentors of one mentee are always allowed. (For a cap on mentees at the same time, see
/// the optional rule <c>mentor.max-mentees</c>.) Judged on: all the mentor's pairs the case records, whatever their
/// dates (the cap counts mentees, not mentees at the same time).
/// </remarks>
[JudgedOn("all the mentor's pairs the case records, whatever their dates (the cap counts mentees, not mentees at the same time).")]
[Name("pair.many-to-many")]
[Title("У наставника может быть несколько наставляемых, у наставляемого — несколько наставников", "A mentor may have several mentees and a mentee several mentors")]
[Citation("003 §5.2", "за наставляемым может быть закреплено несколько наставников, у наставника может быть несколько наставляемых")]
[Severity(Severity.Warning)]
[RuleParameter("maxMenteesPerMentor", ParameterKind.WholeNumber, "null", Nullable = true, Min = 1, Max = 100, Description = "The most mentees a mentor may have across pairs; null for no cap.", DescriptionRu = "Наибольшее число наставляемых у наставника во всех парах и группах; пустое значение — без ограничения.")]
internal sealed class PairManyToMany : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        IPerson mentor = null!;

        // The mentor's pairs are the case's, looked up by identifier (the model's keyed query), not collected by
        // comparing every mentor with every pair.
        When()
            .Match(() => evaluation)
            .Match(() => mentor, m => evaluation.Case.PairsMentoredBy(m.Id).Count != 0);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), mentor, evaluation.Case.PairsMentoredBy(mentor.Id))));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, IPerson mentor, IReadOnlyList<MentoringPair> pairs)
    {
        var cap = parameters.WholeNumber("maxMenteesPerMentor");
        var mentees = PairFacts.MenteesOf(pairs);
        var subjects = PairFacts.Subjects(Subject.Of(mentor), pairs);
        if (cap is { } max && mentees.Count > max)
        {
            return Verdict.Violated(
                () => $"У наставника {evaluation.Name(mentor)} наставляемых: {mentees.Count} ({evaluation.Names(mentees)}; пары: {PairFacts.Ids(pairs)}), больше допустимых {max}.",
                () => $"Mentor {evaluation.Name(mentor)} has {mentees.Count} mentees ({evaluation.Names(mentees)}; pairs: {PairFacts.Ids(pairs)}), more than the {max} allowed.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"У наставника {evaluation.Name(mentor)} наставляемых: {mentees.Count} ({evaluation.Names(mentees)}; пары: {PairFacts.Ids(pairs)}); {(cap is { } limit ? $"не больше {limit}" : "ограничения нет")}.",
            () => $"Mentor {evaluation.Name(mentor)} has {Plural.EnWithNumber(mentees.Count, "mentee", "mentees")} ({evaluation.Names(mentees)}; pairs: {PairFacts.Ids(pairs)}); {(cap is { } limit ? $"at most {limit}" : "no cap")}.",
            subjects);
    }
}
