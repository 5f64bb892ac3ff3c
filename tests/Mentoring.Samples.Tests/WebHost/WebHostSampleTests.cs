using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

namespace Mentoring.Samples.Tests.WebHost;

/// <summary>The WebHost sample, run as a process on a loopback port, validates posted case files.</summary>
public sealed class WebHostSampleTests(WebHostServer server) : IClassFixture<WebHostServer>
{
    private const string Edition = "krasnokutsky-2022";
    private const string AsOf = "2024-06-30";

    private static string ViolationsFile => Path.Combine(WebHostServer.RepositoryRoot(), "samples", "data", Edition, "violations.json");

    [Fact]
    public async Task PostValidate_BundledViolationsCase_ReturnsTheReportAsJson()
    {
        using var response = await Post($"/validate?edition={Edition}&asOf={AsOf}", await File.ReadAllBytesAsync(ViolationsFile));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}{Environment.NewLine}{server.Output}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal(Edition, root.GetProperty("edition").GetString());
        Assert.Equal(AsOf, root.GetProperty("asOf").GetString());
        var report = Assert.Single(root.GetProperty("reports").EnumerateArray());
        Assert.Equal("kk-school-2", report.GetProperty("organizationId").GetString());
        Assert.Equal(["federal-2021", Edition], report.GetProperty("editionChain").EnumerateArray().Select(e => e.GetString()!).Take(2));

        var violated = report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("outcome").GetString() == "violated").ToArray();
        Assert.Equal(report.GetProperty("violated").GetInt32(), violated.Length);
        var mentorConsent = Assert.Single(violated, f => f.GetProperty("ruleId").GetString() == "consent.mentor-written");
        Assert.Equal("error", mentorConsent.GetProperty("severity").GetString());
        Assert.Contains("t-3", mentorConsent.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("письменное", mentorConsent.GetProperty("messageRu").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostValidate_BundledViolationsCase_ReportsWhatTheLibraryReports()
    {
        var expected = ExpectedViolatedRules();

        using var response = await Post($"/validate?edition={Edition}&asOf={AsOf}", await File.ReadAllBytesAsync(ViolationsFile));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var actual = json.RootElement.GetProperty("reports")[0].GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("outcome").GetString() == "violated")
            .Select(f => f.GetProperty("ruleId").GetString()!)
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }


    [Fact]
    public async Task GetEditions_Always_ListsTheBundledEditions()
    {
        using var response = await server.Client.GetAsync(new Uri("/editions", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var ids = json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToArray();
        Assert.Contains(Edition, ids);
        Assert.Contains("federal-2021", ids);
    }

    private async Task<HttpResponseMessage> Post(string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await server.Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static string[] ExpectedViolatedRules()
    {
        var @case = CaseFile.Read(ViolationsFile).Value.Cases[0];
        var report = new MentoringValidator(EditionCatalog.Bundled).Validate(@case, Edition, DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture)).Value;
        return [.. report.Findings.Where(f => f.Outcome == Outcome.Violated).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal)];
    }
}
