using Mentoring.Domain;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Registries;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Matching;

namespace Mentoring.Rules.Tests.Matching;

public sealed class EditionMatchingTests
{
    private static readonly DateOnly AsOf = new(2024, 9, 1);

    private static ResolvedEdition Edition(string rules)
    {
        var folder = Directory.CreateTempSubdirectory("matching-");
        try
        {
            var path = Path.Combine(folder.FullName, "school.json");
            File.WriteAllText(path, $$"""
                {
                  "id": "school-matching",
                  "title": { "ru": "Положение школы", "en": "School regulation" },
                  "inherits": "federal-2021",
                  "overlays": [],
                  "rules": { {{rules}} }
                }
                """);
            return EditionCatalog.Bundled.WithFiles(path).Value.Resolve("school-matching", AsOf).Value;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (MentorRegistry, MenteeRegistry) Registries()
    {
        var school = OrganizationId.Create("school-7").Value;
        var mentors = MentorRegistry.Create(school, [
            MentorRecord.Create(RegistryRecordId.Create("1").Value, "Соколова Анна Викторовна", competences: ["математика", "подготовка к ОГЭ"]).Value,
        ]).Value;
        var mentees = MenteeRegistry.Create(school, [
            MenteeRecord.Create(RegistryRecordId.Create("1").Value, "Егоров Илья", 1999, "подготовка к ОГЭ по математике").Value,
            MenteeRecord.Create(RegistryRecordId.Create("2").Value, "Павлова Ольга", 2000, "математика в 5 классе").Value,
            MenteeRecord.Create(RegistryRecordId.Create("3").Value, "Зайцев Пётр", 2001, "химия").Value,
        ]).Value;
        return (mentors, mentees);
    }

    [Fact]
    public void Options_BaseEdition_NoCapNoMinimumProfileRequired()
    {
        var options = EditionMatching.Options(EditionCatalog.Bundled.Resolve("federal-2021", AsOf).Value).Value;

        Assert.Null(options.MaxMenteesPerMentor);
        Assert.Null(options.MinExperienceYears);
        Assert.True(options.RequireProfileMatch);
    }

    [Fact]
    public void Options_MaxMenteesAndMinExperienceOn_ReadFromTheEdition()
    {
        var edition = Edition("""
            "mentor.max-mentees": { "enabled": true, "parameters": { "max": 1 } },
            "mentor.min-experience": { "enabled": true, "parameters": { "years": 5, "scope": "organization" } }
            """);

        var options = EditionMatching.Options(edition).Value;

        Assert.Equal(1, options.MaxMenteesPerMentor);
        Assert.Equal(5, options.MinExperienceYears);
        Assert.Equal(Domain.People.ExperienceScope.Organization, EditionMatching.Scope(edition));
    }

    [Fact]
    public void Options_PreferenceStricterThanEdition_StricterWins()
    {
        var edition = Edition("""
            "pair.many-to-many": { "enabled": true, "parameters": { "maxMenteesPerMentor": 3 } }
            """);

        Assert.Equal(3, EditionMatching.Options(edition).Value.MaxMenteesPerMentor);
        Assert.Equal(2, EditionMatching.Options(edition, MatchingOptions.Create(maxMenteesPerMentor: 2).Value).Value.MaxMenteesPerMentor);
    }

    [Fact]
    public void Options_ProfileRuleOff_MismatchNoLongerExcludes()
    {
        var edition = Edition("""
            "pair.profile-matches-request": { "enabled": false }
            """);

        Assert.False(EditionMatching.Options(edition).Value.RequireProfileMatch);
    }

    [Fact]
    public void Match_RegistriesUnderACap_OneMenteeTheOthersExplained()
    {
        var (mentors, mentees) = Registries();
        var edition = Edition("""
            "mentor.max-mentees": { "enabled": true, "parameters": { "max": 1 } }
            """);

        var result = EditionMatching.Match(mentors, mentees, edition).Value;

        Assert.Equal("1", Assert.Single(result.Assignments).Mentee.Id);
        Assert.Equal(
            [("2", UnmatchedReason.CapacityTaken), ("3", UnmatchedReason.NoAdmissibleMentor)],
            result.Unmatched.Select(u => (u.Mentee.Id, u.Reason)));
    }

    [Fact]
    public void Match_RegistriesWithoutCap_MentorTakesAGroup()
    {
        var (mentors, mentees) = Registries();

        var result = EditionMatching.Match(mentors, mentees, EditionCatalog.Bundled.Resolve("federal-2021", AsOf).Value).Value;

        Assert.True(Assert.Single(result.Groups).IsGroup);
        Assert.Equal("3", Assert.Single(result.Unmatched).Mentee.Id);
    }
}
