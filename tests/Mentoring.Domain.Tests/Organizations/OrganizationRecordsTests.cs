using Mentoring.Domain.Organizations;
using Mentoring.Domain.Tests.Documents;

namespace Mentoring.Domain.Tests.Organizations;

public sealed class OrganizationRecordsTests
{
    private const string Records = """
        "organization": { "id": "school-1", "name": "МБОУ «Школа»", "kind": "school" },
        "teachers": [ { "id": "m1", "name": { "surname": "Иванова", "givenName": "Мария", "patronymic": "Петровна" } } ],
        "curatorRefreshes": [ "2024-09-10", "2023-09-15" ],
        "mentorTrainings": [ { "mentorId": "m1", "date": "2023-10-05", "title": "Установочная сессия" } ],
        "websiteContents": [ "programs", "regulations" ],
        "implementationAct": { "number": "12", "date": "2021-09-20", "parts": [ "grounds", "dates" ], "monitoringDates": [ "2022-05-31" ] },
        "methodicalAssociation": { "body": "methodical-council", "establishedOn": "2021-10-01" },
        "documentReviews": [ { "document": "regulation", "date": "2023-12-20" }, { "document": "roadmap", "date": "2023-12-21", "newEdition": true } ],
        "registrySubmissions": [ { "date": "2022-05-10", "mentors": true, "mentees": true } ]
        """;

    [Fact]
    public void Read_Records_GivesTheModel()
    {
        var result = CaseFiles.ReadText("{" + Records + "}");

        Assert.True(result.IsSuccess, string.Join(Environment.NewLine, result.ValidationErrors));
        var records = Assert.Single(result.Value!.Cases).Records;
        Assert.Equal([new DateOnly(2023, 9, 15), new DateOnly(2024, 9, 10)], records.CuratorRefreshes);
        Assert.Equal("m1", Assert.Single(records.Trainings).MentorId.Value);
        Assert.Equal(new HashSet<WebsiteItem> { WebsiteItem.Programs, WebsiteItem.Regulations }, records.WebsiteContents);
        Assert.Equal(new DateOnly(2021, 9, 20), records.ImplementationAct!.Date);
        Assert.Contains(ImplementationActPart.Grounds, records.ImplementationAct.Parts);
        Assert.Equal(MethodicalBody.MethodicalCouncil, records.MethodicalAssociation!.Body);
        Assert.True(records.DocumentReviews[1].NewEdition);
        Assert.True(Assert.Single(records.RegistrySubmissions).Mentees);
    }

    [Fact]
    public void Read_NoRecords_EmptyAndRefreshesNotRecorded()
    {
        var result = CaseFiles.ReadText("""{ "organization": { "id": "school-1", "name": "МБОУ «Школа»", "kind": "school" } }""");

        var records = Assert.Single(result.Value!.Cases).Records;
        Assert.Null(records.CuratorRefreshes);
        Assert.Null(records.WebsiteContents);
        Assert.Empty(records.Trainings);
        Assert.Null(records.ImplementationAct);
    }

    [Fact]
    public void Read_BadRecords_LocatedErrors()
    {
        var result = CaseFiles.ReadText("""
            {
              "organization": { "id": "school-1", "name": "МБОУ «Школа»", "kind": "school" },
              "curatorRefreshes": [ "2023-13-01" ],
              "mentorTrainings": [ { "mentorId": "nobody", "date": "2023-10-05" } ],
              "websiteContents": [ "gallery" ],
              "methodicalAssociation": { "name": "МО" },
              "registrySubmissions": [ { "date": "2022-05-10" } ]
            }
            """);

        Assert.Null(result.Value);
        var paths = result.ValidationErrors.Select(d => d.Location()!.Path).ToArray();
        Assert.Contains("$.curatorRefreshes[0]", paths);
        Assert.Contains("$.websiteContents[0]", paths);
        Assert.Contains("$.methodicalAssociation.body", paths);
        Assert.Contains("$.registrySubmissions[0].mentors", paths);
    }

    [Fact]
    public void Write_Records_RoundTrips()
    {
        var first = Assert.Single(CaseFiles.ReadText("{" + Records + "}").Value!.Cases);

        var again = Assert.Single(CaseFiles.ReadText(CaseFiles.WriteText(first)).Value.Cases);

        Assert.Equal(first.Records.CuratorRefreshes, again.Records.CuratorRefreshes);
        Assert.Equal(first.Records.Trainings, again.Records.Trainings);
        Assert.Equal(first.Records.WebsiteContents, again.Records.WebsiteContents);
        Assert.Equal(first.Records.MethodicalAssociation, again.Records.MethodicalAssociation);
        Assert.Equal(first.Records.DocumentReviews, again.Records.DocumentReviews);
        Assert.Equal(first.Records.RegistrySubmissions, again.Records.RegistrySubmissions);
        Assert.Equal(first.Records.ImplementationAct!.Parts, again.Records.ImplementationAct!.Parts);
    }
}
