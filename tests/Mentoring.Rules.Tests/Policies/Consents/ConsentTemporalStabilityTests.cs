using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Forms;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using Mentoring.Rules.Validation;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

/// <summary>
/// A random case of one pair and its consents, all in the past: the appointment, each consent's day, withdrawal or
/// refusal, the program's end, the people's birth dates, and how far the date of validation moves on.
/// </summary>
public sealed record ConsentScenario(
    DateOnly Appointed,
    bool ByOrder,
    bool StudentPair,
    int MentorBirthOffsetDays,
    int MenteeBirthOffsetDays,
    int ProgramDays,
    bool Mutual,
    (int Kind, int Offset, int? Withdrawn, int Status, bool Representative)[] Consents,
    bool Addendum,
    int Later)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"appointed {Appointed:yyyy-MM-dd} ({(ByOrder ? "order" : "formed")}), {(StudentPair ? "students" : "teachers")}, program {ProgramDays} days, mutual {Mutual}, " +
        $"consents [{string.Join("; ", Consents.Select(c => $"{c.Kind}@{c.Offset}/{c.Withdrawn}/{c.Status}/{c.Representative}"))}], addendum {Addendum}, later +{Later}";
}

/// <summary>The generators of the consent rules' properties (FsCheck picks them by type).</summary>
public static class ConsentArbitraries
{
    /// <summary>Appointments 2021–2026, consents from 60 days before to 60 days after, programs of 1–400 days, moves of 1–3000 days.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ConsentScenario> Scenarios()
    {
        var consent =
            from kind in Gen.Choose(0, 4)
            from offset in Gen.Choose(-60, 60)
            from withdrawn in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 300).Select(d => (int?)d))
            from status in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
            from representative in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            select (kind, offset, withdrawn, status, representative);
        var scenario =
            from day in Gen.Choose(0, 365 * 6)
            from byOrder in Gen.Elements(true, false)
            from students in Gen.Elements(true, false)
            from mentorAge in Gen.Choose(365 * 14, 365 * 40)
            from menteeAge in Gen.Choose(365 * 10, 365 * 19)
            from programDays in Gen.Choose(1, 400)
            from mutual in Gen.Elements(true, false)
            from count in Gen.Choose(0, 6)
            from consents in Gen.ArrayOf(consent, count)
            from addendum in Gen.Elements(true, false)
            from later in Gen.Choose(1, 3000)
            select new ConsentScenario(new DateOnly(2021, 1, 11).AddDays(day), byOrder, students, mentorAge, menteeAge, programDays, mutual, consents, addendum, later);
        return scenario.ToArbitrary();
    }
}

/// <summary>Temporal stability of the consent rules (readings.md, principle 1).</summary>
public sealed class ConsentTemporalStabilityTests
{
    private static readonly string[] Rules =
    [
        "consent.mentor-written", "consent.mentee-written", "consent.minor-representative", "consent.pairing-order",
        "consent.employment-addendum", "consent.minor-mentor-representative",
    ];

    private static readonly Lazy<MentoringValidator> WrittenValidator = new(() => Validator("written"));

    private static readonly Lazy<MentoringValidator> MutualValidator = new(() => Validator("mutual"));

    private static readonly ConsentKind[] Kinds =
    [
        ConsentKind.MentorParticipation, ConsentKind.MenteeParticipation, ConsentKind.LegalRepresentative, ConsentKind.PairingDuties, ConsentKind.PersonalData,
    ];

    [Property(Arbitrary = new[] { typeof(ConsentArbitraries) }, MaxTest = 200)]
    public bool Validate_DateOfValidationMovesLaterPastTheEvents_FindingsAboutThePastUnchanged(ConsentScenario scenario)
    {
        var (@case, lastEvent) = Build(scenario);

        // Past every event and the 3 working days of a TK 351.8 notice; a move never crosses 2025-03-01, when TK 351.8
        // (and so consent.employment-addendum) comes into force.
        var first = lastEvent.AddDays(30);
        var later = first.AddDays(scenario.Later);
        var labourCode = new DateOnly(2025, 3, 1);
        if (first < labourCode && later >= labourCode)
        {
            later = labourCode.AddDays(-1);
        }

        Assert.Equal(Findings(@case, first, scenario.Mutual), Findings(@case, later, scenario.Mutual));
        return true;
    }

    private static List<string> Findings(MentoringCase @case, DateOnly asOf, bool mutual)
    {
        var report = Ok((mutual ? MutualValidator : WrittenValidator).Value.Validate(@case, PolicyRunner.EditionId, asOf));
        return [.. Rules.SelectMany(rule => report.Of(rule)).Select(f => f.Outcome == Mentoring.Rules.Policies.Outcome.NotApplicable && f.Subjects[0].Kind == SubjectKind.Organization
            ? $"{f.RuleId} not in force or nothing to judge" // the validator's own note names the date of validation
            : $"{f.RuleId} {f.Subjects[0].Id} {f.Outcome} {f.Severity} {f.MessageEn}")];
    }

    private static MentoringValidator Validator(string consentForm)
    {
        var edition = new EditionBuilder(PolicyRunner.EditionId).Titled("Тестовая редакция", "Test edition")
            .Enable("consent.minor-mentor-representative")
            .Set("consent.mentor-written", "consentForm", consentForm);
        return new MentoringValidator(Ok(EditionCatalog.Empty(PolicyCatalog.Bundled).With(Ok(edition.Build(PolicyCatalog.Bundled)))));
    }

    private static (MentoringCase Case, DateOnly LastEvent) Build(ConsentScenario s)
    {
        var appointed = s.Appointed;
        var builder = School().External("parent-m1", "Родителева Анна Ивановна", organization: null, position: null)
            .External("parent-t1", "Родителев Иван Петрович", organization: null, position: null);
        builder = s.StudentPair
            ? builder.Student("m1", appointed.AddDays(-s.MentorBirthOffsetDays), 10).Student("t1", appointed.AddDays(-s.MenteeBirthOffsetDays), 5)
            : builder.Teacher("m1", appointed.AddDays(-s.MentorBirthOffsetDays)).Teacher("t1", appointed.AddDays(-s.MenteeBirthOffsetDays));
        var form = s.StudentPair ? MentoringForm.StudentStudent : MentoringForm.TeacherTeacher;
        builder = s.ByOrder
            ? builder.Pair("p1", ["m1"], ["t1"], form, order: "po-1").PairingOrder("po-1", appointed, "p1")
            : builder.Pair("p1", ["m1"], ["t1"], form, formedOn: appointed);
        var programEnd = appointed.AddDays(s.ProgramDays);
        builder = builder.Program("pr1", "p1", appointed, programEnd);
        var last = programEnd;
        var i = 0;
        foreach (var (kind, offset, withdrawn, status, representative) in s.Consents)
        {
            var id = $"c{++i}";
            var person = i % 2 == 0 ? "t1" : "m1";
            var day = appointed.AddDays(offset);
            var (by, onBehalf) = representative ? ($"parent-{person}", person) : (person, (string?)null);
            if (status == 0)
            {
                var withdrawnOn = withdrawn is { } w ? day.AddDays(w) : (DateOnly?)null;
                builder = builder.Consent(id, Kinds[kind], by, day, onBehalfOf: onBehalf, withdrawnOn: withdrawnOn);
                last = Max(last, withdrawnOn ?? day);
            }
            else
            {
                builder = builder.Refusal(id, Kinds[kind], by, day, onBehalfOf: onBehalf, notGiven: status == 2);
                last = Max(last, day);
            }
        }

        if (s.Addendum && !s.StudentPair)
        {
            builder = builder.MentoringAddendum("add-1", "m1", appointed.AddDays(3), pay: s.ProgramDays % 2 == 0);
            last = Max(last, appointed.AddDays(3));
        }

        return (builder.Build(), last);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
