using Mentoring.Domain.Employment;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Fluent;

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
[RuleId("consent.employment-addendum")]
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
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.Mentors.Contains(mentor.Id)).Collect())
            .Having(() => pairs.Count > 0)
            .Query(() => programs, q => q.Match<PersonalizedProgram>(p => pairs.Any(pair => pair.Id == p.PairId)).Collect())
            .Query(() => addenda, q => q.Match<EmploymentAddendum>(a => a.TeacherId == mentor.Id, a => a.SignedOn <= evaluation.AsOf).Collect());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, mentor, pairs, programs, addenda)));
    }

    private static Verdict Judge(
        Evaluation evaluation,
        Teacher mentor,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<PersonalizedProgram> programs,
        IReadOnlyList<EmploymentAddendum> addenda)
    {
        var name = evaluation.Name(mentor);
        var from = ConsentFacts.LabourCodeFrom;
        var current = pairs
            .Where(pair => programs.All(p => p.PairId != pair.Id) || programs.Any(p => p.PairId == pair.Id && p.Term.End >= from))
            .ToList();
        if (current.Count == 0)
        {
            return Verdict.NotApplicable(
                $"Наставничество {name} (пары {ConsentFacts.Ids(pairs)}) завершено до {from:dd.MM.yyyy}, до вступления в силу ст. 351.8 ТК РФ.",
                $"The mentoring of {name} (pairs {ConsentFacts.Ids(pairs)}) ended before {from:yyyy-MM-dd}, when TK 351.8 came into force.",
                [Subject.Of(mentor), .. pairs.Select(Subject.Of)]);
        }

        List<Subject> subjects = [Subject.Of(mentor), .. current.Select(Subject.Of)];
        var whoRu = $"Наставник {name} (пары {ConsentFacts.Ids(current)})";
        var whoEn = $"Mentor {name} (pairs {ConsentFacts.Ids(current)})";
        if (addenda.Count == 0)
        {
            return Verdict.Unknown(
                [$"трудовой договор или дополнительное соглашение {name} о наставничестве (содержание, срок, форма, оплата)"],
                $"{whoRu}: в деле нет трудового договора или дополнительного соглашения о наставничестве.",
                $"{whoEn}: the case has no employment contract or addendum on mentoring.",
                subjects);
        }

        subjects.AddRange(addenda.Select(Subject.Of));
        var documents = string.Join(", ", addenda.Select(a => $"от {a.SignedOn:dd.MM.yyyy}"));
        var documentsEn = string.Join(", ", addenda.Select(a => $"of {a.SignedOn:yyyy-MM-dd}"));
        var missing = Enum.GetValues<AddendumPart>().Where(part => addenda.All(a => a.MissingParts().Contains(part))).ToList();
        if (missing.Count != 0)
        {
            return Verdict.Violated(
                $"{whoRu}: в дополнительном соглашении ({documents}) не указано: {string.Join(", ", missing.Select(p => p.Term().NameRu))}.",
                $"{whoEn}: the addendum ({documentsEn}) does not state: {string.Join(", ", missing.Select(p => p.Term().NameEn))}.",
                subjects);
        }

        return Verdict.Satisfied(
            $"{whoRu}: наставничество оформлено дополнительным соглашением ({documents}) с содержанием, сроком, формой и оплатой.",
            $"{whoEn}: the mentoring is fixed in the addendum ({documentsEn}) with content, term, form and pay.",
            subjects);
    }
}
