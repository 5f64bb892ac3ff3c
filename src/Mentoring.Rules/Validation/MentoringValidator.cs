using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Registries;
using Mentoring.Domain.Roadmaps;
using System.Diagnostics.Metrics;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Diagnostics;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Microsoft.Extensions.Logging;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace Mentoring.Rules.Validation;

/// <summary>Options of one validation.</summary>
public sealed class ValidationOptions
{
    /// <summary>The default options: names shown.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>True to leave people's names out of findings (identifiers only).</summary>
    public bool Redact { get; init; }

    /// <summary>
    /// True for strict validation: a document the regulation requires in writing (a consent, an order, an addendum)
    /// that the case does not present is a violation, not an unknown.
    /// </summary>
    /// <remarks>readings.md, principle 2; the command line's <c>--strict</c>.</remarks>
    public bool Strict { get; init; }
}

/// <summary>
/// Validates mentoring cases under an edition as of a date. One validator serves a whole host: it compiles each
/// edition's rule set once and shares it, and is safe to call from many threads at once (each call has its own
/// session).
/// </summary>
public sealed class MentoringValidator
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledRules>> _compiled = new(StringComparer.Ordinal);

    // What each resolved edition validates with, found once (a host validates many cases under the same edition).
    private readonly ConditionalWeakTable<ResolvedEdition, EditionPlan> _plans = new();

    // Each policy's place in rule-identifier order (the catalogue's order): reports are sorted by it first.
    private readonly Dictionary<PolicyDescriptor, int> _ranks;

    private readonly MentoringTelemetry _telemetry;

    /// <summary>Creates a validator that reads the system clock and reports on the process-wide meter, without logging.</summary>
    /// <param name="editions">The editions (and through them the policies) it validates with.</param>
    public MentoringValidator(EditionCatalog editions)
        : this(editions, null, null, null)
    {
    }

    /// <summary>
    /// Creates a validator with a host's clock, logging and metrics (what <c>AddMentoringRules</c> gives it from the
    /// host's services). Its instruments and span are named in <see cref="MentoringDiagnostics"/>.
    /// </summary>
    /// <param name="editions">The editions (and through them the policies) it validates with.</param>
    /// <param name="timeProvider">The clock of <see cref="Today"/> and of durations; the system's when null.</param>
    /// <param name="loggerFactory">Where its log events go; none when null.</param>
    /// <param name="meterFactory">Creates its meter (the host then owns it); a process-wide meter when null.</param>
    public MentoringValidator(EditionCatalog editions, TimeProvider? timeProvider, ILoggerFactory? loggerFactory, IMeterFactory? meterFactory)
    {
        ArgumentNullException.ThrowIfNull(editions);
        _telemetry = timeProvider is null && loggerFactory is null && meterFactory is null
            ? MentoringTelemetry.Default
            : new MentoringTelemetry(timeProvider, loggerFactory, meterFactory);
        Editions = editions;
        _ranks = new Dictionary<PolicyDescriptor, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < editions.Policies.Policies.Count; i++)
        {
            _ranks.Add(editions.Policies.Policies[i], i);
        }
    }

    /// <summary>The editions.</summary>
    public EditionCatalog Editions { get; }

    /// <summary>The policies.</summary>
    public PolicyCatalog Policies => Editions.Policies;

    /// <summary>Today's date by the validator's clock (its <see cref="TimeProvider"/>, in the clock's local time zone).</summary>
    /// <remarks>The library never reads the system clock itself: a host that validates "as of today" asks this, and a test gives a fixed clock.</remarks>
    public DateOnly Today => DateOnly.FromDateTime(_telemetry.Time.GetLocalNow().DateTime);

    /// <summary>Validates one organization's case.</summary>
    /// <param name="case">The case.</param>
    /// <param name="editionId">The edition, such as <c>krasnokutsky-2022</c>.</param>
    /// <param name="asOf">The date of validation.</param>
    /// <param name="options">Options, such as redaction.</param>
    /// <returns>The report, or the edition's error (unknown, not in force).</returns>
    public Result<ValidationReport> Validate(MentoringCase @case, string editionId, DateOnly asOf, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return Resolve(@case.Organization.Id.Value, editionId, asOf).Map(edition => Validate(@case, edition, options));
    }

    /// <summary>Validates every organization of a municipal case, in file order.</summary>
    /// <param name="case">The municipal case.</param>
    /// <param name="editionId">The edition.</param>
    /// <param name="asOf">The date of validation.</param>
    /// <param name="options">Options.</param>
    /// <returns>One report per organization, or the edition's error.</returns>
    public Result<IReadOnlyList<ValidationReport>> Validate(MunicipalCase @case, string editionId, DateOnly asOf, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return Resolve(null, editionId, asOf)
            .Map(edition => (IReadOnlyList<ValidationReport>)[.. @case.Cases.Select(c => Validate(c, edition, options))]);
    }

    /// <summary>
    /// Validates every organization of a municipal case, in file order, stopping when <paramref name="cancellationToken"/>
    /// is cancelled (between organizations and inside the engine's run).
    /// </summary>
    /// <param name="case">The municipal case.</param>
    /// <param name="editionId">The edition.</param>
    /// <param name="asOf">The date of validation.</param>
    /// <param name="options">Options; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the validation.</param>
    /// <returns>One report per organization, or the edition's error.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task<Result<IReadOnlyList<ValidationReport>>> ValidateAsync(MunicipalCase @case, string editionId, DateOnly asOf, ValidationOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        cancellationToken.ThrowIfCancellationRequested();
        var resolved = Resolve(null, editionId, asOf);
        if (!resolved.IsSuccess)
        {
            return Task.FromResult(Result<IReadOnlyList<ValidationReport>>.Invalid(resolved.ValidationErrors));
        }

        var reports = new List<ValidationReport>(@case.Cases.Count);
        foreach (var organization in @case.Cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reports.Add(Observe(organization, resolved.Value, options ?? ValidationOptions.Default, cancellationToken));
        }

        return Task.FromResult(Result<IReadOnlyList<ValidationReport>>.Success(reports));
    }

    /// <summary>
    /// Reads a case file from a stream asynchronously (at most <see cref="CaseFileOptions.MaxBytes"/> bytes) and
    /// validates every organization in it; <paramref name="cancellationToken"/> stops the reading and the validation.
    /// </summary>
    /// <param name="caseFile">The case file's JSON, UTF-8.</param>
    /// <param name="editionId">The edition.</param>
    /// <param name="asOf">The date of validation.</param>
    /// <param name="options">Options; the defaults when null.</param>
    /// <param name="readOptions">How to read the file (its name in locations, its size limit); the defaults when null.</param>
    /// <param name="cancellationToken">Stops the reading and the validation.</param>
    /// <returns>One report per organization, or every problem of the file (code and location, as <see cref="CaseFile.ReadAsync"/> gives them), or the edition's error.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<Result<IReadOnlyList<ValidationReport>>> ValidateAsync(Stream caseFile, string editionId, DateOnly asOf, ValidationOptions? options, CaseFileOptions? readOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        var read = await CaseFile.ReadAsync(caseFile, readOptions, cancellationToken).ConfigureAwait(false);
        return read.IsSuccess
            ? await ValidateAsync(read.Value, editionId, asOf, options, cancellationToken).ConfigureAwait(false)
            : Result<IReadOnlyList<ValidationReport>>.Invalid(read.ValidationErrors);
    }

    /// <summary>Validates one organization's case under an already resolved edition.</summary>
    /// <param name="case">The case.</param>
    /// <param name="edition">The resolved edition (its date is the date of validation).</param>
    /// <param name="options">Options.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(MentoringCase @case, ResolvedEdition edition, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(edition);
        return Observe(@case, edition, options ?? ValidationOptions.Default, CancellationToken.None);
    }

    /// <summary>Resolves an edition, recording a refusal (log event, counter) when it cannot be used.</summary>
    private Result<ResolvedEdition> Resolve(string? organizationId, string editionId, DateOnly asOf)
    {
        var resolved = Editions.Resolve(editionId, asOf);
        if (!resolved.IsSuccess)
        {
            _telemetry.Refused(organizationId, editionId ?? string.Empty, asOf, [.. resolved.ValidationErrors]);
        }

        return resolved;
    }

    /// <summary>One organization's validation with its span, its measurements and its log event.</summary>
    private ValidationReport Observe(MentoringCase @case, ResolvedEdition edition, ValidationOptions options, CancellationToken cancellationToken)
    {
        var organizationId = @case.Organization.Id.Value;
        var started = _telemetry.Time.GetTimestamp();
        using var activity = MentoringTelemetry.Start(organizationId, edition.Edition.Id, edition.AsOf);
        try
        {
            var report = Run(@case, edition, options, recorder: null, cancellationToken).Report;
            _telemetry.Completed(activity, report, edition.Edition.Id, started);
            return report;
        }
        catch (Exception exception)
        {
            _telemetry.Failed(activity, exception, organizationId, edition.Edition.Id);
            throw;
        }
    }

    /// <summary>
    /// Explains one rule for a case: its metadata and parameters with their sources under the edition, its findings,
    /// and, when it did not fire (or for the given fact), the engine's why-not report.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="editionId">The edition.</param>
    /// <param name="asOf">The date of validation.</param>
    /// <param name="ruleId">The rule, such as <c>consent.mentor-written</c>.</param>
    /// <param name="fact">A fact of the case (a person, a pair, a program …) to ask about, or null for the rule as a whole.</param>
    /// <returns>The explanation, or MR0101 (unknown rule), MR0202 (unknown edition), MR0206 (edition not in force).</returns>
    public Result<RuleExplanation> Explain(MentoringCase @case, string editionId, DateOnly asOf, string ruleId, object? fact = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(ruleId);
        if (Policies.Find(ruleId) is not { } policy)
        {
            return RuleErrors.UnknownRule(ruleId, Policies.Ids).At("ruleId").Fail();
        }

        return Editions.Resolve(editionId, asOf).Map(edition =>
        {
            var enabled = edition.IsEnabled(ruleId);
            var inForce = policy.EffectiveFrom is null || policy.EffectiveFrom <= asOf;
            var asked = enabled && inForce;
            var recorder = new RejectionRecorder(ruleId, fact);
            var run = Run(@case, edition, ValidationOptions.Default, asked ? recorder : null);
            var findings = run.Report.Of(ruleId).ToArray();
            WhyNotReport? whyNot = null;
            if (asked && (fact is not null || !run.Fired.Contains(ruleId))
                && Plan(edition).Compiled.Rules.FirstOrDefault(r => r.Name == ruleId) is { } definition)
            {
                whyNot = WhyNotEvaluator.Explain(definition, [.. run.Session.Query<object>()], fact, recorder.Rejections);
            }

            return new RuleExplanation(policy, edition, enabled, inForce, findings, whyNot, fact);
        });
    }

    /// <summary>
    /// Opens a live validation of one organization's case: the session stays open, and after each change
    /// (<see cref="LiveValidation.Replace"/>, <see cref="LiveValidation.Add"/>, <see cref="LiveValidation.Remove"/>)
    /// only what depends on the change is re-evaluated; <see cref="LiveValidation.Report"/> is then the report a fresh
    /// <see cref="Validate(MentoringCase, string, DateOnly, ValidationOptions?)"/> of the changed case gives.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="editionId">The edition.</param>
    /// <param name="asOf">The date of validation.</param>
    /// <param name="options">Options, such as redaction.</param>
    /// <returns>The live validation (dispose it when done), or the edition's error.</returns>
    public Result<LiveValidation> Open(MentoringCase @case, string editionId, DateOnly asOf, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return Editions.Resolve(editionId, asOf).Map(edition => Open(@case, edition, options));
    }

    /// <summary>Opens a live validation of one organization's case under an already resolved edition.</summary>
    /// <param name="case">The case.</param>
    /// <param name="edition">The resolved edition.</param>
    /// <param name="options">Options.</param>
    /// <returns>The live validation; dispose it when done.</returns>
    public LiveValidation Open(MentoringCase @case, ResolvedEdition edition, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(edition);
        return new LiveValidation(this, @case, edition, options ?? ValidationOptions.Default);
    }

    /// <summary>
    /// Runs an NRules session over a case and turns the verdicts its rules emitted into a report; the session stays
    /// open for questions. A recorder, when given, listens to the engine's condition evaluations while it runs.
    /// </summary>
    private (ValidationReport Report, ISession Session, IReadOnlySet<string> Fired) Run(MentoringCase @case, ResolvedEdition edition, ValidationOptions options, RejectionRecorder? recorder = null, CancellationToken cancellationToken = default)
    {
        edition = edition.AdoptedBy(AdoptedOn(@case));
        var session = Factory(edition).CreateSession();
        var sink = new VerdictSink();
        session.DependencyResolver = sink;
        if (recorder is not null)
        {
            session.Events.LhsExpressionEvaluatedEvent += recorder.OnEvaluated;
        }

        var evaluation = new Evaluation(@case, edition, options.Redact);
        session.InsertAll(Facts(@case, evaluation));
        session.Fire(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();   // the engine stops quietly: never a partial report
        if (recorder is not null)
        {
            session.Events.LhsExpressionEvaluatedEvent -= recorder.OnEvaluated;
        }

        var organizationId = @case.Organization.Id.Value;
        var findings = new List<Finding>(sink.Verdicts.Count + Policies.Policies.Count);
        var fired = new HashSet<string>(StringComparer.Ordinal);
        var rule = default(FiringRule);
        foreach (var emitted in sink.Verdicts)
        {
            if (ToFinding(organizationId, emitted, edition, options, evaluation, ref rule) is { } finding)
            {
                findings.Add(finding);
                if (rule.Policy != rule.Recorded)
                {
                    fired.Add(finding.RuleId);
                    rule.Recorded = rule.Policy;
                }
            }
        }

        return (Assemble(@case, edition, findings, fired), session, fired);
    }

    /// <summary>
    /// The finding of one verdict of a policy rule, or null for a verdict of a rule that is not a policy. The
    /// verdict's deferred messages will be written under the evaluation's lock (they share its caches).
    /// </summary>
    /// <param name="organizationId">The organization.</param>
    /// <param name="emitted">The verdict as the rule emitted it.</param>
    /// <param name="edition">The edition.</param>
    /// <param name="options">The options.</param>
    /// <param name="evaluation">The validation's evaluation.</param>
    /// <param name="rule">The rule of the previous verdict and its policy: the agenda fires a rule's matches one after another.</param>
    private Finding? ToFinding(string organizationId, EmittedVerdict emitted, ResolvedEdition edition, ValidationOptions options, Evaluation evaluation, ref FiringRule rule)
    {
        var verdict = options.Strict ? emitted.Verdict.Strict() : emitted.Verdict;
        if (!ReferenceEquals(emitted.Rule, rule.Rule))
        {
            rule.Rule = emitted.Rule;
            rule.Policy = Policies.Find(emitted.Rule.Name);
            rule.Parameters = rule.Policy is null ? [] : edition.Parameters(rule.Policy.Id).All;
        }

        if (rule.Policy is not { } policy)
        {
            return null;
        }

        verdict.Gate = evaluation;
        return new Finding(
            organizationId,
            policy,
            verdict,
            options.Redact ? [.. verdict.Subjects.Select(s => s.Redacted())] : verdict.Subjects,
            emitted.Facts,
            rule.Parameters);
    }

    /// <summary>
    /// The report of a case from the findings of the rules that fired (in firing order): a not-applicable finding for
    /// every enabled rule that did not fire, then everything in report order.
    /// </summary>
    internal ValidationReport Assemble(MentoringCase @case, ResolvedEdition edition, List<Finding> findings, IReadOnlySet<string> fired)
    {
        var organizationId = @case.Organization.Id.Value;
        foreach (var policy in Plan(edition).Enabled)
        {
            if (!fired.Contains(policy.Id))
            {
                findings.Add(NotApplicable(organizationId, policy, edition, @case.Organization));
            }
        }

        return new ValidationReport(organizationId, edition.Edition.Id, edition.Chain, edition.AsOf, FindingOrder.Sort(findings, _ranks));
    }

    /// <summary>
    /// The policies that take part on the edition's date: on, already in force, and binding the organization (a rule
    /// of a model the school adopts binds it from the school's own regulation order: readings.md, principle 3).
    /// </summary>
    internal IReadOnlyList<PolicyDescriptor> ActivePolicies(ResolvedEdition edition) =>
        [.. Policies.Policies.Where(p => edition.IsEnabled(p.Id) && (p.EffectiveFrom is null || p.EffectiveFrom <= edition.AsOf) && edition.BindsOn(p.Id, edition.AsOf))];

    /// <summary>
    /// The day the organization adopted its Положение: the date of its earliest order approving it (a regulation
    /// order), whether before or after the date of validation; null when the case has none.
    /// </summary>
    internal static DateOnly? AdoptedOn(MentoringCase @case)
    {
        DateOnly? first = null;
        foreach (var order in @case.Orders)
        {
            if (order is RegulationOrder regulation && regulation.OrganizationId == @case.Organization.Id && (first is null || regulation.Date < first))
            {
                first = regulation.Date;
            }
        }

        return first;
    }

    /// <summary>The compiled rule set of an edition's active policies.</summary>
    internal ISessionFactory Factory(ResolvedEdition edition) => Plan(edition).Compiled.Factory;

    private EditionPlan Plan(ResolvedEdition edition) => _plans.GetValue(edition, e => new EditionPlan(
        Compile(ActivePolicies(e)),
        [.. Policies.Policies.Where(p => e.IsEnabled(p.Id))]));

    /// <summary>
    /// The policies' rules loaded into an NRules <see cref="RuleRepository"/> and compiled, once for each set of
    /// policies (editions that switch on the same rules share one session factory).
    /// </summary>
    internal CompiledRules Compile(IReadOnlyList<PolicyDescriptor> policies)
    {
        var key = string.Join('|', policies.Select(p => p.Id));
        return _compiled.GetOrAdd(key, _ => new Lazy<CompiledRules>(() =>
        {
            var repository = new RuleRepository();
            repository.Load(spec => spec.PrivateTypes().From(policies.Select(p => p.RuleType)));
            return new CompiledRules(repository.Compile(), [.. repository.GetRuleSets().SelectMany(set => set.Rules)]);
        })).Value;
    }

    private static Finding NotApplicable(string organizationId, PolicyDescriptor policy, ResolvedEdition edition, Organization organization)
    {
        var (ru, en) = !edition.BindsOn(policy.Id, edition.AsOf) && edition.AdoptedOn is { } adopted
            ? ($"Положение о системе наставничества действует в организации с даты приказа о его утверждении ({adopted:dd.MM.yyyy}); на {edition.AsOf:dd.MM.yyyy} правило не применяется.",
               $"The regulation on mentoring is in force in the organization from the order approving it ({adopted:yyyy-MM-dd}); on {edition.AsOf:yyyy-MM-dd} the rule does not apply.")
            : policy.EffectiveFrom is { } from && from > edition.AsOf
            ? ($"Правило действует с {from:dd.MM.yyyy}; на {edition.AsOf:dd.MM.yyyy} оно не применяется.",
               $"The rule is in force from {from:yyyy-MM-dd}; on {edition.AsOf:yyyy-MM-dd} it does not apply.")
            : ("В деле нет того, к чему применяется правило.", "The case has nothing the rule applies to.");
        return new Finding(organizationId, policy, Outcome.NotApplicable, ru, en, [Subject.Of(organization)], [], edition.Parameters(policy.Id).All, []);
    }

    /// <summary>Every fact of a case, as the policies match them, in insertion order.</summary>
    internal static List<object> Facts(MentoringCase @case, Evaluation evaluation)
    {
        var mentors = @case.MentorRegistry;
        var mentees = @case.MenteeRegistry;
        var activities = 0;
        foreach (var roadmap in @case.Roadmaps)
        {
            activities += roadmap.Activities.Count;
        }

        var facts = new List<object>(2 + @case.Teachers.Count + @case.Students.Count + @case.ExternalPeople.Count + @case.Orders.Count + @case.Consents.Count + @case.Addenda.Count
            + @case.Pairs.Count + @case.Programs.Count + @case.Petitions.Count + @case.Roadmaps.Count + activities
            + @case.Assessments.Count + @case.Reports.Count + (mentors is null ? 0 : 1 + mentors.Records.Count)
            + (mentees is null ? 0 : 1 + mentees.Records.Count))
        {
            evaluation,
            @case.Organization,
        };
        AddAll(facts, @case.Teachers); // the people: teachers, students, then people from outside
        AddAll(facts, @case.Students);
        AddAll(facts, @case.ExternalPeople);
        AddAll(facts, @case.Orders);
        AddAll(facts, @case.Consents);
        AddAll(facts, @case.Addenda);
        AddAll(facts, @case.Pairs);
        AddAll(facts, @case.Programs);
        AddAll(facts, @case.Petitions);
        AddAll(facts, @case.Roadmaps);
        foreach (var roadmap in @case.Roadmaps)
        {
            AddAll(facts, roadmap.Activities);
        }

        AddAll(facts, @case.Assessments);
        AddAll(facts, @case.Reports);
        if (mentors is not null)
        {
            facts.Add(mentors);
            AddAll(facts, mentors.Records);
        }

        if (mentees is not null)
        {
            facts.Add(mentees);
            AddAll(facts, mentees.Records);
        }

        return facts;
    }

    /// <summary>Adds a list's items by index (no enumerator: the lists are of facts' own types, not of objects).</summary>
    private static void AddAll<T>(List<object> facts, IReadOnlyList<T> items)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            facts.Add(items[i]);
        }
    }

    /// <summary>
    /// The references of a firing's facts, in order, without the evaluation. (Every reference is a new object, so none
    /// is a duplicate of another: there is nothing to make distinct.)
    /// </summary>
    internal static FactReference[] Describe(IReadOnlyList<object> facts)
    {
        var count = 0;
        for (var k = 0; k < facts.Count; k++)
        {
            if (facts[k] is not Evaluation)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var references = new FactReference[count];
        var i = 0;
        for (var k = 0; k < facts.Count; k++)
        {
            if (facts[k] is not Evaluation)
            {
                references[i++] = Describe(facts[k]);
            }
        }

        return references;
    }

    internal static FactReference Describe(object fact) => fact switch
    {
        IPerson p => new FactReference(p.GetType().Name, p.Id.Value),
        Organization o => new FactReference(nameof(Organization), o.Id.Value),
        Order o => new FactReference(o.GetType().Name, o.Id.Value),
        Consent c => new FactReference(nameof(Consent), c.Id.Value),
        EmploymentAddendum a => new FactReference(nameof(EmploymentAddendum), a.Id.Value),
        MentoringPair p => new FactReference(nameof(MentoringPair), p.Id.Value),
        PersonalizedProgram p => new FactReference(nameof(PersonalizedProgram), p.Id.Value),
        Petition p => new FactReference(nameof(Petition), p.Id.Value),
        Roadmap r => new FactReference(nameof(Roadmap), r.Id.Value),
        RoadmapActivity a => new FactReference(nameof(RoadmapActivity), a.Number),
        Assessment a => new FactReference(nameof(Assessment), a.Id.Value),
        MonitoringReport r => new FactReference(nameof(MonitoringReport), r.Id.Value),
        MentorRecord r => new FactReference(nameof(MentorRecord), r.Id.Value),
        MenteeRecord r => new FactReference(nameof(MenteeRecord), r.Id.Value),
        _ => new FactReference(fact.GetType().Name, fact.ToString() ?? string.Empty),
    };

    /// <summary>The rule of the output being turned into a finding, with its policy and parameters (see <see cref="ToFinding"/>).</summary>
    internal struct FiringRule
    {
        internal IRuleDefinition? Rule;
        internal PolicyDescriptor? Policy;
        internal IReadOnlyList<ParameterValue> Parameters;

        /// <summary>The policy last recorded as fired, by the caller.</summary>
        internal PolicyDescriptor? Recorded;
    }

    /// <summary>What one resolved edition validates with: the compiled rule set and the policies it switches on, in catalogue order.</summary>
    private sealed record EditionPlan(CompiledRules Compiled, PolicyDescriptor[] Enabled);

    /// <summary>A compiled rule set: the NRules session factory and the rule definitions it was compiled from.</summary>
    internal sealed record CompiledRules(ISessionFactory Factory, IRuleDefinition[] Rules);

    /// <summary>
    /// Report order: rule, main subject, outcome, then the other subjects in turn (the two records of one number in the
    /// mentor and mentee registries, say), then the message; findings equal in all of these keep their order. The
    /// message comes last because reading it writes it.
    /// </summary>
    internal sealed class FindingOrder : IComparer<Finding>
    {
        internal static readonly FindingOrder Instance = new();

        /// <summary>
        /// The findings in report order, a stable sort (ties keep the order the rules fired in): placed by rule first
        /// (<paramref name="ranks"/>, each policy's place in identifier order), then sorted within each rule, where
        /// findings are few.
        /// </summary>
        internal static Finding[] Sort(List<Finding> findings, Dictionary<PolicyDescriptor, int> ranks)
        {
            var rank = new int[findings.Count];
            var starts = new int[ranks.Count + 1];
            for (var i = 0; i < rank.Length; i++)
            {
                rank[i] = ranks[findings[i].Policy];
                starts[rank[i] + 1]++;
            }

            for (var r = 1; r < starts.Length; r++)
            {
                starts[r] += starts[r - 1];
            }

            var sorted = new Finding[rank.Length];
            var next = starts[..^1];
            for (var i = 0; i < rank.Length; i++)
            {
                sorted[next[rank[i]]++] = findings[i];
            }

            for (var r = 0; r + 1 < starts.Length; r++)
            {
                if (starts[r + 1] - starts[r] <= 32)
                {
                    InsertionSort(sorted, starts[r], starts[r + 1]);
                }
                else
                {
                    StableSort(sorted, starts[r], starts[r + 1]);
                }
            }

            return sorted;
        }

        /// <summary>Sorts a long run of one rule's findings in place, stably (ties by their position).</summary>
        private static void StableSort(Finding[] findings, int from, int to)
        {
            var run = new (Finding Finding, int Position)[to - from];
            for (var i = 0; i < run.Length; i++)
            {
                run[i] = (findings[from + i], i);
            }

            Array.Sort(run, static (x, y) =>
            {
                var c = Instance.Compare(x.Finding, y.Finding);
                return c != 0 ? c : x.Position.CompareTo(y.Position);
            });
            for (var i = 0; i < run.Length; i++)
            {
                findings[from + i] = run[i].Finding;
            }
        }

        /// <summary>Sorts one rule's findings in place; stable (a finding moves only past greater ones).</summary>
        private static void InsertionSort(Finding[] findings, int from, int to)
        {
            for (var i = from + 1; i < to; i++)
            {
                var finding = findings[i];
                var j = i - 1;
                while (j >= from && Instance.Compare(findings[j], finding) > 0)
                {
                    findings[j + 1] = findings[j];
                    j--;
                }

                findings[j + 1] = finding;
            }
        }

        public int Compare(Finding? x, Finding? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var c = ReferenceEquals(x.Policy, y.Policy) ? 0 : string.CompareOrdinal(x.RuleId, y.RuleId);
            if (c != 0)
            {
                return c;
            }

            c = Compare(x.Subjects.Count > 0 ? x.Subjects[0] : null, y.Subjects.Count > 0 ? y.Subjects[0] : null);
            if (c == 0)
            {
                c = ((int)x.Outcome).CompareTo((int)y.Outcome);
            }

            for (var i = 1; c == 0 && i < Math.Min(x.Subjects.Count, y.Subjects.Count); i++)
            {
                c = Compare(x.Subjects[i], y.Subjects[i]);
            }

            if (c == 0)
            {
                c = x.Subjects.Count.CompareTo(y.Subjects.Count);
            }

            return c != 0 ? c : string.CompareOrdinal(x.MessageEn, y.MessageEn);
        }

        private static int Compare(Subject? x, Subject? y)
        {
            var c = ((int)(x?.Kind ?? 0)).CompareTo((int)(y?.Kind ?? 0)); // as ints: Enum.CompareTo boxes
            return c != 0 ? c : string.CompareOrdinal(x?.Id, y?.Id);
        }
    }
}
