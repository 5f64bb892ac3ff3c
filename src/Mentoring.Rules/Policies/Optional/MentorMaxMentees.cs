using Mentoring.Domain.Calendar;
using Mentoring.Domain;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Pairs;

namespace Mentoring.Rules.Policies.Optional;

/// <summary>A mentor has at most N mentees at the same time.</summary>
/// <remarks>
/// Not in the seeds; many organizations' regulations cap it (optional, off unless an edition turns it on). A limit
/// «одновременно» is broken by any overlap of pairs or programs on any day, past or present (readings.md,
/// principle 1), not only on the date of validation. A pair with programs runs on each day of a program's term until
/// the program is completed or terminated (the day of completion no longer counts); a pair without a program runs
/// from the day it was formed (from any earlier day, when that day is unknown) to the date of validation. The rule
/// counts the distinct mentees of the mentor's running pairs and groups on each day, and names the first period in
/// which they exceed <c>max</c>. Judged on: every day up to the date of validation (days after it have not happened).
/// </remarks>
[JudgedOn("every day up to the date of validation (days after it have not happened).")]
[Name("mentor.max-mentees")]
[Title("У наставника одновременно не более N наставляемых", "A mentor has at most N mentees at the same time")]
[Citation("положения других организаций (необязательное правило)", "наставник одновременно может осуществлять наставничество в отношении не более N наставляемых (типовая формулировка)")]
[Severity(Severity.Warning)]
[OffByDefault]
[RuleParameter("max", ParameterKind.WholeNumber, "2", Min = 1, Max = 100, Description = "The most mentees at the same time.", DescriptionRu = "Наибольшее число наставляемых одновременно.")]
internal sealed class MentorMaxMentees : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        IPerson mentor = null!;

        // The mentor's pairs and their programs are the case's, looked up by identifier (the model's keyed queries),
        // not collected by comparing every mentor with every pair and every program.
        When()
            .Match(() => evaluation)
            .Match(() => mentor, m => evaluation.Case.PairsMentoredBy(m.Id).Count != 0);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), mentor, evaluation.Case.PairsMentoredBy(mentor.Id))));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, IPerson mentor, IReadOnlyList<MentoringPair> pairs) =>
        Judge(evaluation, parameters, mentor, pairs, evaluation.Case.ProgramsOf(pairs.Select(p => p.Id)));

    private static Verdict Judge(
        Evaluation evaluation,
        Editions.RuleParameters parameters,
        IPerson mentor,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<PersonalizedProgram> programs)
    {
        var max = parameters.WholeNumber("max") ?? 2;
        var asOf = evaluation.AsOf;
        var spans = Spans(pairs, programs, asOf);
        var segments = Segments(spans, asOf);

        // The peak, and the periods (consecutive days) in which the mentees exceed the limit, each with its peak.
        Segment? peak = null;
        var periods = new List<(DateOnly Start, DateOnly End, Segment Peak)>();
        foreach (var segment in segments)
        {
            if (peak is null || segment.Mentees.Count > peak.Mentees.Count)
            {
                peak = segment;
            }

            if (segment.Mentees.Count <= max)
            {
                continue;
            }

            if (periods.Count != 0 && periods[^1].End.PlusDays(1) == segment.Start)
            {
                var open = periods[^1];
                periods[^1] = (open.Start, segment.End, segment.Mentees.Count > open.Peak.Mentees.Count ? segment : open.Peak);
            }
            else
            {
                periods.Add((segment.Start, segment.End, segment));
            }
        }

        if (periods.Count != 0)
        {
            var (start, end, over) = periods[0];
            var count = periods.Count;
            var subjects = PairFacts.Subjects(Subject.Of(mentor), over.Pairs);
            return Verdict.Violated(
                () => $"У наставника {evaluation.Name(mentor)} одновременно наставляемых: {over.Mentees.Count} ({evaluation.Names(over.Mentees)}; пары: {PairFacts.Ids(over.Pairs)}) {PeriodRu(start, end)}, больше {max}{MoreRu(count)}.",
                () => $"Mentor {evaluation.Name(mentor)} had {over.Mentees.Count} mentees at the same time ({evaluation.Names(over.Mentees)}; pairs: {PairFacts.Ids(over.Pairs)}) {PeriodEn(start, end)}, more than {max}{MoreEn(count)}.",
                subjects);
        }

        var top = peak?.Mentees.Count ?? 0;
        var topPairs = peak?.Pairs ?? [];
        return Verdict.Satisfied(
            () => $"У наставника {evaluation.Name(mentor)} наибольшее число наставляемых одновременно по {asOf:dd.MM.yyyy}: {top}{(peak is { } p ? $" (пары: {PairFacts.Ids(p.Pairs)}; {PeriodRu(p.Start, p.End)})" : string.Empty)}; допустимо не больше {max}.",
            () => $"Mentor {evaluation.Name(mentor)} had at most {Plural.EnWithNumber(top, "mentee", "mentees")} at the same time up to {asOf:yyyy-MM-dd}{(peak is { } p ? $" (pairs: {PairFacts.Ids(p.Pairs)}; {PeriodEn(p.Start, p.End)})" : string.Empty)}; {max} allowed.",
            PairFacts.Subjects(Subject.Of(mentor), topPairs.Count == 0 ? pairs : topPairs));
    }

    private static string PeriodRu(DateOnly start, DateOnly end) =>
        start == DateOnly.MinValue ? $"в период по {end:dd.MM.yyyy} (начало не указано)"
        : start == end ? $"на {start:dd.MM.yyyy}"
        : $"в период с {start:dd.MM.yyyy} по {end:dd.MM.yyyy}";

    private static string PeriodEn(DateOnly start, DateOnly end) =>
        start == DateOnly.MinValue ? $"up to {end:yyyy-MM-dd} (start not recorded)"
        : start == end ? $"on {start:yyyy-MM-dd}"
        : $"from {start:yyyy-MM-dd} to {end:yyyy-MM-dd}";

    private static string MoreRu(int periods) =>
        periods > 1 ? $"; всего периодов превышения: {periods}" : string.Empty;

    private static string MoreEn(int periods) =>
        periods > 1 ? $"; {periods} periods over the limit in all" : string.Empty;

    /// <summary>
    /// The days each pair runs, up to the date of validation: each of its programs from its start to its end or the
    /// day before its completion; without programs, from the day it was formed (or any earlier day) to the date.
    /// </summary>
    internal static List<(MentoringPair Pair, DateOnly Start, DateOnly End)> Spans(IReadOnlyList<MentoringPair> pairs, IReadOnlyList<PersonalizedProgram> programs, DateOnly asOf)
    {
        var spans = new List<(MentoringPair, DateOnly, DateOnly)>();
        foreach (var pair in pairs)
        {
            var hasProgram = false;
            foreach (var program in programs)
            {
                if (program.PairId != pair.Id)
                {
                    continue;
                }

                hasProgram = true;
                var end = program.Term.End;
                if (program.Completion is { } done && done.Date.PlusDays(-1) < end)
                {
                    end = done.Date.PlusDays(-1);
                }

                if (end > asOf)
                {
                    end = asOf;
                }

                if (program.Term.Start <= end)
                {
                    spans.Add((pair, program.Term.Start, end));
                }
            }

            if (!hasProgram && (pair.FormedOn ?? DateOnly.MinValue) <= asOf)
            {
                spans.Add((pair, pair.FormedOn ?? DateOnly.MinValue, asOf));
            }
        }

        return spans;
    }

    /// <summary>The days up to the date cut where the set of running pairs changes, each with its pairs and mentees.</summary>
    private static List<Segment> Segments(List<(MentoringPair Pair, DateOnly Start, DateOnly End)> spans, DateOnly asOf)
    {
        var bounds = new SortedSet<DateOnly>();
        foreach (var (_, start, end) in spans)
        {
            bounds.Add(start);
            if (end < asOf)
            {
                bounds.Add(end.PlusDays(1));
            }
        }

        var segments = new List<Segment>();
        var list = bounds.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var day = list[i];
            var last = i + 1 < list.Count ? list[i + 1].PlusDays(-1) : asOf;
            var running = new List<MentoringPair>();
            foreach (var (pair, start, end) in spans)
            {
                if (start <= day && day <= end && !running.Contains(pair))
                {
                    running.Add(pair);
                }
            }

            if (running.Count != 0)
            {
                segments.Add(new Segment(day, last, running, PairFacts.MenteesOf(running)));
            }
        }

        return segments;
    }

    /// <summary>Days on which the same pairs run.</summary>
    private sealed record Segment(DateOnly Start, DateOnly End, IReadOnlyList<MentoringPair> Pairs, IReadOnlyList<PersonId> Mentees);
}
