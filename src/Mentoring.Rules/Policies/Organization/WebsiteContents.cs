using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>The website's mentoring section holds what 002 §5 lists, as far as the case file records it.</summary>
/// <remarks>
/// <para>
/// 002 §5: «На сайте размещаются сведения о реализуемых … программах наставничества …, базы наставников и наставляемых,
/// лучшие кейсы …, федеральная, региональная и локальная нормативно-правовая база …, методические рекомендации, новости
/// и анонсы мероприятий». The rule applies to an organization that runs mentoring and whose site has the section (its
/// absence is <c>org.website-section</c>'s finding). Required: information on the programs, the regulations, the
/// methodical recommendations, the news; the best cases once a program of the organization has completed by the date
/// (results are published after completion, 002 §5). The bases of mentors and mentees hold personal data and are
/// published only with consent to its dissemination (152-ФЗ, ст. 10.1): their absence is never a violation.
/// </para>
/// <para>
/// What the section holds is read from <see cref="OrganizationRecords.WebsiteContents"/>; not recorded: unknown. Items
/// missing: a warning (the case file records the section as far as it was looked at).
/// </para>
/// <para>Judged on: the date of validation (what the section holds that day).</para>
/// </remarks>
[JudgedOn("the date of validation (what the section holds that day).")]
[Name("org.website-contents")]
[Title("Раздел сайта о наставничестве содержит сведения, перечисленные в положении", "The website section holds what the regulation lists")]
[Citation("002 §5", "На сайте размещаются сведения о реализуемых персонализированных программах наставничества педагогических работников, базы наставников и наставляемых, лучшие кейсы")]
[Severity(Severity.Warning)]
internal sealed class WebsiteContents : MentoringOrganizationRule
{
    /// <inheritdoc />
    protected override Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs)
    {
        var asOf = evaluation.AsOf;
        var subject = Subject.Of(organization);
        if (organization.WebsiteHasMentoringSection == false)
        {
            return Verdict.NotApplicable(
                () => $"На сайте {organization.Name} нет раздела о наставничестве; содержание раздела не проверяется.",
                () => $"The website of {organization.Name} has no mentoring section; its contents are not checked.",
                subject);
        }

        if (evaluation.Case.Records.WebsiteContents is not { } contents)
        {
            return Verdict.Unknown(
                ["содержание раздела сайта о наставничестве"],
                () => $"Содержание раздела сайта {organization.Name} о наставничестве не представлено.",
                () => $"What the mentoring section of the website of {organization.Name} holds is not presented.",
                subject);
        }

        var completed = evaluation.Case.Programs.Any(p => p.Completion is { } c && c.Date <= asOf && p.Status == ProgramStatus.Completed);
        var missing = Required(completed).Where(item => !contents.Contains(item)).ToArray();
        var bases = contents.Contains(WebsiteItem.MentorBase) && contents.Contains(WebsiteItem.MenteeBase)
            ? (Ru: string.Empty, En: string.Empty)
            : (Ru: " Базы наставников и наставляемых размещаются только с согласия на распространение персональных данных (Федеральный закон № 152-ФЗ, ст. 10.1); их отсутствие нарушением не считается.",
                En: " The bases of mentors and mentees are published only with consent to the dissemination of personal data (Federal Law No. 152-FZ, art. 10.1); their absence is not a violation.");
        if (missing.Length != 0)
        {
            return Verdict.Violated(
                () => $"В разделе сайта {organization.Name} о наставничестве не размещены: {string.Join("; ", missing.Select(m => m.Term().NameRu))}.{bases.Ru}",
                () => $"The mentoring section of the website of {organization.Name} lacks: {string.Join("; ", missing.Select(m => m.Term().NameEn))}.{bases.En}",
                subject);
        }

        return Verdict.Satisfied(
            () => $"Раздел сайта {organization.Name} о наставничестве содержит сведения, перечисленные в положении.{bases.Ru}",
            () => $"The mentoring section of the website of {organization.Name} holds what the regulation lists.{bases.En}",
            subject);
    }

    /// <summary>The items the section must hold: the best cases only once a program has completed.</summary>
    private static IEnumerable<WebsiteItem> Required(bool completed)
    {
        yield return WebsiteItem.Programs;
        if (completed)
        {
            yield return WebsiteItem.BestCases;
        }

        yield return WebsiteItem.Regulations;
        yield return WebsiteItem.MethodicalRecommendations;
        yield return WebsiteItem.News;
    }
}
