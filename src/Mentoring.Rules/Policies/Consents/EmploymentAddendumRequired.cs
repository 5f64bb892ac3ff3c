using Mentoring.Domain.Employment;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>
/// From 2025-03-01 a mentoring assignment is fixed in the employment contract or an addendum to it stating the content,
/// term, form and pay of the mentoring.
/// </summary>
/// <remarks>
/// TK 351.8 (381-ФЗ of 09.11.2024), in force from 2025-03-01: before that day the rule does not apply. The subject
/// is each teacher who mentors a pair or group whose mentoring goes on on or after 2025-03-01 (a pair with no program,
/// or with a program ending on or after that day). The teacher's contracts and addenda signed on or before the date of
/// validation are read together: a part stated in any of them counts. None recorded is unknown; a part stated in
/// none of them is a violation.
/// </remarks>
[Name("consent.employment-addendum")]
[Title("Наставничество оформлено трудовым договором или дополнительным соглашением", "Mentoring is fixed in the employment contract or an addendum")]
[Citation("TK 351.8", "В трудовом договоре или дополнительном соглашении к трудовому договору с работником, которому работодатель поручает работу по наставничеству, указываются содержание, сроки и форма выполнения такой работы")]
[Severity(Severity.Error)]
[EffectiveFrom("2025-03-01")]
internal sealed class EmploymentAddendumRequired : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Teacher mentor = null!;
        IReadOnlyList<MentoringPair> pairs = null!;
        IReadOnlyList<PersonalizedProgram> programs = null!;
        IReadOnlyList<EmploymentAddendum> addenda = null!;

        When()
            .Match(() => evaluation)
            .Match(() => mentor)
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.Mentors.Contains(mentor.Id)).CollectList())
            .Having(() => pairs.Count > 0)
            .Query(() => programs, q => q.Match<PersonalizedProgram>(p => IsProgramOf(pairs, p)).CollectList())
            .Query(() => addenda, q => q.Match<EmploymentAddendum>(a => a.TeacherId == mentor.Id, a => a.SignedOn <= evaluation.AsOf).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, mentor, pairs, programs, addenda)));
    }

    /// <summary>True when the program belongs to one of the pairs (a rule's condition: no nested lambda).</summary>
    private static bool IsProgramOf(IReadOnlyList<MentoringPair> pairs, PersonalizedProgram program)
    {
        foreach (var pair in pairs)
        {
            if (pair.Id == program.PairId)
            {
                return true;
            }
        }

        return false;
    }

    private static Verdict Judge(
        Evaluation evaluation,
        Teacher mentor,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<PersonalizedProgram> programs,
        IReadOnlyList<EmploymentAddendum> addenda)
    {
        var from = ConsentFacts.LabourCodeFrom;
        var current = new List<MentoringPair>(pairs.Count);
        foreach (var pair in pairs)
        {
            if (GoesOnFrom(pair, programs, from))
            {
                current.Add(pair);
            }
        }

        if (current.Count == 0)
        {
            return Verdict.NotApplicable(
                () => $"Наставничество {evaluation.Name(mentor)} (пары {ConsentFacts.Ids(pairs)}) завершено до {from:dd.MM.yyyy}, до вступления в силу ст. 351.8 ТК РФ.",
                () => $"The mentoring of {evaluation.Name(mentor)} (pairs {ConsentFacts.Ids(pairs)}) ended before {from:yyyy-MM-dd}, when TK 351.8 came into force.",
                ConsentFacts.Subjects(Subject.Of(mentor), pairs));
        }

        var subjects = ConsentFacts.Subjects(Subject.Of(mentor), current);
        if (addenda.Count == 0)
        {
            return Verdict.Unknown(
                [$"трудовой договор или дополнительное соглашение {evaluation.Name(mentor)} о наставничестве (содержание, срок, форма, оплата)"],
                () => $"{WhoRu()}: в деле нет трудового договора или дополнительного соглашения о наставничестве.",
                () => $"{WhoEn()}: the case has no employment contract or addendum on mentoring.",
                subjects);
        }

        foreach (var addendum in addenda)
        {
            subjects.Add(Subject.Of(addendum));
        }

        var missing = MissingFromAll(addenda);
        if (missing.Count != 0)
        {
            return Verdict.Violated(
                () => $"{WhoRu()}: в дополнительном соглашении ({DocumentsRu()}) не указано: {string.Join(", ", missing.Select(p => p.Term().NameRu))}.",
                () => $"{WhoEn()}: the addendum ({DocumentsEn()}) does not state: {string.Join(", ", missing.Select(p => p.Term().NameEn))}.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"{WhoRu()}: наставничество оформлено дополнительным соглашением ({DocumentsRu()}) с содержанием, сроком, формой и оплатой.",
            () => $"{WhoEn()}: the mentoring is fixed in the addendum ({DocumentsEn()}) with content, term, form and pay.",
            subjects);

        string WhoRu() => $"Наставник {evaluation.Name(mentor)} (пары {ConsentFacts.Ids(current)})";
        string WhoEn() => $"Mentor {evaluation.Name(mentor)} (pairs {ConsentFacts.Ids(current)})";
        string DocumentsRu() => string.Join(", ", addenda.Select(a => $"от {a.SignedOn:dd.MM.yyyy}"));
        string DocumentsEn() => string.Join(", ", addenda.Select(a => $"of {a.SignedOn:yyyy-MM-dd}"));
    }

    /// <summary>True when the pair's mentoring goes on on or after the day: it has no program, or one ending then or later.</summary>
    private static bool GoesOnFrom(MentoringPair pair, IReadOnlyList<PersonalizedProgram> programs, DateOnly from)
    {
        var hasProgram = false;
        foreach (var program in programs)
        {
            if (program.PairId == pair.Id)
            {
                if (program.Term.End >= from)
                {
                    return true;
                }

                hasProgram = true;
            }
        }

        return !hasProgram;
    }

    /// <summary>The parts that none of the documents states, in the order content, term, form, pay.</summary>
    private static List<AddendumPart> MissingFromAll(IReadOnlyList<EmploymentAddendum> addenda)
    {
        var missing = new List<AddendumPart>();
        foreach (var part in Enum.GetValues<AddendumPart>())
        {
            missing.Add(part);
        }

        foreach (var addendum in addenda)
        {
            var lacks = addendum.MissingParts();
            missing.RemoveAll(part => !lacks.Contains(part));
        }

        return missing;
    }
}
