using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Mentoring.Rules.Diagnostics;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Tests.EditionFiles;
using Mentoring.Rules.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Hosting;

/// <summary>AddMentoringRules as a Microsoft.Extensions host expects it: options, start validation, TryAdd, content root, clock, telemetry.</summary>
public sealed class HostingConventionsTests
{
    private const string SchoolEdition = """
        {
          "id": "school",
          "title": { "ru": "Школа", "en": "School" },
          "inherits": "krasnokutsky-2022"
        }
        """;

    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void AddMentoringRules_ConfigurationSection_BindsTheOptions()
    {
        using var files = new TempFiles();
        files.Write("school.json", SchoolEdition);
        var configuration = Configuration(new()
        {
            ["Mentoring:UseBundledEditions"] = "true",
            ["Mentoring:ContentRoot"] = files.Folder,
            ["Mentoring:EditionFiles:0"] = "school.json",
        });
        using var provider = new ServiceCollection().AddMentoringRules(configuration.GetSection(MentoringRulesOptions.SectionName), null).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MentoringRulesOptions>>().Value;
        var editions = provider.GetRequiredService<EditionCatalog>();

        Assert.Equal(files.Folder, options.ContentRoot);
        Assert.Equal(["school.json"], options.EditionFiles);
        Assert.Equal("krasnokutsky-2022", editions.Find("school")?.Inherits);
    }

    [Fact]
    public void AddMentoringRules_RelativeEditionPath_IsUnderTheHostsContentRoot()
    {
        using var files = new TempFiles();
        files.Write("school.json", SchoolEdition);
        using var provider = new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new TestEnvironment(files.Folder))
            .AddMentoringRules(o => o.AddEditionFile("school.json"))
            .BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<EditionCatalog>().Find("school"));
        Assert.Equal(files.Folder, provider.GetRequiredService<IOptions<MentoringRulesOptions>>().Value.ContentRoot);
    }

    [Fact]
    public void ValidateOnStart_BadEditionPath_FailsNamingTheFile()
    {
        using var files = new TempFiles();
        using var provider = new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new TestEnvironment(files.Folder))
            .AddMentoringRules(o => o.AddEditionFile("missing.json"))
            .BuildServiceProvider();

        // What a generic host runs before it starts (Host.StartAsync calls the same validator).
        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(Path.Combine(files.Folder, "missing.json"), exception.Message, StringComparison.Ordinal);
        Assert.Contains("MR0201", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMentoringRules_CalledTwice_RegistersOnceAndAppliesBothSetups()
    {
        using var files = new TempFiles();
        var one = files.Write("one.json", SchoolEdition.Replace("\"school\"", "\"one\"", StringComparison.Ordinal));
        var two = files.Write("two.json", SchoolEdition.Replace("\"school\"", "\"two\"", StringComparison.Ordinal));
        var services = new ServiceCollection()
            .AddMentoringRules(o => o.AddEditionFile(one))
            .AddMentoringRules(o => o.AddEditionFile(two).AddEditionFile(one));

        Assert.Single(services, d => d.ServiceType == typeof(MentoringValidator));
        Assert.Single(services, d => d.ServiceType == typeof(EditionCatalog));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<MentoringRulesOptions>));
        using var provider = services.BuildServiceProvider();
        var editions = provider.GetRequiredService<EditionCatalog>();
        Assert.NotNull(editions.Find("one"));
        Assert.NotNull(editions.Find("two"));
    }

    [Fact]
    public void AddMentoringRules_HostsTimeProvider_IsTheValidatorsClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddMentoringRules().BuildServiceProvider();
        var validator = provider.GetRequiredService<MentoringValidator>();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
        Assert.Equal(D(2024, 3, 1), validator.Today);
        clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(D(2024, 4, 10), validator.Today);
    }

    [Fact]
    public async Task ValidateAsync_CancelledToken_Throws()
    {
        var validator = new MentoringValidator(EditionCatalog.Bundled);
        var municipal = Municipal();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => validator.ValidateAsync(municipal, "federal-2021", AsOf, null, cancellation.Token));
    }

    [Fact]
    public async Task ValidateAsync_Stream_SameReportsAsTheSynchronousValidation()
    {
        var validator = new MentoringValidator(EditionCatalog.Bundled);
        var municipal = Municipal();
        using var stream = new MemoryStream();
        Mentoring.Domain.Documents.CaseFile.Write(municipal, stream);
        stream.Position = 0;

        var reports = Fixtures.Ok(await validator.ValidateAsync(stream, "krasnokutsky-2022", AsOf, null, null, CancellationToken.None));

        var expected = Fixtures.Ok(validator.Validate(municipal, "krasnokutsky-2022", AsOf));
        Assert.Equal(expected.Select(Render), reports.Select(Render));
    }

    [Fact]
    public async Task ValidateAsync_BrokenStream_ReturnsTheLocatedDiagnostics()
    {
        var validator = new MentoringValidator(EditionCatalog.Bundled);
        using var stream = new MemoryStream("{ \"organization\": "u8.ToArray());

        var result = await validator.ValidateAsync(stream, "krasnokutsky-2022", AsOf, null, new() { FileName = "posted.json" }, CancellationToken.None);

        var error = Assert.Single(result.ValidationErrors);
        Assert.StartsWith("posted.json(1,", error.Identifier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseFileReadAsync_CancelledWhileWaitingForData_Throws()
    {
        using var stream = new StalledStream();
        using var cancellation = new CancellationTokenSource();

        var reading = Mentoring.Domain.Documents.CaseFile.ReadAsync(stream, null, cancellation.Token);
        await stream.Entered.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    [Fact]
    public async Task EditionFileReadAsync_CancelledWhileWaitingForData_Throws()
    {
        using var stream = new StalledStream();
        using var cancellation = new CancellationTokenSource();

        var reading = EditionFile.ReadAsync(stream, "stalled.json", null, cancellation.Token);
        await stream.Entered.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    [Fact]
    public async Task EditionFileReadAsync_File_ReadsTheEdition()
    {
        using var files = new TempFiles();
        var path = files.Write("school.json", SchoolEdition);

        var edition = Fixtures.Ok(await EditionFile.ReadAsync(path, null, CancellationToken.None));

        Assert.Equal("school", edition.Id);
    }

    [Fact]
    public void Validate_WithListeners_RecordsTheInstrumentsAndTheSpan()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero));
        using var meters = new TestMeterFactory();
        var validator = new MentoringValidator(EditionCatalog.Bundled, clock, null, meters);
        var measurements = new ConcurrentBag<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, ToDictionary(tags))));
        meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, ToDictionary(tags))));
        meterListener.Start();
        using var parentSource = new ActivitySource("Mentoring.Rules.Tests." + Guid.NewGuid());
        var spans = new ConcurrentBag<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == MentoringDiagnostics.ActivitySourceName || s.Name == parentSource.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(activityListener);

        ValidationReport report;
        string parentId;
        using (var parent = parentSource.StartActivity("test"))
        {
            parentId = parent!.Id!;
            report = Fixtures.Ok(validator.Validate(ViolatingCase(), "krasnokutsky-2022", AsOf));
            Assert.False(validator.Validate(ViolatingCase(), "no-such-edition", AsOf).IsSuccess);
        }

        var violated = report.Count(Mentoring.Rules.Policies.Outcome.Violated);
        Assert.True(violated > 0);
        var validations = measurements.Where(m => m.Instrument == MentoringDiagnostics.ValidationsInstrument).ToArray();
        Assert.Contains(validations, m => m.Value == 1 && Equals(m.Tags[MentoringDiagnostics.ResultTag], "violated") && Equals(m.Tags[MentoringDiagnostics.EditionTag], "krasnokutsky-2022"));
        Assert.Contains(validations, m => m.Value == 1 && Equals(m.Tags[MentoringDiagnostics.ResultTag], "refused") && Equals(m.Tags[MentoringDiagnostics.ErrorTypeTag], "MR0202"));
        var findings = measurements.Where(m => m.Instrument == MentoringDiagnostics.FindingsInstrument).ToArray();
        Assert.Equal(violated, findings.Where(m => Equals(m.Tags[MentoringDiagnostics.OutcomeTag], "violated")).Sum(m => m.Value));
        Assert.Equal(report.Findings.Count, findings.Sum(m => m.Value));
        Assert.All(findings, m => Assert.Contains(m.Tags[MentoringDiagnostics.SeverityTag], new object?[] { "info", "warning", "error" }));
        var duration = Assert.Single(measurements, m => m.Instrument == MentoringDiagnostics.DurationInstrument);
        Assert.Equal(0, duration.Value);   // the validator's clock (frozen here), not the system's
        Assert.DoesNotContain(measurements, m => m.Tags.ContainsKey(MentoringDiagnostics.OrganizationTag));

        var span = Assert.Single(spans, s => s.ParentId == parentId && s.Source.Name == MentoringDiagnostics.ActivitySourceName);
        Assert.Equal(MentoringDiagnostics.ValidateActivityName, span.OperationName);
        Assert.Equal("krasnokutsky-2022", span.GetTagItem(MentoringDiagnostics.EditionTag));
        Assert.Equal(report.OrganizationId, span.GetTagItem(MentoringDiagnostics.OrganizationTag));
        Assert.Equal(violated, span.GetTagItem(MentoringDiagnostics.ViolatedCountTag));
        Assert.Equal(report.Count(Mentoring.Rules.Policies.Outcome.Satisfied), span.GetTagItem(MentoringDiagnostics.SatisfiedCountTag));
    }

    [Fact]
    public void Validate_WithLogging_WritesTheEventsWithTheirIds()
    {
        using var files = new TempFiles();
        files.Write("school.json", SchoolEdition);
        var logs = new TestLoggerProvider();
        using var provider = new ServiceCollection()
            .AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddSingleton<IHostEnvironment>(new TestEnvironment(files.Folder))
            .AddMentoringRules(o => o.AddEditionFile("school.json"))
            .BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        var validator = provider.GetRequiredService<MentoringValidator>();

        Fixtures.Ok(validator.Validate(ViolatingCase(), "school", AsOf));
        Assert.False(validator.Validate(ViolatingCase(), "no-such-edition", AsOf).IsSuccess);

        var events = logs.Entries.ToArray();
        var loaded = Assert.Single(events, e => e.Id.Id == 1101);   // validated on start and resolved: built once
        Assert.Equal(new EventId(1101, "EditionFileLoaded"), loaded.Id);
        Assert.Contains(Path.Combine(files.Folder, "school.json"), loaded.Message, StringComparison.Ordinal);
        Assert.Contains(events, e => e.Id.Id == 1103 && e.Id.Name == "RulesConfigured" && e.Level == LogLevel.Information);
        Assert.Contains(events, e => e.Id.Id == 1001 && e.Id.Name == "ValidationCompleted" && e.Level == LogLevel.Debug && e.Message.Contains("school", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Id.Id == 1002 && e.Id.Name == "ValidationRefused" && e.Level == LogLevel.Warning && e.Message.Contains("MR0202", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateOnStart_BadEditionFile_LogsTheRejection()
    {
        using var files = new TempFiles();
        var path = files.Write("bad.json", "{ \"id\": ");
        var logs = new TestLoggerProvider();
        using var provider = new ServiceCollection()
            .AddLogging(l => l.AddProvider(logs))
            .AddMentoringRules(o => o.AddEditionFile(path))
            .BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(logs.Entries, e => e.Id.Id == 1102 && e.Level == LogLevel.Error && e.Message.Contains(path, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Id.Id == 1104 && e.Level == LogLevel.Critical);
    }

    private static Mentoring.Domain.Cases.MentoringCase ViolatingCase() =>
        School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]).Program("prog-1", "p1", D(2023, 9, 1), D(2026, 9, 1)).Build();

    private static Mentoring.Domain.Cases.MunicipalCase Municipal() =>
        Fixtures.Ok(Mentoring.Domain.Cases.MunicipalCase.Create(null, [ViolatingCase()]));

    private static string Render(ValidationReport report) =>
        string.Join("\n", report.Findings.Select(f => $"{f} [{string.Join(",", f.Subjects)}]"));

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            result[tag.Key] = tag.Value;
        }

        return result;
    }

    private sealed class TestEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "Tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    /// <summary>A meter factory whose meters are scoped to it, so that a listener hears only this test's meters.</summary>
    private sealed class TestMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }

    /// <summary>A stream that never delivers data: its reads wait until cancelled.</summary>
    private sealed class StalledStream : Stream
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Synchronous reads are not expected.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed record LogEntry(string Category, LogLevel Level, EventId Id, string Message);

    private sealed class TestLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<LogEntry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(TestLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception)));
        }
    }
}
