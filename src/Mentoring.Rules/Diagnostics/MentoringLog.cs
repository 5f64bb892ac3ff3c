using Microsoft.Extensions.Logging;

namespace Mentoring.Rules.Diagnostics;

/// <summary>
/// The rules package's log events, each with a stable <see cref="EventId"/> (docs/hosting.md lists them). Numbers are
/// never reused: a new event takes a new number.
/// </summary>
internal static partial class MentoringLog
{
    [LoggerMessage(EventId = 1001, EventName = "ValidationCompleted", Level = LogLevel.Debug,
        Message = "Validated {OrganizationId} under {EditionId} as of {AsOf}: {Violated} violated, {Unknown} unknown, {Satisfied} satisfied in {ElapsedMs} ms")]
    public static partial void ValidationCompleted(ILogger logger, string organizationId, string editionId, string asOf, int violated, int unknown, int satisfied, double elapsedMs);

    [LoggerMessage(EventId = 1002, EventName = "ValidationRefused", Level = LogLevel.Warning,
        Message = "Validation of {OrganizationId} under {EditionId} as of {AsOf} refused: {ErrorCode} {ErrorMessage}")]
    public static partial void ValidationRefused(ILogger logger, string organizationId, string editionId, string asOf, string errorCode, string errorMessage);

    [LoggerMessage(EventId = 1003, EventName = "ValidationCancelled", Level = LogLevel.Information,
        Message = "Validation of {OrganizationId} under {EditionId} cancelled")]
    public static partial void ValidationCancelled(ILogger logger, string organizationId, string editionId);

    [LoggerMessage(EventId = 1101, EventName = "EditionFileLoaded", Level = LogLevel.Information,
        Message = "Edition {EditionId} loaded from {Path}")]
    public static partial void EditionFileLoaded(ILogger logger, string editionId, string path);

    [LoggerMessage(EventId = 1102, EventName = "EditionFileRejected", Level = LogLevel.Error,
        Message = "Edition file {Path} rejected: {Errors}")]
    public static partial void EditionFileRejected(ILogger logger, string path, string errors);

    [LoggerMessage(EventId = 1103, EventName = "RulesConfigured", Level = LogLevel.Information,
        Message = "Mentoring rules ready: {PolicyCount} policies, {EditionCount} editions ({EditionIds})")]
    public static partial void RulesConfigured(ILogger logger, int policyCount, int editionCount, string editionIds);

    [LoggerMessage(EventId = 1104, EventName = "RulesMisconfigured", Level = LogLevel.Critical,
        Message = "Mentoring rules are misconfigured: {Errors}")]
    public static partial void RulesMisconfigured(ILogger logger, string errors);
}
