using FsCheck.Xunit;
using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Validation;
using Mentoring.Samples.Synthetic;

namespace Mentoring.Samples.Tests.Synthetic;

/// <summary>The live validation after one change reports what a fresh validation of the changed case reports.</summary>
public sealed class LiveValidationPropertyTests
{
    private static readonly MentoringValidator Validator = new(EditionCatalog.Bundled);

    private static readonly ResolvedEdition Edition = EditionCatalog.Bundled.Resolve(SyntheticOptions.Edition, SyntheticOptions.AsOf).Value;

    [Fact]
    public void Open_WithoutChanges_ReportsWhatValidateReports()
    {
        var generator = new SyntheticGenerator(new SyntheticOptions { Seed = 21, ViolationShare = 0.3 });
        foreach (var organization in generator.Organizations(0, 10))
        {
            using var live = Validator.Open(organization.Case, Edition);

            AssertSameReport(Validator.Validate(organization.Case, Edition), live.Report);
        }
    }

    [Property(Arbitrary = new[] { typeof(SyntheticArbitraries) })]
    public void AfterOneRandomChange_TheLiveReportEqualsAFreshValidation(LiveChange t)
    {
        var (index, change, shareIndex) = t;
        var share = new[] { 0.0, 0.1, 0.5 }[shareIndex];
        var @case = new SyntheticGenerator(new SyntheticOptions { Seed = 3, ViolationShare = share }).Organization(index).Case;
        using var live = Validator.Open(@case, Edition);
        _ = live.Report;
        var (description, apply) = Change(@case, change);
        var applied = apply(live);
        Assert.True(applied.IsSuccess, description + ": " + string.Join("; ", applied.ValidationErrors));

        AssertSameReport(Validator.Validate(live.Case, Edition), live.Report, description);
    }

    [Fact]
    public void SeveralChangesInARow_KeepTheLiveReportEqualToAFreshValidation()
    {
        var @case = new SyntheticGenerator(new SyntheticOptions { Seed = 9, ViolationShare = 0.2 }).Organization(4).Case;
        using var live = Validator.Open(@case, Edition);
        for (var step = 0; step < 25; step++)
        {
            var (description, apply) = Change(live.Case, step * 7919);
            Assert.True(apply(live).IsSuccess, description);

            AssertSameReport(Validator.Validate(live.Case, Edition), live.Report, $"step {step}: {description}");
        }
    }

    [Fact]
    public void AChangeThatBreaksTheCase_IsRefusedAndChangesNothing()
    {
        var @case = new SyntheticGenerator(new SyntheticOptions { Seed = 1 }).Organization(0).Case;
        using var live = Validator.Open(@case, Edition);
        var before = live.Report;
        var mentor = @case.Teachers.First(t => @case.Pairs.Any(p => p.Mentors.Contains(t.Id)));

        var removed = live.Remove(mentor);

        Assert.True(!removed.IsSuccess);
        Assert.Same(@case, live.Case);
        AssertSameReport(before, live.Report);
        Assert.False(live.Remove(Consent.Create(DocumentId.Create("c-x").Value, ConsentKind.PersonalData, mentor.Id, new DateOnly(2023, 1, 1)).Value).IsSuccess);
    }

    [Fact]
    public void AFindingThatWentAway_Disappears()
    {
        var @case = new SyntheticGenerator(new SyntheticOptions { Seed = 1 }).Organization(0).Case;
        using var live = Validator.Open(@case, Edition);
        var mentor = @case.Pairs[0].Mentors[0];
        var consent = @case.Consents.First(c => c.Kind == ConsentKind.MentorParticipation && c.GivenBy == mentor);

        Assert.True(live.Remove(consent).IsSuccess);
        Assert.Contains(live.Report.Findings, f => f.RuleId == "consent.mentor-written" && f.Outcome != Rules.Policies.Outcome.Satisfied);

        Assert.True(live.Add(consent).IsSuccess);
        Assert.DoesNotContain(live.Report.Findings, f => f.Outcome is Rules.Policies.Outcome.Violated or Rules.Policies.Outcome.Unknown);
        AssertSameReport(Validator.Validate(live.Case, Edition), live.Report);
    }

    /// <summary>One change chosen by a number: edit, remove or add a teacher, consent, order, pair or program.</summary>
    internal static (string Description, Func<LiveValidation, Result> Apply) Change(MentoringCase @case, int n)
    {
        var r = new Random(n);
        var teacher = @case.Teachers[r.Next(@case.Teachers.Count)];
        var consent = @case.Consents[r.Next(@case.Consents.Count)];
        var pair = @case.Pairs[r.Next(@case.Pairs.Count)];
        var program = @case.Programs[r.Next(@case.Programs.Count)];
        var pairing = @case.OrdersOf<PairingOrder>().First();
        switch (r.Next(10))
        {
            case 0:
                // A teacher renamed (messages of other rules name them by identifier).
                var renamed = Teacher.Create(teacher.Id, PersonName.Create("Переименованная", "Анна", "Ивановна").Value, teacher.OrganizationId, teacher.Position,
                    teacher.BirthDate, teacher.HireDate, teacher.PedagogicalCareerStart, teacher.IsHead, teacher.IsDeputyHead, teacher.IsPedagogicalWorker, teacher.Competences).Value;
                return ($"rename {teacher.Id}", live => live.Replace(teacher, renamed));
            case 1:
                // A teacher with a later career start (young specialist or not).
                var younger = Teacher.Create(teacher.Id, teacher.Name, teacher.OrganizationId, teacher.Position,
                    new DateOnly(2001, 1, 1), new DateOnly(2024, 1, 9), new DateOnly(2024, 1, 9), teacher.IsHead, teacher.IsDeputyHead, teacher.IsPedagogicalWorker, teacher.Competences).Value;
                return ($"career of {teacher.Id}", live => live.Replace(teacher, younger));
            case 2:
                return ($"remove consent {consent.Id}", live => live.Remove(consent));
            case 3:
                // The consent given late, or withdrawn.
                var late = Consent.Create(consent.Id, consent.Kind, consent.GivenBy, new DateOnly(2023, 9, 20), consent.Form, consent.OnBehalfOf, consent.PairId,
                    r.Next(2) == 0 ? new DateOnly(2024, 2, 1) : null).Value;
                return ($"late or withdrawn consent {consent.Id}", live => live.Replace(consent, late));
            case 4:
                var extra = Consent.Create(DocumentId.Create($"c-new-{n}").Value, ConsentKind.MentorParticipation, teacher.Id, new DateOnly(2023, 8, 1), ConsentForm.Mutual).Value;
                return ($"add consent for {teacher.Id}", live => live.Add(extra));
            case 5:
                // The pair leaves the pairing order.
                var order = PairingOrder.Create(pairing.Id, pairing.Number, pairing.Date, pairing.OrganizationId, pairing.Pairs.Where(p => p != pair.Id), pairing.SignedBy).Value;
                return ($"unlist {pair.Id}", live => live.Replace(pairing, order));
            case 6:
                var reformed = MentoringPair.Create(pair.Id, pair.OrganizationId, pair.Mentors, pair.Mentees, pair.Form, pair.RoleModel, [MentoringKind(r)], null, pair.FormedOn, false).Value;
                return ($"reform {pair.Id}", live => live.Replace(pair, reformed));
            case 7:
                var shorter = PersonalizedProgram.Create(program.Id, program.PairId, ProgramTerm.Create(program.Term.Start, program.Term.Start.AddMonths(2)).Value,
                    program.Direction, program.MenteeDifficulties, program.MenteeStrengths, program.Form, program.Kinds, program.Activities).Value;
                return ($"short draft {program.Id}", live => live.Replace(program, shorter));
            case 8:
                var addendum = @case.Addenda[r.Next(@case.Addenda.Count)];
                return ($"remove addendum {addendum.Id}", live => live.Remove(addendum));
            default:
                var add = Teacher.Create(PersonId.Create($"t-new-{n}").Value, PersonName.Create("Новикова", "Ольга", "Петровна").Value, @case.Organization.Id,
                    "учитель химии", new DateOnly(1990, 5, 5), new DateOnly(2015, 9, 1), new DateOnly(2015, 9, 1)).Value;
                return ($"add teacher {add.Id}", live => live.Add(add));
        }
    }

    private static Domain.Kinds.MentoringKind MentoringKind(Random r) =>
        new[] { Domain.Kinds.MentoringKind.Traditional, Domain.Kinds.MentoringKind.Group, Domain.Kinds.MentoringKind.ShortTerm, Domain.Kinds.MentoringKind.Reverse }[r.Next(4)];

    internal static void AssertSameReport(ValidationReport expected, ValidationReport actual, string because = "")
    {
        var e = expected.Findings.Select(Text).ToList();
        var a = actual.Findings.Select(Text).ToList();
        if (!e.SequenceEqual(a))
        {
            var missing = e.Except(a).Take(3);
            var extra = a.Except(e).Take(3);
            Assert.Fail($"{because}\nexpected {e.Count}, got {a.Count}\nmissing: {string.Join("\n  ", missing)}\nextra: {string.Join("\n  ", extra)}");
        }
    }

    private static string Text(Finding f) =>
        $"{f.RuleId}|{f.Outcome}|{f.MessageRu}|{f.MessageEn}|{string.Join(",", f.Subjects.Select(s => $"{s.Kind}:{s.Id}"))}|{string.Join(",", f.Facts)}|{string.Join(",", f.Parameters.Select(p => p.Name))}|{string.Join(",", f.Missing)}";
}
