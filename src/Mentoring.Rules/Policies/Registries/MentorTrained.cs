using Mentoring.Domain;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Registries;

/// <summary>Mentors take part in training for mentors.</summary>
/// <remarks>
/// <para>
/// 003 §1.6 (the curator «организует обучение наставников, в том числе с привлечением экспертов»), §6.4 («привлечение,
/// обучение и контроль за деятельностью наставников»); 002 sample roadmap, stage 4 («Обучение наставников»), which also
/// counts consultations and «установочные сессии». The clause makes organizing the training the organization's duty;
/// that each mentor took part is inferred, so the rule gives at most a warning and never an error.
/// </para>
/// <para>
/// The mentors are those of the organization's pairs and groups formed by the date (a pair without a formation date
/// counts). A mentor counts as trained with a recorded training (<see cref="OrganizationRecords.Trainings"/>) dated on or
/// before the date. When the case records no training at all, the outcome is unknown; when it records training for some
/// mentors only, the others are a warning.
/// </para>
/// <para>Judged on: the date of validation (the training recorded by then for the mentors of the pairs formed by then).</para>
/// </remarks>
[JudgedOn("the date of validation (the training recorded by then for the mentors of the pairs formed by then).")]
[Name("mentor.trained")]
[Title("Наставники проходят обучение", "Mentors take part in training")]
[Citation("003 §1.6, §6.4; 002 sample roadmap, stage 4", "организует обучение наставников, в том числе с привлечением экспертов")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Inference, "003 §1.6 makes organizing the training the curator's duty; that every mentor took part is inferred.")]
internal sealed class MentorTrained : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Organization organization = null!;
        IReadOnlyList<MentoringPair> pairs = null!;

        When()
            .Match(() => evaluation)
            .Match(() => organization)
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.OrganizationId == organization.Id).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, organization, pairs)));
    }

    private static Verdict Judge(Evaluation evaluation, Organization organization, IReadOnlyList<MentoringPair> pairs)
    {
        var asOf = evaluation.AsOf;
        var mentors = new List<PersonId>();
        var seen = new HashSet<PersonId>(); // each mentor once, in the pairs' order
        foreach (var pair in pairs)
        {
            if (pair.FormedOn is { } formed && formed > asOf)
            {
                continue;
            }

            foreach (var mentor in pair.Mentors)
            {
                if (seen.Add(mentor))
                {
                    mentors.Add(mentor);
                }
            }
        }

        var subject = Subject.Of(organization);
        if (mentors.Count == 0)
        {
            return Verdict.NotApplicable(
                () => $"На {asOf:dd.MM.yyyy} в {organization.Name} нет наставников.",
                () => $"On {asOf:yyyy-MM-dd} {organization.Name} has no mentors.",
                subject);
        }

        var trainings = evaluation.Case.Records.Trainings.Where(t => t.Date <= asOf).ToArray();
        var trained = trainings.Select(t => t.MentorId).ToHashSet();
        var untrained = mentors.Where(m => !trained.Contains(m)).ToArray();
        Subject[] subjects = [subject, .. untrained.Select(evaluation.Person)];
        if (untrained.Length == 0)
        {
            return Verdict.Satisfied(
                () => $"Обучение прошли все наставники ({mentors.Count}): записи об обучении датированы не позднее {asOf:dd.MM.yyyy}.",
                () => $"Every mentor ({mentors.Count}) has a recorded training dated on or before {asOf:yyyy-MM-dd}.",
                subjects);
        }

        if (trainings.Length == 0)
        {
            return Verdict.Unknown(
                ["сведения об обучении наставников (курсы, семинары, консультации, установочные сессии)"],
                () => $"Сведения об обучении наставников {organization.Name} не представлены (наставников в деле: {mentors.Count}).",
                () => $"No record of the mentors' training in {organization.Name} is presented (mentors in the case: {mentors.Count}).",
                subjects);
        }

        return Verdict.Violated(
            () => $"Нет записи об обучении на {asOf:dd.MM.yyyy}: {evaluation.Names(untrained)} (наставников без обучения: {untrained.Length} из {mentors.Count}).",
            () => $"No training recorded by {asOf:yyyy-MM-dd} for {evaluation.Names(untrained)} ({untrained.Length} of {mentors.Count} mentors).",
            subjects).AsWarning();
    }
}
