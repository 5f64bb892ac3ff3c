using Mentoring.Domain;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Programs;

/// <summary>Extending a program's term, or changing its plan or form, needs the mutual consent of the mentor and the mentees.</summary>
/// <remarks>
/// 002 «Изменение сроков»: «По обоюдному согласию наставника и наставляемого/наставляемых педагогов возможно продление
/// срока … или корректировка ее содержания (например, плана мероприятий, формы наставничества)». The participants are
/// the mentors and mentees of the program's pair or group as the case records them. A change whose record names some
/// consenting participants but not all is a violation (the others did not consent); a change whose record names no one
/// is unknown: the consent was not recorded, which is not the same as refused. An extension so agreed may take the
/// program past the longest term of <c>program.duration</c> (which judges the approved term only); a rescheduling of an
/// activity is a change of the plan and needs the same consent. A program without changes is not judged.
/// <para>Judged on: the day of each change (its request), with the consents recorded for it; not on the date of validation.</para>
/// </remarks>
[JudgedOn("the day of each change (its request), with the consents recorded for it; not on the date of validation.")]
[Name("program.change-by-mutual-consent")]
[Title("Изменение программы — по обоюдному согласию", "A program is changed only by mutual consent")]
[Citation("002 «Изменение сроков»", "По обоюдному согласию наставника и наставляемого/наставляемых педагогов возможно продление срока реализации персонализированной программы наставничества или корректировка ее содержания")]
[Severity(Severity.Error)]
internal sealed class ProgramChangeByMutualConsent : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => program)
            .Let(() => pair, () => evaluation.Case.FindPair(program.PairId)!) // the program's pair, by key (no join with every pair)
            .Having(() => pair != null);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program, pair)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program, MentoringPair pair)
    {
        Subject[] subjects = [Subject.Of(program), Subject.Of(pair)];
        var changes = program.Changes.Count;
        if (changes == 0)
        {
            return Verdict.NotApplicable(
                () => $"Программа {program.Id} не изменялась.",
                () => $"Program {program.Id} has no changes.",
                subjects);
        }

        if (WithoutConsentOfAll(program.Changes, pair) is not { } unconsented)
        {
            return Verdict.Satisfied(
                () => $"Все изменения программы {program.Id} ({Plural.RuWithNumber(changes, "изменение", "изменения", "изменений")}) согласованы всеми участниками {PairTexts.Ru(evaluation, pair)}.",
                () => $"All {Plural.EnWithNumber(changes, "change", "changes")} of program {program.Id} have the consent of every participant of the {PairTexts.En(evaluation, pair)}.",
                subjects);
        }

        var participants = PairTexts.Participants(pair);
        var partial = unconsented.FindAll(c => c.ConsentedBy.Count != 0);
        if (partial.Count != 0)
        {
            return Verdict.Violated(
                () => ProgramTexts.Sentence($"Изменения программы {program.Id} {PairTexts.Ru(evaluation, pair)} внесены без согласия всех участников: "
                    + string.Join("; ", partial.Select(c => $"{Ru(c)} — нет согласия: {evaluation.Names(c.MissingConsentOf(participants))}"))),
                () => ProgramTexts.Sentence($"Changes of program {program.Id} of the {PairTexts.En(evaluation, pair)} were made without everyone's consent: "
                    + string.Join("; ", partial.Select(c => $"{c.Kind.Term().NameEn} of {c.RequestedOn:yyyy-MM-dd} lacks the consent of {evaluation.Names(c.MissingConsentOf(participants))}"))),
                [.. subjects, .. PairTexts.People(evaluation, NotConsenting(partial, participants))]);
        }

        return Verdict.Unknown(
            unconsented.Select(c => $"согласие участников на изменение «{Ru(c)}»"),
            () => $"По изменениям программы {program.Id} {PairTexts.Ru(evaluation, pair)} не указано, кто дал согласие: "
                + string.Join("; ", unconsented.Select(Ru)) + ".",
            () => $"The changes of program {program.Id} of the {PairTexts.En(evaluation, pair)} do not record who consented: "
                + string.Join("; ", unconsented.Select(c => $"{c.Kind.Term().NameEn} of {c.RequestedOn:yyyy-MM-dd}")) + ".",
            subjects);
    }

    /// <summary>
    /// The changes that some mentor or mentee of the pair did not consent to, in the order recorded
    /// (as <see cref="PersonalizedProgram.ChangesWithoutConsentOf"/>), or null when every change has everyone's consent.
    /// </summary>
    private static List<ProgramChange>? WithoutConsentOfAll(IReadOnlyList<ProgramChange> changes, MentoringPair pair)
    {
        List<ProgramChange>? unconsented = null;
        for (var i = 0; i < changes.Count; i++)
        {
            var consented = changes[i].ConsentedBy;
            if (!ContainsAll(consented, pair.Mentors) || !ContainsAll(consented, pair.Mentees))
            {
                (unconsented ??= []).Add(changes[i]);
            }
        }

        return unconsented;
    }

    private static bool ContainsAll(IReadOnlySet<PersonId> consented, IReadOnlyList<PersonId> people)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (!consented.Contains(people[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The participants missing from the consent of any of the <paramref name="changes"/>, each once, first seen first.</summary>
    private static List<PersonId> NotConsenting(List<ProgramChange> changes, IReadOnlyList<PersonId> participants)
    {
        var missing = new List<PersonId>();
        foreach (var change in changes)
        {
            foreach (var person in change.MissingConsentOf(participants))
            {
                if (!missing.Contains(person))
                {
                    missing.Add(person);
                }
            }
        }

        return missing;
    }

    private static string Ru(ProgramChange change) => change.NewEnd is { } newEnd && change.Kind == ProgramChangeKind.Extension
        ? $"{change.Kind.Term().NameRu} до {newEnd:dd.MM.yyyy} от {change.RequestedOn:dd.MM.yyyy}"
        : $"{change.Kind.Term().NameRu} от {change.RequestedOn:dd.MM.yyyy}";
}
