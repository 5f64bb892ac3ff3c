using Mentoring.Domain.Calendar;
using Mentoring.Domain.Programs;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>
/// The messages of a term judged by both readings of a month (<see cref="ProgramTerm.JudgeLength"/>), shared by
/// <c>program.duration</c> and <c>program.fixed-term</c>: an error names the bound and where a term of that length ends;
/// a warning names the one reading it breaches, ГК РФ ст. 191–192 or calendar months, with both dates.
/// </summary>
/// <remarks>The rule catalogue, «Date convention (program terms) — revised»; readings.md, principle 7.</remarks>
internal static class TermTexts
{
    /// <summary>The verdict for a judged term (the approved one): violated, a warning, or satisfied.</summary>
    internal static Verdict Verdict(PersonalizedProgram program, TermLengthJudgement judgement, string? noteRu, string? noteEn)
    {
        var term = judgement.Term;
        var id = program.Id;
        var subject = Subject.Of(program);
        var period = $"{ProgramTexts.Ru(term.Start)}–{ProgramTexts.Ru(term.End)}";
        var periodEn = $"{ProgramTexts.En(term.Start)} to {ProgramTexts.En(term.End)}";
        var tailRu = noteRu is null ? "." : $"; {noteRu}.";
        var tailEn = noteEn is null ? "." : $"; {noteEn}.";
        var ends = judgement.Ends;

        return judgement.Outcome switch
        {
            TermLengthOutcome.TooShort => Policies.Verdict.Violated(
                () => $"Утверждённый срок программы {id} ({period}) короче {ProgramTexts.MonthsGenitive(ends!.Months)}: {EndsRu(ends)}{tailRu}",
                () => $"The approved term of program {id} ({periodEn}) is shorter than {ProgramTexts.MonthsEn(ends!.Months)} by both readings of a month: {EndsEn(ends)}{tailEn}",
                subject),
            TermLengthOutcome.TooLong => Policies.Verdict.Violated(
                () => $"Утверждённый срок программы {id} ({period}) дольше {ProgramTexts.MonthsGenitive(ends!.Months)}: {EndsRu(ends)}{tailRu}",
                () => $"The approved term of program {id} ({periodEn}) is longer than {ProgramTexts.MonthsEn(ends!.Months)} by both readings of a month: {EndsEn(ends)}{tailEn}",
                subject),
            TermLengthOutcome.ShortByCalendarMonthsOnly => Policies.Verdict.Violated(
                () => $"Утверждённый срок программы {id} ({period}) короче {ProgramTexts.MonthsGenitive(ends!.Months)} только в календарных месяцах: "
                    + $"срок в {ProgramTexts.Months(ends.Months)} с {ProgramTexts.Ru(ends.Start)} истекает {ProgramTexts.Ru(ends.CalendarMonths)} в календарных месяцах "
                    + $"и {ProgramTexts.Ru(ends.Literal)} по ГК РФ, ст. 191–192, по которой срок соблюдён{tailRu}",
                () => $"The approved term of program {id} ({periodEn}) is shorter than {ProgramTexts.MonthsEn(ends!.Months)} by calendar months only: "
                    + $"a {ends.Months}-month term from {ProgramTexts.En(ends.Start)} ends on {ProgramTexts.En(ends.CalendarMonths)} by calendar months "
                    + $"and on {ProgramTexts.En(ends.Literal)} by the Civil Code, art. 191–192, which the term meets{tailEn}",
                subject).AsWarning(),
            TermLengthOutcome.LongByLiteralReadingOnly => Policies.Verdict.Violated(
                () => $"Утверждённый срок программы {id} ({period}) дольше {ProgramTexts.MonthsGenitive(ends!.Months)} только по ГК РФ, ст. 191–192: "
                    + $"срок в {ProgramTexts.Months(ends.Months)} с {ProgramTexts.Ru(ends.Start)} истекает {ProgramTexts.Ru(ends.Literal)} по ГК РФ, ст. 191–192 "
                    + $"и {ProgramTexts.Ru(ends.CalendarMonths)} в календарных месяцах, по которым срок соблюдён{tailRu}",
                () => $"The approved term of program {id} ({periodEn}) is longer than {ProgramTexts.MonthsEn(ends!.Months)} by the Civil Code, art. 191–192, only: "
                    + $"a {ends.Months}-month term from {ProgramTexts.En(ends.Start)} ends on {ProgramTexts.En(ends.Literal)} by the Civil Code "
                    + $"and on {ProgramTexts.En(ends.CalendarMonths)} by calendar months, which the term meets{tailEn}",
                subject).AsWarning(),
            _ => Policies.Verdict.Satisfied(
                () => $"Утверждённый срок программы {id} ({period}) в допустимых пределах: {BoundsRu(judgement)}{tailRu}",
                () => $"The approved term of program {id} ({periodEn}) is within bounds: {BoundsEn(judgement)}{tailEn}",
                subject),
        };
    }

    /// <summary>«срок в 3 месяца с 01.09.2023 истекает 30.11.2023» (with both dates when the readings differ).</summary>
    private static string EndsRu(MonthTermEnds ends) =>
        $"срок в {ProgramTexts.Months(ends.Months)} с {ProgramTexts.Ru(ends.Start)} истекает "
        + (ends.ReadingsDiffer
            ? $"{ProgramTexts.Ru(ends.Literal)} по ГК РФ, ст. 191–192, и {ProgramTexts.Ru(ends.CalendarMonths)} в календарных месяцах"
            : ProgramTexts.Ru(ends.Literal));

    private static string EndsEn(MonthTermEnds ends) =>
        $"a {ends.Months}-month term from {ProgramTexts.En(ends.Start)} ends on "
        + (ends.ReadingsDiffer
            ? $"{ProgramTexts.En(ends.Literal)} by the Civil Code, art. 191–192, and on {ProgramTexts.En(ends.CalendarMonths)} by calendar months"
            : ProgramTexts.En(ends.Literal));

    private static string BoundsRu(TermLengthJudgement judgement) => (judgement.Minimum, judgement.Maximum) switch
    {
        ({ } min, { } max) => $"от {min.Months} до {ProgramTexts.MonthsGenitive(max.Months)}",
        ({ } min, null) => $"не менее {ProgramTexts.MonthsGenitive(min.Months)}",
        (null, { } max) => $"не более {ProgramTexts.MonthsGenitive(max.Months)}",
        _ => "срок не ограничен",
    };

    private static string BoundsEn(TermLengthJudgement judgement) => (judgement.Minimum, judgement.Maximum) switch
    {
        ({ } min, { } max) => $"from {min.Months} to {ProgramTexts.MonthsEn(max.Months)}",
        ({ } min, null) => $"at least {ProgramTexts.MonthsEn(min.Months)}",
        (null, { } max) => $"at most {ProgramTexts.MonthsEn(max.Months)}",
        _ => "no bound is set",
    };
}
