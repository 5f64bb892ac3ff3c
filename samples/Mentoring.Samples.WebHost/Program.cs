// WebHost: the rules behind an HTTP endpoint. POST a case file (the JSON of docs/documents.md) to
//   /validate?edition=krasnokutsky-2022&asOf=2024-06-30
// and get the report as JSON: one entry per organization, each with its findings. GET /editions lists the editions.
// It listens on http://127.0.0.1:5080 unless given --urls (keep it on the loopback interface: it has no authentication).
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Mentoring.Domain;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Validation;
using Mentoring.Samples.WebHost;

var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
builder.Services.AddMentoringRules();
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);   // Russian stays readable
    json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
});

var app = builder.Build();

app.MapGet("/editions", (EditionCatalog editions) =>
    editions.Editions.Select(e => new EditionInfo(e.Id, e.TitleRu, e.TitleEn, e.Inherits)));

app.MapPost("/validate", async (HttpRequest request, MentoringValidator validator, string? edition, DateOnly? asOf, CancellationToken cancellation) =>
{
    if (string.IsNullOrWhiteSpace(edition) || asOf is null)
    {
        return Results.BadRequest(new Problem("Query parameters 'edition' and 'asOf' (yyyy-MM-dd) are required.", []));
    }

    // Kestrel forbids synchronous reads: buffer the body (CaseFile.Read caps it at CaseFileOptions.MaxBytes).
    using var body = new MemoryStream();
    await request.Body.CopyToAsync(body, cancellation).ConfigureAwait(false);
    var read = CaseFile.Read(body.ToArray(), new CaseFileOptions { FileName = "request.json" });
    if (!read.IsSuccess)
    {
        return Results.BadRequest(new Problem("The case file is not valid.", [.. read.ValidationErrors.Select(d => d.Describe())]));
    }

    var result = validator.Validate(read.Value, edition, asOf.Value);
    return result.IsSuccess
        ? Results.Ok(new ValidationResponse(edition, asOf.Value, [.. result.Value.Select(ReportJson.From)]))
        : Results.BadRequest(new Problem("The edition cannot be used.", [.. result.ValidationErrors.Select(e => e.Describe())]));
});

app.Run();
