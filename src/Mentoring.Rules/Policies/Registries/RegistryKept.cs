using Mentoring.Domain;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Rules.Policies.Organizations;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Registries;

/// <summary>An organization that runs mentoring keeps the registry (bank) of mentors and mentees.</summary>
/// <remarks>
/// <para>
/// 002 §2 (куратор: «ведет банк (персонифицированный учет) наставников и наставляемых»); 003 §1.6 (the curator «ведет
/// базу наставников и наставляемых»), §6.4 («осуществляют персонифицированный учет (создают базы)»). The rule applies to
/// an organization whose case shows mentoring (a pair or group, or a mentoring order).
/// </para>
/// <para>
/// Both bases in the case: satisfied. A base not in the case is not presented: unknown, and a violation in strict
/// validation (the bases are written records, 003 annex 3). A base presented without a single record while pairs
/// exist is a warning: the bank does not record the participants.
/// </para>
/// <para>Judged on: the date of validation (the bases are kept continuously; the case shows them as they are that day).</para>
/// </remarks>
[JudgedOn("the date of validation (the bases are kept continuously; the case shows them as they are that day).")]
[Name("registry.kept")]
[Title("Ведётся база наставников и наставляемых", "The organization keeps the registry of mentors and mentees")]
[Citation("002 §2 (куратор); 003 §1.6, §6.4", "ведет банк (персонифицированный учет) наставников и наставляемых")]
[Severity(Severity.Error)]
internal sealed class RegistryKept : MentoringOrganizationRule
{
    /// <inheritdoc />
    protected override Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs)
    {
        var subject = Subject.Of(organization);
        var mentors = evaluation.Case.MentorRegistry;
        var mentees = evaluation.Case.MenteeRegistry;
        if (mentors is null || mentees is null)
        {
            var missing = new List<string>(2);
            if (mentors is null)
            {
                missing.Add("база наставников");
            }

            if (mentees is null)
            {
                missing.Add("база наставляемых");
            }

            var missingEn = string.Join(" and ", missing.Select(m => m == "база наставников" ? "the base of mentors" : "the base of mentees"));
            return Verdict.Unknown(
                missing,
                () => $"{organization.Name}: {(missing.Count == 1 ? $"{missing[0]} не представлена" : "базы наставников и наставляемых не представлены")}; ведётся ли персонифицированный учёт наставников и наставляемых, неизвестно.",
                () => $"{organization.Name}: {missingEn} {(missing.Count == 1 ? "is" : "are")} not presented; whether the organization keeps the registry of mentors and mentees is unknown.",
                subject).AsMissingDocument();
        }

        if (pairs.Count != 0 && (mentors.Records.Count == 0 || mentees.Records.Count == 0))
        {
            var emptyRu = mentors.Records.Count == 0 ? (mentees.Records.Count == 0 ? "базы наставников и наставляемых не содержат ни одной записи" : "база наставников не содержит ни одной записи") : "база наставляемых не содержит ни одной записи";
            var emptyEn = mentors.Records.Count == 0 ? (mentees.Records.Count == 0 ? "the bases of mentors and mentees hold no record" : "the base of mentors holds no record") : "the base of mentees holds no record";
            return Verdict.Violated(
                () => $"{organization.Name}: {emptyRu}, хотя закреплено пар и групп: {pairs.Count}.",
                () => $"{organization.Name}: {emptyEn}, although pairs and groups fixed: {pairs.Count}.",
                subject).AsWarning();
        }

        return Verdict.Satisfied(
            () => $"{organization.Name} ведёт базу наставников ({Plural.RuWithNumber(mentors.Records.Count, "запись", "записи", "записей")}) и базу наставляемых ({Plural.RuWithNumber(mentees.Records.Count, "запись", "записи", "записей")}).",
            () => $"{organization.Name} keeps the base of mentors ({Plural.EnWithNumber(mentors.Records.Count, "record", "records")}) and the base of mentees ({Plural.EnWithNumber(mentees.Records.Count, "record", "records")}).",
            subject);
    }
}
