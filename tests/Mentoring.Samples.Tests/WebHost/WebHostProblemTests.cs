using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Mentoring.Samples.Tests.WebHost;

/// <summary>
/// The WebHost sample over loopback as an ASP.NET Core client expects it: RFC 9457 problems with located errors for every
/// error, the OpenAPI document, health, the size limit, and messages in the language of Accept-Language.
/// </summary>
public sealed class WebHostProblemTests(WebHostServer server) : IClassFixture<WebHostServer>
{
    private const string Edition = "krasnokutsky-2022";
    private const string AsOf = "2024-06-30";

    private static string ViolationsFile => Path.Combine(WebHostServer.RepositoryRoot(), "samples", "data", Edition, "violations.json");

    [Fact]
    public async Task PostValidate_BrokenJson_Returns400ProblemLocatingTheError()
    {
        var (response, problem) = await Send($"/validate?edition={Edition}&asOf={AsOf}", Encoding.UTF8.GetBytes("{\n  \"organization\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response);
        var error = AssertProblem(problem, 400);
        Assert.StartsWith("MD", error.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("request.json(2,", error.GetProperty("location").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostValidate_BadDate_Returns400ProblemAtTheQueryParameter()
    {
        var (response, problem) = await Send($"/validate?edition={Edition}&asOf=2024-13-30", await File.ReadAllBytesAsync(ViolationsFile));

        Assert.Equal(HttpStatusCode.BadRequest, response);
        var error = AssertProblem(problem, 400);
        Assert.Equal("MW0002", error.GetProperty("code").GetString());
        Assert.Equal("query.asOf", error.GetProperty("location").GetString());
        Assert.Contains("2024-13-30", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostValidate_UnknownEdition_Returns400ProblemWithTheEditionError()
    {
        var (response, problem) = await Send("/validate?edition=no-such-edition&asOf=" + AsOf, await File.ReadAllBytesAsync(ViolationsFile));

        Assert.Equal(HttpStatusCode.BadRequest, response);
        var error = AssertProblem(problem, 400);
        Assert.Equal("MR0202", error.GetProperty("code").GetString());
        Assert.Contains("no-such-edition", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostValidate_NotJson_Returns415Problem()
    {
        var (response, problem) = await Send($"/validate?edition={Edition}&asOf={AsOf}", await File.ReadAllBytesAsync(ViolationsFile), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response);
        var error = AssertProblem(problem, 415);
        Assert.Equal("MW0004", error.GetProperty("code").GetString());
        Assert.Contains("text/plain", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostValidate_BodyOverTheLimit_Returns413Problem()
    {
        var (response, problem) = await Send($"/validate?edition={Edition}&asOf={AsOf}", Padded(WebHostServer.MaxRequestBytes + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response);
        Assert.Equal("MW0003", AssertProblem(problem, 413).GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostValidate_ChunkedBodyOverTheLimit_Returns413Problem()
    {
        using var content = new StreamContent(new MemoryStream(Padded(WebHostServer.MaxRequestBytes * 2)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/validate?edition={Edition}&asOf={AsOf}", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await server.Client.SendAsync(request);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertProblem(problem.RootElement, 413);
    }

    [Fact]
    public async Task PostValidate_RefusedBodyThenAnotherRequest_ClosesTheConnectionAndAnswersTheNext()
    {
        for (var round = 0; round < 5; round++)
        {
            using var content = new StreamContent(new MemoryStream(Padded(WebHostServer.MaxRequestBytes * 2)));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var refused = new HttpRequestMessage(HttpMethod.Post, new Uri($"/validate?edition={Edition}&asOf={AsOf}", UriKind.Relative)) { Content = content };
            refused.Headers.TransferEncodingChunked = true;
            using var answer = await server.Client.SendAsync(refused);

            var (next, _) = await Send($"/validate?edition={Edition}&asOf=2024-13-30", Encoding.UTF8.GetBytes("{}"));

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
            Assert.True(answer.Headers.ConnectionClose, "a refused body must close its connection");
            Assert.Equal(HttpStatusCode.BadRequest, next);
        }
    }

    [Fact]
    public async Task PostValidate_UnknownPath_Returns404Problem()
    {
        using var response = await server.Client.GetAsync(new Uri("/no-such-thing", UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("MW0005", AssertProblem(problem.RootElement, 404).GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostValidate_AcceptLanguage_ChoosesTheLanguageOfMessages()
    {
        var body = await File.ReadAllBytesAsync(ViolationsFile);

        var (_, russian) = await Send("/validate?edition=no-such-edition&asOf=" + AsOf, body, language: "ru-RU,ru;q=0.9");
        var (_, english) = await Send("/validate?edition=no-such-edition&asOf=" + AsOf, body, language: "en-US");
        var (_, report) = await Send($"/validate?edition={Edition}&asOf={AsOf}", body, language: "ru");

        Assert.Contains("Редакци", russian.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Редакци", russian.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Редакци", english.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("edition", english.GetProperty("title").GetString(), StringComparison.Ordinal);
        var finding = report.GetProperty("reports")[0].GetProperty("findings")[0];
        Assert.Equal(finding.GetProperty("messageRu").GetString(), finding.GetProperty("message").GetString());
    }

    [Fact]
    public async Task GetOpenApi_Always_DescribesTheEndpoints()
    {
        using var response = await server.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document.RootElement.GetProperty("paths");
        var validate = paths.GetProperty("/validate").GetProperty("post");
        Assert.Equal("Validate", validate.GetProperty("operationId").GetString());
        Assert.True(validate.GetProperty("responses").TryGetProperty("413", out _));
        Assert.Equal("ListEditions", paths.GetProperty("/editions").GetProperty("get").GetProperty("operationId").GetString());
    }

    [Fact]
    public async Task GetHealth_EditionsLoad_Returns200Healthy()
    {
        using var response = await server.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Checks the RFC 9457 members and returns the first located error.</summary>
    private static JsonElement AssertProblem(JsonElement problem, int status)
    {
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        var error = problem.GetProperty("errors")[0];
        Assert.False(string.IsNullOrEmpty(error.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return error;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Send(string path, byte[] body, string mediaType = "application/json", string? language = null)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        using var json = JsonDocument.Parse(text);
        return (response.StatusCode, json.RootElement.Clone());
    }

    /// <summary>A JSON object padded with spaces to the given size.</summary>
    private static byte[] Padded(long size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)' ');
        bytes[0] = (byte)'{';
        bytes[^1] = (byte)'}';
        return bytes;
    }
}
