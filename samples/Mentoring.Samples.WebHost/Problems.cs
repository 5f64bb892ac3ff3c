using System.Globalization;
using ValidationError = Ardalis.Result.ValidationError;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Samples.WebHost;

/// <summary>One located error of a problem: its stable code, where it is, and the message in the request's language.</summary>
/// <param name="Code">The stable code (MDxxxx, MRxxxx, MWxxxx).</param>
/// <param name="Location">Where: <c>file(line,column): $.path</c>, a query parameter (<c>query.asOf</c>), or the edition file's place.</param>
/// <param name="Message">The message in the request's language (Accept-Language: ru or en).</param>
internal sealed record ProblemError(string Code, string? Location, string Message);

/// <summary>
/// The one place where the library's errors become RFC 9457 problem details: each error is a <see cref="ProblemError"/>
/// in the <c>errors</c> extension member. When the library's results change shape (Ardalis.Result's
/// <c>ValidationError</c>: <c>ErrorCode</c>, <c>Identifier</c>, <c>ErrorMessage</c>), only the two <c>From</c> methods change.
/// </summary>
internal static class Problems
{
    /// <summary>The extension member that lists the located errors.</summary>
    public const string ErrorsMember = "errors";

    // A URN, not a web address: RFC 9457 allows a type that does not resolve; docs/hosting.md lists them.
    private const string TypeBase = "urn:mentoring:problem:";

    /// <summary>The request's language: <c>ru</c> or <c>en</c> (request localization has set the UI culture from Accept-Language).</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru" ? "ru" : "en";

    /// <summary>
    /// A library error (a case file's, an edition's): its stable code, its location (<c>file(line,column): $.path</c> for
    /// a case file) and its message, already in the request's language (errors are written in the UI culture, which
    /// request localization has set from Accept-Language).
    /// </summary>
    public static ProblemError From(ValidationError error) =>
        new(error.ErrorCode, string.IsNullOrEmpty(error.Identifier) ? null : error.Identifier, error.ErrorMessage);

    /// <summary>The case file could not be read (400), or was too large (413).</summary>
    public static IResult CaseFile(IEnumerable<ValidationError> errors)
    {
        ProblemError[] located = [.. errors.Select(From)];
        return located.Any(e => e.Code == TooLargeCode)
            ? Problem(StatusCodes.Status413PayloadTooLarge, "too-large", Text.TooLarge, located)
            : Problem(StatusCodes.Status400BadRequest, "invalid-case-file", Text.InvalidCaseFile, located);
    }

    /// <summary>The edition cannot be used: unknown (MR0202) or not in force on the date.</summary>
    public static IResult Edition(IEnumerable<ValidationError> errors) =>
        Problem(StatusCodes.Status400BadRequest, "edition", Text.Edition, [.. errors.Select(From)]);

    /// <summary>A query parameter is missing or malformed.</summary>
    public static IResult Query(string parameter, string code, string message, string messageRu) =>
        Problem(StatusCodes.Status400BadRequest, "invalid-query", Text.InvalidQuery,
            [new ProblemError(code, $"query.{parameter}", Language == "ru" ? messageRu : message)]);

    /// <summary>The body is larger than the limit (known from Content-Length or found while reading).</summary>
    public static IResult TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "too-large", Text.TooLarge,
            [new ProblemError("MW0003", "body", Language == "ru"
                ? $"Тело запроса больше предела в {Mentoring.Domain.Plural.RuWithNumber(limit, "байт", "байта", "байтов")}."
                : $"The request body is larger than the limit of {limit} bytes.")]);

    /// <summary>The body is not JSON.</summary>
    public static IResult UnsupportedMediaType(string? contentType) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", Text.UnsupportedMediaType, [UnsupportedMediaTypeError(contentType)]);

    private static ProblemError UnsupportedMediaTypeError(string? contentType) =>
        new("MW0004", "header.Content-Type", Language == "ru"
            ? $"Ожидается тип содержимого application/json, получен «{contentType ?? "(не указан)"}»."
            : $"The content type must be application/json, not {contentType ?? "(none)"}.");

    private const string TooLargeCode = "MD1001";

    /// <summary>
    /// Completes a problem the framework wrote (415 for a body that is not JSON, 404, 405, 500 …) with the same
    /// <c>errors</c> member, so that a client reads every problem the same way.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var request = context.HttpContext.Request;
        problem.Instance ??= $"{request.Method} {request.Path}";
        if (problem.Extensions.ContainsKey(ErrorsMember))
        {
            return;
        }

        var ru = Language == "ru";
        var error = problem.Status switch
        {
            StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaTypeError(request.ContentType),
            StatusCodes.Status404NotFound => new ProblemError("MW0005", "path", ru ? $"Адреса {request.Path} нет." : $"There is nothing at {request.Path}."),
            StatusCodes.Status405MethodNotAllowed => new ProblemError("MW0006", "method", ru ? $"Метод {request.Method} здесь не поддерживается." : $"{request.Method} is not allowed here."),
            StatusCodes.Status413PayloadTooLarge => new ProblemError("MW0003", "body", ru ? "Тело запроса больше предела." : "The request body is larger than the limit."),
            _ => new ProblemError("MW0000", null, ru ? "Запрос не выполнен." : "The request failed."),
        };
        problem.Extensions[ErrorsMember] = new[] { error };
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(int status, string type, (string En, string Ru) title, ProblemError[] errors) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Type = TypeBase + type,
            Title = Language == "ru" ? title.Ru : title.En,
            Detail = errors.Length == 1 ? errors[0].Message : null,
            Extensions = { [ErrorsMember] = errors },
        });

    /// <summary>The problems' titles, in English and Russian.</summary>
    private static class Text
    {
        public static readonly (string En, string Ru) InvalidCaseFile = ("The case file is not valid.", "Файл дела содержит ошибки.");
        public static readonly (string En, string Ru) Edition = ("The edition cannot be used.", "Редакцию нельзя применить.");
        public static readonly (string En, string Ru) InvalidQuery = ("A query parameter is missing or malformed.", "Параметр запроса не указан или указан неверно.");
        public static readonly (string En, string Ru) TooLarge = ("The request is too large.", "Запрос слишком велик.");
        public static readonly (string En, string Ru) UnsupportedMediaType = ("The request's content type is not supported.", "Тип содержимого запроса не поддерживается.");
    }
}
