using Mentoring.Domain;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Pairs;

namespace Mentoring.Rules.Policies.Optional;

/// <summary>A mentor has at most N mentees at the same time.</summary>
/// <remarks>
/// Not in the seeds; many organizations' regulations cap it (optional, off unless an edition turns it on). Counts the
/// distinct mentees of the mentor's pairs and groups that are running on the date of validation: a pair with
/// programs runs while one of them has begun, has not ended and has not been completed or terminated on or before
/// that date; a pair without a program runs from the day it was formed (or always, when that day is unknown).
/// </remarks>
[Name("mentor.max-mentees")]
[Title("У наставника одновременно не более N наставляемых", "A mentor has at most N mentees at the same time")]
[Citation("положения других организаций (необязательное правило)", "наставник одновременно может осуществлять наставничество в отношении не более N наставляемых (типовая формулировка)")]
[Severity(Severity.Warning)]
[OffByDefault]
[RuleParameter("max", ParameterKind.WholeNumber, "2", Min = 1, Max = 100, Description = "The most mentees at the same time.")]
internal sealed class MentorMaxMentees : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        IPerson mentor = null!;
        IReadOnlyList<MentoringPair> pairs = null!;
        IReadOnlyList<PersonalizedProgram> programs = null!;

        When()
            .Match(() => evaluation)
            .Match(() => mentor)
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.Mentors.Contains(mentor.Id)).CollectList())
            .Having(() => pairs.Count != 0)
            .Query(() => programs, q => q.Match<PersonalizedProgram>(pr => Covers(pairs, pr.PairId)).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), mentor, pairs, programs)));
    }

    private static Verdict Judge(
        Evaluation evaluation,
        Editions.RuleParameters parameters,
        IPerson mentor,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<PersonalizedProgram> programs)
    {
        var max = parameters.WholeNumber("max") ?? 2;
        var asOf = evaluation.AsOf;
        var running = new List<MentoringPair>(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (Runs(pair, programs, asOf))
            {
                running.Add(pair);
            }
        }

        var mentees = PairFacts.MenteesOf(running);
        var subjects = PairFacts.Subjects(Subject.Of(mentor), running);
        return mentees.Count <= max
            ? Verdict.Satisfied(
                () => $"У наставника {evaluation.Name(mentor)} на {asOf:dd.MM.yyyy} наставляемых: {mentees.Count} (пары: {Ids()}), не больше {max}.",
                () => $"Mentor {evaluation.Name(mentor)} has {mentees.Count} mentee(s) on {asOf:yyyy-MM-dd} (pairs: {Ids()}), at most {max}.",
                subjects)
            : Verdict.Violated(
                () => $"У наставника {evaluation.Name(mentor)} на {asOf:dd.MM.yyyy} одновременно наставляемых: {mentees.Count} ({evaluation.Names(mentees)}; пары: {Ids()}), больше {max}.",
                () => $"Mentor {evaluation.Name(mentor)} has {mentees.Count} mentees at the same time on {asOf:yyyy-MM-dd} ({evaluation.Names(mentees)}; pairs: {Ids()}), more than {max}.",
                subjects);

        string Ids() => running.Count == 0 ? "—" : PairFacts.Ids(running);
    }

    /// <summary>Whether one of the pairs has the identifier (the pairs whose programs the rule collects).</summary>
    private static bool Covers(IReadOnlyList<MentoringPair> pairs, PairId id)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (pair.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the pair runs on the date: one of its programs (among <paramref name="programs"/>) has begun, has not
    /// ended and has not been completed or terminated; without programs, it has been formed (or its day is unknown).
    /// </summary>
    private static bool Runs(MentoringPair pair, IReadOnlyList<PersonalizedProgram> programs, DateOnly asOf)
    {
        var hasProgram = false;
        for (var i = 0; i < programs.Count; i++)
        {
            var program = programs[i];
            if (program.PairId != pair.Id)
            {
                continue;
            }

            if (program.Term.Contains(asOf) && !(program.Completion is { } done && done.Date <= asOf))
            {
                return true;
            }

            hasProgram = true;
        }

        return !hasProgram && (pair.FormedOn is not { } formed || formed <= asOf);
    }
}
