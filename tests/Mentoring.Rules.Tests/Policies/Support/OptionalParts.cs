using Mentoring.Rules.Editions;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>Test parts for the optional rules: a pairing order with a council review, an edition that turns a rule on.</summary>
internal static class OptionalParts
{
    public static CaseBuilder CouncilPairingOrder(this CaseBuilder builder, string id, DateOnly date, DateOnly? reviewedOn, params string[] pairs) =>
        builder.With(b => b.AddOrders(Ok(Domain.Orders.PairingOrder.Create(Doc(id), id, date, Org(), pairs.Select(Pr), reviewedByCouncilOn: reviewedOn))));

    /// <summary>A pairing order that states the term of mentoring (or none).</summary>
    public static CaseBuilder TermPairingOrder(this CaseBuilder builder, string id, DateOnly date, (DateOnly Start, DateOnly End)? term, params string[] pairs) =>
        builder.With(b => b.AddOrders(Ok(Domain.Orders.PairingOrder.Create(
            Doc(id), id, date, Org(), pairs.Select(Pr), term: term is { } t ? Ok(Domain.Calendar.DateRange.Create(t.Start, t.End)) : null))));

    /// <summary>A teacher with a history of posts, born on <paramref name="birthDate"/>, in pedagogical work from <paramref name="careerStart"/>.</summary>
    public static CaseBuilder PostedTeacher(this CaseBuilder builder, string id, string name, DateOnly? birthDate, DateOnly? careerStart, params Domain.People.TeacherPost[] posts) =>
        builder.With(b => b.AddTeachers(Ok(Domain.People.Teacher.Create(
            P(id), Ok(Domain.People.PersonName.Parse(name)), Org(), "учитель", birthDate, null, careerStart, posts: posts))));

    /// <summary>A post of a teacher's history.</summary>
    public static Domain.People.TeacherPost Post(string title, DateOnly from, DateOnly? to = null, bool? prior = null, DateOnly? probationEnd = null) =>
        Ok(Domain.People.TeacherPost.Create(title, from, to, prior, probationEnd));

    /// <summary>An edition adjustment that turns the rule on and applies further settings.</summary>
    public static Action<EditionBuilder> On(string ruleId, Action<EditionBuilder>? more = null) => e =>
    {
        e.Enable(ruleId);
        more?.Invoke(e);
    };
}
