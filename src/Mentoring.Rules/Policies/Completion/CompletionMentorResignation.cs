using Mentoring.Domain.Calendar;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Programs;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>
/// A mentor may ask the curator and the head to be released from the duties of mentor; once released, the pair's
/// program ends or the pair gets a new mentor.
/// </summary>
/// <remarks>
/// 002 §4 (права наставника): «обращаться с заявлением к куратору и руководителю образовательной организации с просьбой
/// о сложении с него обязанностей наставника». A right, not a duty (readings.md, principle 4): a petition to the curator
/// or to the head is lawful, and one pending or refused asks nothing more. That a granted petition was acted on — the
/// pair or group no longer lists the petitioner as a mentor, or one of its programs ended on or after the day of filing —
/// is an inference (principle 5): at most a warning. From 01.03.2025 a teacher's petition is also a refusal under ТК РФ,
/// ст. 351.8, which needs no grant: the assignment ends on the third working day after it (the production calendar,
/// five-day week), and from the next day it is judged as a granted petition. A student mentor's petition always needs the grant.
/// Granted with the mentor still listed and no program of the pair in the case is unknown.
/// <para>
/// Judged on: the day of the decision (or, for a teacher's refusal from 01.03.2025, the day it takes effect), against the
/// pair and its programs as recorded; before that day nothing is asked.
/// </para>
/// </remarks>
[JudgedOn("the day of the decision (or, for a teacher's refusal from 01.03.2025, the day it takes effect), against the pair and its programs as recorded; before that day nothing is asked.")]
[Name("completion.mentor-resignation")]
[Title("Сложение обязанностей наставника", "A mentor's release from the duties of mentor")]
[Citation("002 §4 (права наставника)", "обращаться с заявлением к куратору и руководителю образовательной организации с просьбой о сложении с него обязанностей наставника")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Inference, "A right of the mentor (principle 4): that a granted petition ends the pair's work or brings a new mentor is inferred, not stated.")]
internal sealed class CompletionMentorResignation : Rule
{
    private static readonly DateOnly LabourCodeFrom = new(2025, 3, 1);

    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Petition petition = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => petition, p => p.Kind == PetitionKind.MentorRelease)
            .Let(() => pair, () => evaluation.Case.FindPair(petition.PairId)!) // the petition's pair, by key (no join with every pair)
            .Having(() => pair != null);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, petition, pair, evaluation.Case.ProgramsOf(pair.Id))));
    }

    private static Verdict Judge(Evaluation evaluation, Petition petition, MentoringPair pair, IReadOnlyList<PersonalizedProgram> programs)
    {
        Subject[] subjects = [Subject.Of(petition), evaluation.Person(petition.From), Subject.Of(pair)];
        if (PetitionTexts.Unaddressed(evaluation, petition, subjects) is { } unaddressed)
        {
            return unaddressed;
        }

        var refusal = petition.FiledOn >= LabourCodeFrom && evaluation.Case.FindPerson(petition.From) is Teacher;
        var granted = petition.Outcome == PetitionOutcome.Granted;
        if (!granted && !refusal)
        {
            return Verdict.Satisfied(
                () => $"{PetitionRu()} подано {PetitionTexts.AddresseesRu(petition)}; решение: {PetitionTexts.DecisionRu(petition)}.",
                () => $"The {PetitionEn()} is addressed to {PetitionTexts.AddresseesEn(petition)}; decision: {PetitionTexts.DecisionEn(petition)}.",
                subjects);
        }

        // A grant acts from its decision; a teacher's refusal under TK 351.8 once its notice has run.
        var effective = granted
            ? petition.DecidedOn ?? petition.FiledOn
            : ProductionCalendar.Russia.AddWorkingDays(petition.FiledOn, 3).Value;
        var how = granted ? $"удовлетворено{(petition.DecidedOn is { } d ? $" {ProgramTexts.Ru(d)}" : string.Empty)}" : $"отказ от наставничества по ТК РФ, ст. 351.8, поручение прекращается {ProgramTexts.Ru(effective)}";
        var howEn = granted ? "granted" : $"a refusal under Labour Code art. 351.8, the assignment ending on {ProgramTexts.En(effective)}";
        // What has happened by the date of validation is reported whether or not the work had to end yet (principle 1):
        // a program that ended after the petition, by that date, answers it on any later date of validation too.
        var ended = EndedSince(programs, petition.FiledOn);
        if (effective >= evaluation.AsOf && (ended is null || ended.Completion!.Date > evaluation.AsOf))
        {
            return Verdict.Satisfied(
                () => $"{PetitionRu()}: {how}; на {ProgramTexts.Ru(evaluation.AsOf)} прекращать работу пары ещё не требуется.",
                () => $"The {PetitionEn()}: {howEn}; by {ProgramTexts.En(evaluation.AsOf)} the pair's work need not have ended yet.",
                subjects);
        }

        if (!pair.Mentors.Contains(petition.From))
        {
            return Verdict.Satisfied(
                () => $"{PetitionRu()}: {how}; наставники {PairTexts.Ru(evaluation, pair)} сменились.",
                () => $"The {PetitionEn()}: {howEn}; the mentors of the {PairTexts.En(evaluation, pair)} have changed.",
                subjects);
        }

        if (ended is not null)
        {
            var endedOn = ended.Completion!.Date;
            return Verdict.Satisfied(
                () => $"{PetitionRu()}: {how}; программа {ended.Id} завершена {ProgramTexts.Ru(endedOn)}.",
                () => $"The {PetitionEn()}: {howEn}; program {ended.Id} ended on {ProgramTexts.En(endedOn)}.",
                [.. subjects, Subject.Of(ended)]);
        }

        if (programs.Count == 0)
        {
            return Verdict.Unknown(
                [$"программа {PairTexts.Ru(evaluation, pair)} и сведения о её завершении"],
                () => $"{PetitionRu()}: {how}; наставник прежний, а программы в деле нет — неизвестно, завершена ли работа {PairTexts.Ru(evaluation, pair)}.",
                () => $"The {PetitionEn()}: {howEn}; the mentor is unchanged, but the case has no program of the {PairTexts.En(evaluation, pair)} to tell whether it ended.",
                subjects);
        }

        return Verdict.Violated(
            () => $"{PetitionRu()}: {how}; однако наставник прежний ({evaluation.Name(petition.From)}), а программа {PairTexts.Ru(evaluation, pair)} не завершена.",
            () => $"The {PetitionEn()}: {howEn}; yet {evaluation.Name(petition.From)} is still a mentor of the {PairTexts.En(evaluation, pair)} and no program has ended.",
            subjects).AsWarning();

        string PetitionRu() => PetitionTexts.Capitalize(PetitionTexts.Ru(evaluation, petition));
        string PetitionEn() => PetitionTexts.En(evaluation, petition);
    }

    /// <summary>The first of the <paramref name="programs"/> that ended on or after <paramref name="day"/>, or null.</summary>
    private static PersonalizedProgram? EndedSince(IReadOnlyList<PersonalizedProgram> programs, DateOnly day)
    {
        for (var i = 0; i < programs.Count; i++)
        {
            if (programs[i].Completion is { } completion && completion.Date >= day)
            {
                return programs[i];
            }
        }

        return null;
    }
}
