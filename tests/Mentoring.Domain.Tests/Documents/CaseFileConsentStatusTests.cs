using Mentoring.Domain.Consents;

namespace Mentoring.Domain.Tests.Documents;

/// <summary>Consent records that say a consent was refused or not given (readings.md, principle 2), in the case file.</summary>
public class CaseFileConsentStatusTests
{
    private const string Given = "{ \"id\": \"c-5\", \"kind\": \"personal-data\", \"givenBy\": \"t-2\", \"givenOn\": \"2023-08-28\" }";

    private static string With(string consent) => CaseFiles.ExampleWith(Given, consent);

    [Theory]
    [InlineData("refused", ConsentStatus.Refused)]
    [InlineData("not-given", ConsentStatus.NotGiven)]
    [InlineData("отказ", ConsentStatus.Refused)]
    public void Read_RefusalRecord_IsARefusalOnItsDay(string status, ConsentStatus expected)
    {
        var result = CaseFiles.ReadText(With($"{{ \"id\": \"c-5\", \"kind\": \"personal-data\", \"givenBy\": \"t-2\", \"status\": \"{status}\", \"recordedOn\": \"2023-08-28\" }}"));

        Assert.True(result.IsSuccess, string.Join(Environment.NewLine, result.ValidationErrors));
        var consent = Assert.Single(result.Value!.Cases).Consents.Single(c => c.Id.Value == "c-5");
        Assert.Equal(expected, consent.Status);
        Assert.True(consent.IsRefusal);
        Assert.Equal(new DateOnly(2023, 8, 28), consent.GivenOn);
        Assert.False(consent.IsInForceOn(new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void Read_RefusalWithGivenOnAndForm_ReportsMD1007AtEach()
    {
        var result = CaseFiles.ReadText(With("{ \"id\": \"c-5\", \"kind\": \"personal-data\", \"givenBy\": \"t-2\", \"status\": \"refused\", \"recordedOn\": \"2023-08-28\", \"givenOn\": \"2023-08-28\", \"form\": \"written\" }"));

        Assert.Equal(["MD1007", "MD1007"], result.ValidationErrors.Select(d => d.ErrorCode));
        Assert.Equal(["$.consents[4].form", "$.consents[4].givenOn"], result.ValidationErrors.Select(d => d.Location()!.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_RefusalWithoutRecordedOn_ReportsMD0007AtRecordedOn()
    {
        var d = Assert.Single(CaseFiles.ReadText(With("{ \"id\": \"c-5\", \"kind\": \"personal-data\", \"givenBy\": \"t-2\", \"status\": \"not-given\" }")).ValidationErrors);

        Assert.Equal(("MD0007", "$.consents[4].recordedOn"), (d.ErrorCode, d.Location()!.Path));
    }

    [Fact]
    public void Read_GivenConsentWithRecordedOn_ReportsMD1007()
    {
        var d = Assert.Single(CaseFiles.ReadText(With("{ \"id\": \"c-5\", \"kind\": \"personal-data\", \"givenBy\": \"t-2\", \"givenOn\": \"2023-08-28\", \"recordedOn\": \"2023-08-28\" }")).ValidationErrors);

        Assert.Equal(("MD1007", "$.consents[4].recordedOn"), (d.ErrorCode, d.Location()!.Path));
    }

    [Fact]
    public void Read_UnknownStatus_ReportsMD0008AtStatus()
    {
        var d = Assert.Single(CaseFiles.ReadText(With("{ \"id\": \"c-5\", \"kind\": \"personal-data\", \"givenBy\": \"t-2\", \"status\": \"maybe\", \"recordedOn\": \"2023-08-28\" }")).ValidationErrors);

        Assert.Equal(("MD0008", "$.consents[4].status"), (d.ErrorCode, d.Location()!.Path));
    }

    [Fact]
    public void WriteThenRead_RefusalRecord_RoundTrips()
    {
        var read = CaseFiles.ReadText(With("{ \"id\": \"c-5\", \"kind\": \"legal-representative\", \"givenBy\": \"t-2\", \"onBehalfOf\": \"s-1\", \"status\": \"refused\", \"recordedOn\": \"2023-08-28\" }"));
        Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.ValidationErrors));

        var text = CaseFiles.WriteText(read.Value!);
        var again = CaseFiles.ReadText(text);

        Assert.True(again.IsSuccess, string.Join(Environment.NewLine, again.ValidationErrors));
        Assert.Contains("\"status\": \"refused\"", text, StringComparison.Ordinal);
        Assert.Contains("\"recordedOn\": \"2023-08-28\"", text, StringComparison.Ordinal);
        var consent = Assert.Single(again.Value!.Cases).Consents.Single(c => c.Id.Value == "c-5");
        Assert.Equal((ConsentStatus.Refused, "s-1"), (consent.Status, consent.OnBehalfOf?.Value));
    }
}
