using Mentoring.Domain.Documents;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Roadmaps;
using Mentoring.Domain.Stages;

namespace Mentoring.Domain.Tests.Documents;

public class CaseFileReadTests
{
    [Fact]
    public void Read_Example_GivesTheExpectedModel()
    {
        var result = CaseFile.Read(CaseFiles.ExamplePath);

        Assert.True(result.IsSuccess, string.Join(Environment.NewLine, result.ValidationErrors));
        var municipal = result.Value!;
        Assert.Null(municipal.Municipality);
        var c = Assert.Single(municipal.Cases);
        Assert.Equal("school-1", c.Organization.Id.Value);
        Assert.Equal(4, c.Teachers.Count);
        Assert.Equal(2, c.Students.Count);
        Assert.Single(c.ExternalPeople);
        Assert.Equal([OrderKind.Regulation, OrderKind.Curator, OrderKind.Pairing, OrderKind.Roadmap], c.Orders.Select(o => o.Kind));
        Assert.Equal(5, c.Consents.Count);
        Assert.Equal(3000m, Assert.Single(c.Addenda).Pay);
        Assert.Equal(MentoringForm.StudentStudent, c.Pairs[1].Form);
        Assert.Equal(RoleModel.ExperiencedTeacherYoungSpecialist, c.Pairs[0].RoleModel);

        var program = Assert.Single(c.Programs);
        Assert.Equal(ProgramStatus.Completed, program.Status);
        Assert.Equal(new DateOnly(2024, 6, 14), program.Term.End);
        Assert.Equal(new DateOnly(2023, 9, 4), program.ActivatedOn);
        Assert.Equal(CompletionGround.PlanCompleted, program.Completion!.Ground);
        Assert.Equal(ProgramStage.Implementation, program.Stage);
        Assert.True(program.AllActivitiesDone);
        Assert.Single(program.Publications);

        Assert.Equal("Иванова Мария Петровна", Assert.Single(c.MentorRegistry!.Records).FullName);
        Assert.Equal(1999, Assert.Single(c.MenteeRegistry!.Records).BirthYear);
        var roadmap = Assert.Single(c.Roadmaps);
        Assert.Equal(DeadlineKind.Month, roadmap.Activities[0].Deadline.Kind);
        Assert.Equal(DeadlineKind.ByDate, roadmap.Activities[2].Deadline.Kind);
        Assert.Equal(DeadlineKind.Continuous, roadmap.Activities[3].Deadline.Kind);
        Assert.Equal(4.5m, c.Assessments[1].Score);
        Assert.Equal(2024, Assert.Single(c.Reports).Year);
    }

    [Fact]
    public void Read_SyntaxError_ReportsLineAndColumnAndStops()
    {
        var result = CaseFiles.ReadText("{\n  \"organization\": {\n    \"id\": \"x\",,\n  }\n}");

        var d = Assert.Single(result.ValidationErrors);
        Assert.Equal("MD1002", d.ErrorCode);
        Assert.Equal("case.json", d.Location()!.File);
        Assert.Equal(3, d.Location()!.Line);
        Assert.True(d.Location()!.Column > 1);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Read_UnknownProperty_ReportsPathLineAndAllowedNames()
    {
        var json = CaseFiles.ExampleWith("\"formedOn\": \"2023-08-30\"", "\"fromedOn\": \"2023-08-30\"");

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD1004", d.ErrorCode);
        Assert.Equal("$.pairs[0].fromedOn", d.Location()!.Path);
        Assert.Equal(CaseFiles.LineOf(json, "fromedOn"), d.Location()!.Line);
        Assert.Contains("formedOn", d.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownCode_ListsTheAllowedCodes()
    {
        var json = CaseFiles.ExampleWith("\"roleModel\": \"achiever-underachiever\"", "\"roleModel\": \"achiever\"");

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD0008", d.ErrorCode);
        Assert.Equal("$.pairs[1].roleModel", d.Location()!.Path);
        Assert.Contains("peer-to-peer", d.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(CaseFiles.LineOf(json, "\"achiever\""), d.Location()!.Line);
    }

    [Fact]
    public void Read_WrongType_ReportsExpectedAndFound()
    {
        var json = CaseFiles.ExampleWith("\"grade\": 10", "\"grade\": \"десятый\"");

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD1003", d.ErrorCode);
        Assert.Equal("$.students[0].grade", d.Location()!.Path);
        Assert.Contains("whole number", d.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredField_ReportsMD0007AtThePath()
    {
        var json = CaseFiles.ExampleWith("\"form\": \"student-student\",", string.Empty);

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD0007", d.ErrorCode);
        Assert.Equal("$.pairs[1].form", d.Location()!.Path);
        // A missing property has no position of its own: the diagnostic points at the object that lacks it.
        Assert.Equal(CaseFiles.LineOf(json, "\"id\": \"pair-2\"") - 1, d.Location()!.Line);
    }

    [Fact]
    public void Read_BadDate_ReportsMD1005WithTheFormat()
    {
        var json = CaseFiles.ExampleWith("\"hireDate\": \"2023-08-28\"", "\"hireDate\": \"28.08.2023\"");

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD1005", d.ErrorCode);
        Assert.Equal("$.teachers[3].hireDate", d.Location()!.Path);
        Assert.Contains("yyyy-MM-dd", d.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TeacherPosts_GivesTheHistoryAndDecidesANewPost()
    {
        var json = CaseFiles.ExampleWith(
            "\"competences\": [\"математика\"]\n    }\n  ],",
            "\"competences\": [\"математика\"],\n      \"posts\": [{ \"title\": \"учитель математики\", \"from\": \"2023-08-28\", \"priorExperience\": false, \"probationEnd\": \"2023-11-27\" }]\n    }\n  ],");

        var read = CaseFiles.ReadText(json);

        Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.ValidationErrors));
        var teacher = read.Value!.Cases[0].Teachers.Single(t => t.Id.Value == "t-2");
        var post = Assert.Single(teacher.Posts);
        Assert.Equal(("учитель математики", new DateOnly(2023, 8, 28), (DateOnly?)null, (bool?)false, (DateOnly?)new DateOnly(2023, 11, 27)), (post.Title, post.From, post.To, post.PriorExperience, post.ProbationEnd));
        Assert.True(teacher.IsNewToPostOn(new DateOnly(2023, 9, 1)));
        Assert.Contains("\"posts\"", CaseFiles.WriteText(read.Value!.Cases[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadPostEntries_ReportEachAtItsPathAndLine()
    {
        var json = CaseFiles.ExampleWith(
            "\"competences\": [\"математика\"]\n    }\n  ],",
            "\"competences\": [\"математика\"],\n      \"posts\": [\n        { \"from\": \"2023-08-28\" },\n        { \"title\": \"учитель\", \"from\": \"28.08.2023\" },\n        { \"title\": \"учитель\", \"from\": \"2023-08-28\", \"to\": \"2023-08-01\" },\n        { \"title\": \"учитель\", \"from\": \"1990-01-01\", \"colour\": 1 }\n      ]\n    }\n  ],");

        var errors = CaseFiles.ReadText(json).ValidationErrors.ToList();

        Assert.Equal(
            [("MD0007", "$.teachers[3].posts[0].title"), ("MD1005", "$.teachers[3].posts[1].from"), ("MD0004", "$.teachers[3].posts[2].to"), ("MD1004", "$.teachers[3].posts[3].colour")],
            errors.Select(e => (e.ErrorCode, e.Location()!.Path)));
        Assert.Equal(CaseFiles.LineOf(json, "\"28.08.2023\""), errors[1].Location()!.Line);
        Assert.Equal(CaseFiles.LineOf(json, "\"2023-08-01\""), errors[2].Location()!.Line);
        Assert.Equal(CaseFiles.LineOf(json, "\"colour\""), errors[3].Location()!.Line);
    }

    [Fact]
    public void Read_PostBeforeBirth_ReportsMD0103AtThePostsFirstDay()
    {
        var json = CaseFiles.ExampleWith(
            "\"competences\": [\"математика\"]\n    }\n  ],",
            "\"competences\": [\"математика\"],\n      \"posts\": [{ \"title\": \"учитель\", \"from\": \"1990-01-01\" }]\n    }\n  ],");

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD0103", d.ErrorCode);
        Assert.Equal("$.teachers[3].posts[0].from", d.Location()!.Path);
    }

    [Fact]
    public void Read_PairingOrderTerm_IsKeptAndAnotherKindsTermIsMD1007()
    {
        var json = CaseFiles.ExampleWith("\"pairs\": [\"pair-1\", \"pair-2\"] },", "\"pairs\": [\"pair-1\", \"pair-2\"], \"term\": { \"start\": \"2023-09-01\", \"end\": \"2024-05-31\" } },");
        var bad = CaseFiles.ExampleWith("\"roadmapId\": \"rm-1\" }", "\"roadmapId\": \"rm-1\", \"term\": { \"start\": \"2023-09-01\", \"end\": \"2023-08-31\" } }");

        var order = CaseFiles.ReadText(json).Value!.Cases[0].Orders.OfType<Mentoring.Domain.Orders.PairingOrder>().Single();
        var d = Assert.Single(CaseFiles.ReadText(bad).ValidationErrors);

        Assert.Equal((new DateOnly(2023, 9, 1), new DateOnly(2024, 5, 31)), (order.Term!.Start, order.Term.End));
        Assert.Equal(("MD1007", "$.orders[3].term"), (d.ErrorCode, d.Location()!.Path));
    }

    [Fact]
    public void Read_TermEndBeforeStart_ReportsMD0004AtTermEnd()
    {
        var json = CaseFiles.ExampleWith("\"term\": { \"start\": \"2023-09-01\", \"end\": \"2024-05-31\" },\n      \"direction\"", "\"term\": { \"start\": \"2023-09-01\", \"end\": \"2023-08-01\" },\n      \"direction\"");

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD0004", d.ErrorCode);
        Assert.Equal("$.programs[0].term.end", d.Location()!.Path);
    }

    [Fact]
    public void Read_DuplicateId_ReportsMD0005AtTheRepeatedItem()
    {
        var json = CaseFiles.ExampleWith("\"id\": \"pair-2\"", "\"id\": \"pair-1\"");

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors, x => x.ErrorCode == "MD0005");

        Assert.Equal("$.pairs[1].id", d.Location()!.Path);
        Assert.Equal(CaseFiles.LineOf(json, "\"mentors\": [\"s-1\"]") - 1, d.Location()!.Line);
    }

    [Fact]
    public void Read_UnknownPerson_ReportsMD0901WithPathAndLine()
    {
        var json = CaseFiles.ExampleWith("\"mentors\": [\"s-1\"]", "\"mentors\": [\"s-9\"]");

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD0901", d.ErrorCode);
        Assert.Equal("$.pairs[1].mentors[0]", d.Location()!.Path);
        Assert.Equal(CaseFiles.LineOf(json, "s-9"), d.Location()!.Line);
        Assert.Equal(CaseFiles.ExampleText.Split('\n')[d.Location()!.Line - 1].IndexOf("\"s-1\"", StringComparison.Ordinal) + 1, d.Location()!.Column);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsAllInDocumentOrder()
    {
        var json = CaseFiles.ExampleWith("\"kind\": \"school\"", "\"kind\": \"university\"")
            .Replace("\"grade\": 6", "\"grade\": 6, \"class\": \"6А\"", StringComparison.Ordinal)
            .Replace("\"givenOn\": \"2023-08-30\" },\n    { \"id\": \"c-5\"", "\"givenOn\": \"2023-13-30\" },\n    { \"id\": \"c-5\"", StringComparison.Ordinal);

        var result = CaseFiles.ReadText(json);

        Assert.Equal(["MD0008", "MD1004", "MD1005"], result.ValidationErrors.Select(d => d.ErrorCode));
        Assert.True(result.ValidationErrors.Select(d => d.Location()!.Line).SequenceEqual(result.ValidationErrors.Select(d => d.Location()!.Line).Order()));
    }

    [Fact]
    public void Read_OrderFieldOfAnotherKind_ReportsMD1007()
    {
        var json = CaseFiles.ExampleWith("\"signedBy\": \"t-head\", \"curatorId\": \"t-curator\"", "\"signedBy\": \"t-head\", \"curatorId\": \"t-curator\", \"roadmapId\": \"rm-1\"");

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD1007", d.ErrorCode);
        Assert.Equal("$.orders[1].roadmapId", d.Location()!.Path);
    }

    [Fact]
    public void Read_CompletedWithoutActivation_ReportsMissingActivatedOn()
    {
        var json = CaseFiles.ExampleWith("\"activatedOn\": \"2023-09-04\",", string.Empty);

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD0007", d.ErrorCode);
        Assert.Equal("$.programs[0].activatedOn", d.Location()!.Path);
    }

    [Fact]
    public void Read_UnparsableDeadline_ReportsTheDeadlinePath()
    {
        var json = CaseFiles.ExampleWith("\"deadline\": \"постоянно\"", "\"deadline\": \"когда-нибудь\"");

        var d = Assert.Single(CaseFiles.ReadText(json).ValidationErrors);

        Assert.Equal("MD0601", d.ErrorCode);
        Assert.Equal("$.roadmaps[0].activities[3].deadline", d.Location()!.Path);
    }

    [Fact]
    public void Read_TooLarge_RefusesWithMD1001()
    {
        var d = Assert.Single(CaseFiles.ReadText(CaseFiles.ExampleText, maxBytes: 1024).ValidationErrors);

        Assert.Equal("MD1001", d.ErrorCode);
        Assert.Contains("1,024", d.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonSeekableStreamOverLimit_RefusesWithMD1001()
    {
        using var stream = new NonSeekableStream(new byte[10_000]);

        var result = CaseFile.Read(stream, new CaseFileOptions { MaxBytes = 4096 });

        Assert.Equal("MD1001", Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Read_MissingFile_ReportsMD1006()
    {
        var d = Assert.Single(CaseFile.Read(Path.Combine(Path.GetTempPath(), "no-such-dir", "case.json")).ValidationErrors);

        Assert.Equal("MD1006", d.ErrorCode);
    }

    [Fact]
    public void Read_BothShapes_ReportsMD1008()
    {
        var d = Assert.Single(CaseFiles.ReadText("{\"organization\":{\"id\":\"o\",\"name\":\"n\",\"kind\":\"school\"},\"organizations\":[]}").ValidationErrors);

        Assert.Equal("MD1008", d.ErrorCode);
    }

    [Fact]
    public void Read_MunicipalFile_GivesEveryOrganization()
    {
        const string json = """
            {
              "municipality": { "id": "argun", "name": "городской округ г. Аргун" },
              "organizations": [
                { "organization": { "id": "school-1", "name": "СОШ № 1", "kind": "school" } },
                { "organization": { "id": "school-2", "name": "СОШ № 2", "kind": "school" } }
              ]
            }
            """;

        var result = CaseFiles.ReadText(json);

        Assert.True(result.IsSuccess, string.Join("; ", result.ValidationErrors));
        Assert.Equal("argun", result.Value!.Municipality!.Id.Value);
        Assert.Equal(["school-1", "school-2"], result.Value.Cases.Select(c => c.Organization.Id.Value));
    }

    [Fact]
    public void Read_MunicipalFileWithRepeatedOrganization_ReportsMD0903()
    {
        const string json = """{ "organizations": [ { "organization": { "id": "s", "name": "n", "kind": "school" } }, { "organization": { "id": "s", "name": "n", "kind": "school" } } ] }""";

        Assert.Equal("MD0903", Assert.Single(CaseFiles.ReadText(json).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Read_ErrorInSecondOrganization_PathNamesIt()
    {
        const string json = """{ "organizations": [ { "organization": { "id": "a", "name": "n", "kind": "school" } }, { "organization": { "id": "b", "name": "n", "kind": "school" }, "pairs": [ { "id": "p", "mentors": ["x"], "mentees": ["y"], "form": "teacher-teacher" } ] } ] }""";

        var result = CaseFiles.ReadText(json);

        Assert.Equal(["$.organizations[1].pairs[0].mentors[0]", "$.organizations[1].pairs[0].mentees[0]"], result.ValidationErrors.Select(d => d.Location()!.Path));
    }

    [Fact]
    public void Read_WrongType_IdentifierIsTheCompilerStyleLocation()
    {
        var d = Assert.Single(CaseFiles.ReadText("{\"organization\": 5}", culture: System.Globalization.CultureInfo.GetCultureInfo("en-US")).ValidationErrors);

        Assert.Equal("case.json(1,18): $.organization", d.Identifier);
        Assert.Equal("MD1003 at case.json(1,18): $.organization: '$.organization' must be an object, but is number.", d.Describe());
        Assert.Equal((1, 18), (d.Location()!.Line, d.Location()!.Column));
    }

    [Fact]
    public void Read_RussianCulture_WritesEveryMessageInRussian()
    {
        var d = Assert.Single(CaseFiles.ReadText("{\"organization\": 5}", culture: System.Globalization.CultureInfo.GetCultureInfo("ru-RU")).ValidationErrors);

        Assert.Equal("MD1003", d.ErrorCode);
        Assert.Equal("case.json(1,18): $.organization", d.Identifier);
        Assert.Contains("объектом", d.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{4,}", d.ErrorMessage.Replace("$.organization", string.Empty, StringComparison.Ordinal));
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
