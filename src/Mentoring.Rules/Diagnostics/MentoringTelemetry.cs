using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Reflection;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mentoring.Rules.Diagnostics;

/// <summary>
/// What one validator reports with: its clock, its logger, its meter's instruments and the activity source. Created
/// through the host's <see cref="IMeterFactory"/> when there is one (the meter is then the host's to dispose), else on a
/// process-wide meter of the same name.
/// </summary>
internal sealed class MentoringTelemetry
{
    private static readonly string Version = typeof(MentoringTelemetry).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    private static readonly ActivitySource Source = new(MentoringDiagnostics.ActivitySourceName, Version);

    private static readonly Lazy<Meter> SharedMeter = new(() => new Meter(MentoringDiagnostics.MeterName, Version));

    private static readonly double[] DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _validations;
    private readonly Counter<long> _findings;
    private readonly Histogram<double> _duration;

    public MentoringTelemetry(TimeProvider? time, ILoggerFactory? loggers, IMeterFactory? meters)
    {
        Time = time ?? TimeProvider.System;
        Logger = (ILogger?)loggers?.CreateLogger("Mentoring.Rules.Validation.MentoringValidator") ?? NullLogger.Instance;
        var meter = meters is null ? SharedMeter.Value : meters.Create(new MeterOptions(MentoringDiagnostics.MeterName) { Version = Version });
        _validations = meter.CreateCounter<long>(MentoringDiagnostics.ValidationsInstrument, "{validation}", "Validations of one organization's case, by edition and result.");
        _findings = meter.CreateCounter<long>(MentoringDiagnostics.FindingsInstrument, "{finding}", "Findings of validations, by edition, outcome and severity.");
        _duration = meter.CreateHistogram(MentoringDiagnostics.DurationInstrument, "s", "Duration of one organization's validation.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    public static MentoringTelemetry Default { get; } = new(null, null, null);

    public TimeProvider Time { get; }

    public ILogger Logger { get; }

    /// <summary>Starts the span of one validation (null when nobody listens).</summary>
    public static Activity? Start(string organizationId, string editionId, DateOnly asOf)
    {
        var activity = Source.StartActivity(MentoringDiagnostics.ValidateActivityName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(MentoringDiagnostics.EditionTag, editionId);
            activity.SetTag(MentoringDiagnostics.OrganizationTag, organizationId);
            activity.SetTag(MentoringDiagnostics.AsOfTag, Iso(asOf));
        }

        return activity;
    }

    /// <summary>Records a finished validation: the span's counts, the counters, the duration and the log event.</summary>
    public void Completed(Activity? activity, ValidationReport report, string editionId, long started)
    {
        var elapsed = Time.GetElapsedTime(started);
        int violated = 0, unknown = 0, satisfied = 0;
        var groups = new Dictionary<(Outcome, Severity), long>();
        foreach (var finding in report.Findings)
        {
            switch (finding.Outcome)
            {
                case Outcome.Violated: violated++; break;
                case Outcome.Unknown: unknown++; break;
                case Outcome.Satisfied: satisfied++; break;
                default: break;
            }

            groups[(finding.Outcome, finding.Severity)] = groups.GetValueOrDefault((finding.Outcome, finding.Severity)) + 1;
        }

        var result = violated == 0 ? "compliant" : "violated";
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(MentoringDiagnostics.ResultTag, result);
            activity.SetTag(MentoringDiagnostics.ViolatedCountTag, violated);
            activity.SetTag(MentoringDiagnostics.UnknownCountTag, unknown);
            activity.SetTag(MentoringDiagnostics.SatisfiedCountTag, satisfied);
        }

        var edition = new KeyValuePair<string, object?>(MentoringDiagnostics.EditionTag, editionId);
        var resultTag = new KeyValuePair<string, object?>(MentoringDiagnostics.ResultTag, result);
        _validations.Add(1, edition, resultTag);
        _duration.Record(elapsed.TotalSeconds, edition, resultTag);
        foreach (var ((outcome, severity), count) in groups)
        {
            _findings.Add(count, edition,
                new(MentoringDiagnostics.OutcomeTag, OutcomeName(outcome)),
                new(MentoringDiagnostics.SeverityTag, SeverityName(severity)));
        }

        if (Logger.IsEnabled(LogLevel.Debug))
        {
            var asOf = Iso(report.AsOf);
            MentoringLog.ValidationCompleted(Logger, report.OrganizationId, editionId, asOf, violated, unknown, satisfied, elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Records a validation the edition refused (unknown, not in force).</summary>
    public void Refused(string? organizationId, string editionId, DateOnly asOf, IReadOnlyList<ValidationError> errors)
    {
        var code = errors.Count == 0 ? "unknown" : errors[0].ErrorCode;
        _validations.Add(1,
            new(MentoringDiagnostics.EditionTag, editionId),
            new(MentoringDiagnostics.ResultTag, "refused"),
            new(MentoringDiagnostics.ErrorTypeTag, code));
        if (Logger.IsEnabled(LogLevel.Warning))
        {
            var date = Iso(asOf);
            var messages = string.Join("; ", errors.Select(e => e.ErrorMessage));
            MentoringLog.ValidationRefused(Logger, organizationId ?? "-", editionId, date, code, messages);
        }
    }

    /// <summary>Marks a span as failed by an exception (cancellation included) and logs a cancellation.</summary>
    public void Failed(Activity? activity, Exception exception, string organizationId, string editionId)
    {
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        activity?.SetTag(MentoringDiagnostics.ErrorTypeTag, exception.GetType().FullName);
        if (exception is OperationCanceledException)
        {
            MentoringLog.ValidationCancelled(Logger, organizationId, editionId);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string OutcomeName(Outcome outcome) => outcome switch
    {
        Outcome.Satisfied => "satisfied",
        Outcome.Violated => "violated",
        Outcome.Unknown => "unknown",
        _ => "not_applicable",
    };

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
