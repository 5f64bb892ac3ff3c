// WebHost: the rules behind an HTTP endpoint, as an ASP.NET Core developer expects it.
//   POST /validate?edition=krasnokutsky-2022&asOf=2024-06-30   (body: a case file, application/json; asOf defaults to today)
//   GET  /editions          the editions
//   GET  /health            health: the editions load
//   GET  /openapi/v1.json   the OpenAPI document
// Every error is an RFC 9457 problem (application/problem+json) whose "errors" member lists the located errors
// (code, location, message). Messages follow Accept-Language (ru or en). The body is limited to WebHost:MaxRequestBytes.
// It listens on http://127.0.0.1:5080 unless given --urls (keep it on the loopback interface: it has no authentication).
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Validation;
using Mentoring.Samples.WebHost;
using Microsoft.AspNetCore.Http.Features;

var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
var maxRequestBytes = builder.Configuration.GetValue<long?>("WebHost:MaxRequestBytes") ?? CaseFileOptions.DefaultMaxBytes;
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxRequestBytes);

builder.Services.AddMentoringRules(builder.Configuration.GetSection("Mentoring"), configure: null);
builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = Problems.Complete);
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<EditionsHealthCheck>("editions");
builder.Services.AddRequestLocalization(localization =>
{
    string[] cultures = ["en", "ru"];
    localization.SetDefaultCulture("en").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
    localization.ApplyCurrentCultureToResponseHeaders = true;   // Content-Language says which language was chosen
});
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);   // Russian stays readable
    json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
});

var app = builder.Build();
app.UseExceptionHandler();     // an unexpected exception: a 500 problem, without its details
app.UseStatusCodePages();      // a bare status (404, 405): a problem too
app.UseRequestLocalization();

app.MapOpenApi();
app.MapHealthChecks("/health");

app.MapGet("/editions", (EditionCatalog editions) =>
        editions.Editions.Select(e => new EditionInfo(e.Id, e.TitleRu, e.TitleEn, e.Inherits)))
    .WithName("ListEditions")
    .WithSummary("The editions a validation may use.");

app.MapPost("/validate", async (HttpRequest request, MentoringValidator validator, string? edition, string? asOf, CancellationToken cancellation) =>
    {
        if (!request.HasJsonContentType())
        {
            return Refuse(request, Problems.UnsupportedMediaType(request.ContentType));
        }

        if (string.IsNullOrWhiteSpace(edition))
        {
            return Refuse(request, Problems.Query("edition", "MW0001", "The edition is required: ?edition=krasnokutsky-2022.", "Нужно указать редакцию: ?edition=krasnokutsky-2022."));
        }

        var date = validator.Today;   // the host's TimeProvider
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date))
        {
            return Refuse(request, Problems.Query("asOf", "MW0002", $"{asOf} is not a date as yyyy-MM-dd.", $"«{asOf}» не является датой в виде ГГГГ-ММ-ДД."));
        }

        if (request.ContentLength > maxRequestBytes)
        {
            return Refuse(request, Problems.TooLarge(maxRequestBytes));
        }

        // Kestrel's limit (the same number) guards every endpoint; here the reader applies it itself, so that a body sent
        // without Content-Length is refused with its located error (MD1001, 413) as soon as it passes the limit.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrelLimit)
        {
            kestrelLimit.MaxRequestBodySize = null;
        }

        var read = await CaseFile.ReadAsync(request.Body, new CaseFileOptions { FileName = "request.json", MaxBytes = maxRequestBytes }, cancellation).ConfigureAwait(false);
        if (!read.IsSuccess)
        {
            return Refuse(request, Problems.CaseFile(read.ValidationErrors));
        }

        var result = await validator.ValidateAsync(read.Value, edition, date, options: null, cancellation).ConfigureAwait(false);
        return result.IsSuccess
            ? TypedResults.Ok(new ValidationResponse(edition, date, [.. result.Value.Select(ReportJson.From)]))
            : Problems.Edition(result.ValidationErrors);
    })
    .WithName("Validate")
    .WithSummary("Validates a case file under an edition as of a date.")
    .Accepts<JsonElement>("application/json")
    .Produces<ValidationResponse>()
    .ProducesProblem(StatusCodes.Status400BadRequest)
    .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
    .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

app.Run();

// A refused request may leave part of its body unread on the connection (a body over the limit, a case file whose
// reading stopped at its first error): the answer asks to close the connection (RFC 9110 §7.6.1, "Connection: close"),
// so that a client sends its next request on a new one rather than after the unread bytes.
static IResult Refuse(HttpRequest request, IResult problem)
{
    request.HttpContext.Response.Headers.Connection = "close";
    return problem;
}
