using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Fluent;
using Mentoring.Rules.Policies.Pairs;

namespace Mentoring.Rules.Policies.Optional;

/// <summary>A mentor has at most N mentees at the same time.</summary>
/// <remarks>
/// Not in the seeds; many organizations' regulations cap it (optional, off unless an edition turns it on). Counts the
/// distinct mentees of the mentor's pairs and groups that are running on the date of validation: a pair with
/// programs runs while one of them has begun, has not ended and has not been completed or terminated on or before
/// that date; a pair without a program runs from the day it was formed (or always, when that day is unknown).
/// </remarks>
[RuleId("mentor.max-mentees")]
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
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.Mentors.Contains(mentor.Id)).Collect())
            .Having(() => pairs.Count != 0)
            .Query(() => programs, q => q.Match<PersonalizedProgram>(pr => pairs.Any(p => p.Id == pr.PairId)).Collect());
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
        var running = pairs.Where(p => Runs(p, programs.Where(pr => pr.PairId == p.Id).ToList(), asOf)).ToList();
        var mentees = PairFacts.MenteesOf(running);
        var name = evaluation.Name(mentor);
        var ids = running.Count == 0 ? "—" : string.Join(", ", running.Select(p => p.Id));
        var subjects = running.Select(Subject.Of).Prepend(Subject.Of(mentor));
        return mentees.Count <= max
            ? Verdict.Satisfied(
                $"У наставника {name} на {asOf:dd.MM.yyyy} наставляемых: {mentees.Count} (пары: {ids}), не больше {max}.",
                $"Mentor {name} has {mentees.Count} mentee(s) on {asOf:yyyy-MM-dd} (pairs: {ids}), at most {max}.",
                subjects)
            : Verdict.Violated(
                $"У наставника {name} на {asOf:dd.MM.yyyy} одновременно наставляемых: {mentees.Count} ({evaluation.Names(mentees)}; пары: {ids}), больше {max}.",
                $"Mentor {name} has {mentees.Count} mentees at the same time on {asOf:yyyy-MM-dd} ({evaluation.Names(mentees)}; pairs: {ids}), more than {max}.",
                subjects);
    }

    private static bool Runs(MentoringPair pair, List<PersonalizedProgram> programs, DateOnly asOf) =>
        programs.Count == 0
            ? pair.FormedOn is not { } formed || formed <= asOf
            : programs.Any(p => p.Term.Contains(asOf) && !(p.Completion is { } done && done.Date <= asOf));
}
