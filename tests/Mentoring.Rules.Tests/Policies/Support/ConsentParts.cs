using Mentoring.Domain;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Registries;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>Case parts for the consent rules: employment addenda and registries linked to people.</summary>
internal static class ConsentParts
{
    /// <summary>A teacher pair p1 (m1 mentors t1) fixed by order po-1 of the given day.</summary>
    public static CaseBuilder FixedPair(this CaseBuilder builder, DateOnly orderDate) =>
        builder.Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"], order: "po-1").PairingOrder("po-1", orderDate, "p1");

    /// <summary>An addendum on mentoring; each part is stated unless switched off.</summary>
    public static CaseBuilder MentoringAddendum(
        this CaseBuilder builder,
        string id,
        string teacherId,
        DateOnly signedOn,
        bool content = true,
        bool term = true,
        bool form = true,
        bool pay = true) =>
        builder.With(b => b.AddAddenda(Ok(EmploymentAddendum.Create(
            Doc(id),
            P(teacherId),
            signedOn,
            content ? "сопровождение молодого специалиста" : null,
            term ? Ok(DateRange.Create(signedOn, signedOn.AddMonths(12).AddDays(-1))) : null,
            form ? MentoringForm.TeacherTeacher : null,
            pay ? 3000m : null))));

    /// <summary>A mentor registry with one record per person (null: a record linked to nobody, named <paramref name="unlinkedName"/>).</summary>
    public static CaseBuilder MentorRecords(this CaseBuilder builder, string? unlinkedName, params string?[] people) =>
        builder.With(b => b.WithMentorRegistry(Ok(MentorRegistry.Create(
            Org(),
            people.Select((person, i) => Ok(MentorRecord.Create(Rec($"mr{i + 1}"), person is null ? unlinkedName : null, personId: person is null ? null : P(person))))))));

    /// <summary>A mentee registry with one record per person (null: a record linked to nobody, named <paramref name="unlinkedName"/>).</summary>
    public static CaseBuilder MenteeRecords(this CaseBuilder builder, string? unlinkedName, params string?[] people) =>
        builder.With(b => b.WithMenteeRegistry(Ok(MenteeRegistry.Create(
            Org(),
            people.Select((person, i) => Ok(MenteeRecord.Create(Rec($"me{i + 1}"), person is null ? unlinkedName : null, personId: person is null ? null : P(person))))))));

    private static RegistryRecordId Rec(string id) => Ok(RegistryRecordId.Create(id));
}
