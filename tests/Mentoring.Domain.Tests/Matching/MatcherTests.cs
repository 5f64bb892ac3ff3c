using Mentoring.Domain.Matching;
using Mentoring.Domain.Registries;
using static Mentoring.Domain.Tests.Matching.MatchingBuilders;

namespace Mentoring.Domain.Tests.Matching;

public sealed class MatcherTests
{
    [Fact]
    public void Match_MentorWithTwoPlaces_FormsAGroup()
    {
        var result = Matcher.Match([Mentor("M1", hours: 2)], [Mentee("E1"), Mentee("E2")]).Value;

        var group = Assert.Single(result.Groups);
        Assert.True(group.IsGroup);
        Assert.Equal(["E1", "E2"], group.Pairs.Select(p => p.Mentee.Id));
        Assert.Equal(2, group.Capacity);
        Assert.Empty(result.Unmatched);
    }

    [Fact]
    public void Match_GreedyBestFirstWouldLoseAMentee_OptimalPairsBoth()
    {
        // E1 fits M1 best, but M1 is E2's only admissible mentor (M2 prefers ages 40–60): the optimum gives E1 to M2.
        MentorCandidate[] mentors =
        [
            Mentor("M1", competences: ["математика", "ИКТ"], age: (20, 60), hours: 1),
            Mentor("M2", competences: ["математика"], age: (40, 60), hours: 1),
        ];
        MenteeCandidate[] mentees = [Mentee("E1", request: "математика и ИКТ", age: 45), Mentee("E2", request: "математика", age: 25)];

        var result = Matcher.Match(mentors, mentees).Value;

        Assert.Equal([("M1", "E2"), ("M2", "E1")], result.Assignments.Select(p => (p.Mentor.Id, p.Mentee.Id)));
        Assert.Equal(Matcher.Score(mentors[0], mentees[1]).Total + Matcher.Score(mentors[1], mentees[0]).Total, result.TotalFit);
    }

    [Fact]
    public void Match_OnePlaceTwoMentees_BetterFitTakesItAndTheOtherIsToldWhy()
    {
        var result = Matcher.Match(
            [Mentor("M1", competences: ["математика", "ИКТ"], hours: 1)],
            [Mentee("E1", request: "математика и ИКТ"), Mentee("E2", request: "ИКТ и робототехника")]).Value;

        Assert.Equal("E1", Assert.Single(result.Assignments).Mentee.Id);
        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal("E2", unmatched.Mentee.Id);
        Assert.Equal(UnmatchedReason.CapacityTaken, unmatched.Reason);
        Assert.Equal("M1", Assert.Single(unmatched.Admissible).Mentor.Id);
        Assert.Contains("занято мест 1 из 1", unmatched.ReasonRu, StringComparison.Ordinal);
        Assert.Contains("pair.unpaired-mentee-supported", unmatched.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_NoMentorInTheOrganization_NoAdmissibleMentor()
    {
        var result = Matcher.Match([Mentor("M1", workplace: "school-1")], [Mentee("E1", workplace: "school-2")]).Value;

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(UnmatchedReason.NoAdmissibleMentor, unmatched.Reason);
        Assert.Contains("в той же организации", unmatched.ReasonRu, StringComparison.Ordinal);
        Assert.Equal(0, result.PairsConsidered);
    }

    [Fact]
    public void Match_EveryMentorExcluded_ListsEachExclusion()
    {
        var result = Matcher.Match(
            [Mentor("M1", competences: ["химия"]), Mentor("M2", experience: 1)],
            [Mentee("E1")],
            Options(minExperience: 3)).Value;

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(UnmatchedReason.NoAdmissibleMentor, unmatched.Reason);
        Assert.Equal([MatchCriterion.Profile, MatchCriterion.Experience], unmatched.Excluded.Select(f => f.ExcludedBy!.Value));
        Assert.Contains("Наставник M1 — профиль", unmatched.ReasonRu, StringComparison.Ordinal);
        Assert.Equal(2, result.Inadmissible.Count);
    }

    [Fact]
    public void Match_TwoSchools_TwoComponentsEachSolved()
    {
        var result = Matcher.Match(
            [Mentor("A1", workplace: "a"), Mentor("B1", workplace: "b")],
            [Mentee("A-e", workplace: "a"), Mentee("B-e", workplace: "b")]).Value;

        Assert.Equal(2, result.Components);
        Assert.Equal(2, result.LargestComponent);
        Assert.Equal([("A1", "A-e"), ("B1", "B-e")], result.Assignments.Select(p => (p.Mentor.Id, p.Mentee.Id)));
    }

    [Fact]
    public void Match_AssignedPair_ExplainsEveryCriterion()
    {
        var pair = Assert.Single(Matcher.Match([Mentor("M1")], [Mentee("E1")]).Value.Assignments);

        Assert.Equal(MatchCriteria.All, pair.Criteria.Select(c => c.Criterion));
        Assert.All(pair.Criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.ReasonRu) || string.IsNullOrWhiteSpace(c.ReasonEn)));
    }

    [Fact]
    public void Match_RepeatedIdentifiers_MD0005ForEach()
    {
        var result = Matcher.Match([Mentor("M1"), Mentor("M1")], [Mentee("E1"), Mentee("E1")]);

        Assert.Equal(["mentors", "mentees"], result.ValidationErrors.Select(e => e.Identifier));
        Assert.All(result.ValidationErrors, e => Assert.Equal("MD0005", e.ErrorCode));
    }

    [Fact]
    public void From_Registries_UnpairedMenteesAgeFromBirthYearAndCurrentMentees()
    {
        var school = OrganizationId.Create("school-7").Value;
        var mentors = MentorRegistry.Create(school, [
            MentorRecord.Create(RegistryRecordId.Create("1").Value, "Соколова Анна", competences: ["математика"], mentees: ["Егоров И."], timeAvailable: TimeResource.Create(2).Value).Value,
        ]).Value;
        var mentees = MenteeRegistry.Create(school, [
            MenteeRecord.Create(RegistryRecordId.Create("1").Value, "Егоров Илья", 1999, "математика", mentorName: "Соколова Анна").Value,
            MenteeRecord.Create(RegistryRecordId.Create("2").Value, "Павлова Ольга", 2000, "математика").Value,
        ]).Value;

        var (mentorCandidates, menteeCandidates) = MatchingCandidates.From(mentors, mentees, new DateOnly(2024, 9, 1));

        var mentor = Assert.Single(mentorCandidates);
        Assert.Equal(1, mentor.CurrentMentees);
        Assert.Equal("school-7", mentor.Workplace);
        var mentee = Assert.Single(menteeCandidates);
        Assert.Equal("2", mentee.Id);
        Assert.Equal(24, mentee.Age);
        var result = Matcher.Match(mentorCandidates, menteeCandidates).Value;
        Assert.Equal(1, Assert.Single(result.Groups).Capacity); // 2 hours a week, one current mentee
    }
}
