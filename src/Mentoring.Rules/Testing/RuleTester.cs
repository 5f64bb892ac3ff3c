using System.Globalization;
using System.Text;
using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Mentoring.Rules.Testing;

/// <summary>An assertion of <see cref="RuleTester"/> failed.</summary>
public sealed class RuleAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleAssertionException()
        : this("A rule assertion failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, with the verdicts and a why-not explanation.</param>
    public RuleAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public RuleAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// A test kit for authors of policy rules written in NRules, independent of any test framework: it compiles the
/// rules under test alone into an NRules session, inserts a case (with its <see cref="Evaluation"/>: the edition and
/// the date) or single facts, fires, and asserts the verdicts. A failed assertion throws
/// <see cref="RuleAssertionException"/>, whose message lists the verdicts and explains why the rule did not match.
/// <code>
/// RuleTester.For&lt;MentorCompetencesOnRecord&gt;("school-1", new DateOnly(2024, 9, 1), "editions/school-1.json")
///     .Case(myCase).Fire()
///     .AssertVerdict(Outcome.Violated, v =&gt; v.Subjects[0].Id == "t-1");
/// </code>
/// </summary>
public sealed class RuleTester
{
    private readonly IRuleDefinition[] _rules;
    private readonly VerdictSink _sink = new();
    private readonly List<IRuleDefinition> _fired = [];
    private readonly ResolvedEdition _edition;
    private Evaluation? _evaluation;

    private RuleTester(ISessionFactory factory, IRuleDefinition[] rules, ResolvedEdition edition)
    {
        _rules = rules;
        _edition = edition;
        Session = factory.CreateSession();
        Session.DependencyResolver = _sink;
        Session.Events.RuleFiredEvent += (_, e) => _fired.Add(e.Rule);
    }

    /// <summary>The NRules session under test.</summary>
    public ISession Session { get; }

    /// <summary>The verdicts the rules emitted so far, in firing order.</summary>
    public IReadOnlyList<Verdict> Verdicts => [.. _sink.Verdicts.Select(v => v.Verdict)];

    /// <summary>
    /// A tester of one rule class under an edition on a date. The rule's policy metadata is read from its attributes;
    /// an edition file (or bundled edition) gives its switches and parameters.
    /// </summary>
    /// <typeparam name="TRule">The rule class (an NRules rule with policy attributes).</typeparam>
    /// <param name="editionId">The edition, such as <c>federal-2021</c> or the identifier in <paramref name="editionFiles"/>.</param>
    /// <param name="asOf">The date of validation.</param>
    /// <param name="editionFiles">Edition files to load beside the bundled editions.</param>
    /// <returns>The tester.</returns>
    public static RuleTester For<TRule>(string editionId, DateOnly asOf, params IEnumerable<string> editionFiles)
        where TRule : Rule => For([typeof(TRule)], editionId, asOf, editionFiles);

    /// <summary>A tester of several rule classes under an edition on a date.</summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <param name="editionId">The edition.</param>
    /// <param name="asOf">The date of validation.</param>
    /// <param name="editionFiles">Edition files to load beside the bundled editions.</param>
    /// <returns>The tester.</returns>
    public static RuleTester For(IEnumerable<Type> ruleTypes, string editionId, DateOnly asOf, params IEnumerable<string> editionFiles)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        ArgumentNullException.ThrowIfNull(editionId);
        ArgumentNullException.ThrowIfNull(editionFiles);
        var types = ruleTypes.ToArray();
        var bundled = PolicyCatalog.Bundled;
        var extra = types.Where(t => !bundled.Policies.Any(p => p.RuleType == t)).ToArray();
        var policies = extra.Length == 0 ? bundled : Required(bundled.With(extra), "rules");
        var editions = Required(EditionCatalog.BundledFor(policies), "editions");
        var files = editionFiles.ToArray();
        if (files.Length != 0)
        {
            editions = Required(editions.WithFiles(files), "edition files");
        }

        var edition = Required(editions.Resolve(editionId, asOf), "edition");
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From(types));
        return new RuleTester(repository.Compile(), [.. repository.GetRuleSets().SelectMany(s => s.Rules)], edition);
    }

    /// <summary>Inserts a whole case, as the validator does: the evaluation (edition, date, redaction) and every fact.</summary>
    /// <param name="case">The case.</param>
    /// <param name="redact">True to leave names out of messages.</param>
    /// <returns>This tester.</returns>
    public RuleTester Case(MentoringCase @case, bool redact = false)
    {
        ArgumentNullException.ThrowIfNull(@case);
        _evaluation = new Evaluation(@case, _edition, redact);
        Session.InsertAll(MentoringValidator.Facts(@case, _evaluation));
        return this;
    }

    /// <summary>Inserts facts (after <see cref="Case"/>, or with an <see cref="Evaluation"/> of your own).</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>This tester.</returns>
    public RuleTester Insert(params IEnumerable<object> facts)
    {
        Session.InsertAll(facts);
        return this;
    }

    /// <summary>Updates facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>This tester.</returns>
    public RuleTester Update(params IEnumerable<object> facts)
    {
        Session.UpdateAll(facts);
        return this;
    }

    /// <summary>Retracts facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>This tester.</returns>
    public RuleTester Retract(params IEnumerable<object> facts)
    {
        Session.RetractAll(facts);
        return this;
    }

    /// <summary>Fires the rules.</summary>
    /// <returns>This tester.</returns>
    public RuleTester Fire()
    {
        Session.Fire();
        return this;
    }

    /// <summary>Asserts the rule under test fired exactly once.</summary>
    /// <returns>This tester.</returns>
    public RuleTester AssertFiredOnce() => AssertFiredTimes(1);

    /// <summary>Asserts the rule under test did not fire.</summary>
    /// <returns>This tester.</returns>
    public RuleTester AssertDidNotFire() => AssertFiredTimes(0);

    /// <summary>Asserts the rule under test fired exactly <paramref name="times"/> times.</summary>
    /// <param name="times">The expected count.</param>
    /// <returns>This tester.</returns>
    public RuleTester AssertFiredTimes(int times)
    {
        var rule = SingleRule();
        var fired = _fired.Count(r => r.Name == rule.Name);
        if (fired != times)
        {
            Fail($"Expected rule '{rule.Name}' to fire {Times(times)}, but it fired {Times(fired)}.", rule);
        }

        return this;
    }

    /// <summary>Asserts that one of the verdicts has the outcome and satisfies the predicate.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="predicate">What else the verdict must satisfy (its subjects, its messages …).</param>
    /// <returns>This tester.</returns>
    public RuleTester AssertVerdict(Outcome outcome, Func<Verdict, bool>? predicate = null)
    {
        if (!_sink.Verdicts.Any(v => v.Verdict.Outcome == outcome && (predicate is null || predicate(v.Verdict))))
        {
            Fail($"Expected a verdict {outcome}{(predicate is null ? string.Empty : " that satisfies the predicate")}, but none was emitted.", _rules.Length == 1 ? _rules[0] : null);
        }

        return this;
    }

    /// <summary>Asserts that no verdict has the outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>This tester.</returns>
    public RuleTester AssertNoVerdict(Outcome outcome)
    {
        if (_sink.Verdicts.Any(v => v.Verdict.Outcome == outcome))
        {
            Fail($"Expected no verdict {outcome}, but there is one.", null);
        }

        return this;
    }

    private IRuleDefinition SingleRule() => _rules.Length == 1
        ? _rules[0]
        : throw new InvalidOperationException("The tester has several rules: assert on verdicts instead.");

    private static string Times(int n) => n.ToString(CultureInfo.InvariantCulture) + (n == 1 ? " time" : " times");

    private void Fail(string what, IRuleDefinition? rule)
    {
        var text = new StringBuilder(what);
        text.AppendLine().Append("Verdicts:");
        if (_sink.Verdicts.Count == 0)
        {
            text.Append(" none");
        }

        foreach (var (fired, _, verdict) in _sink.Verdicts)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {fired.Name}: {verdict.Outcome} — {verdict.MessageEn}");
        }

        if (rule is not null)
        {
            text.AppendLine().Append(WhyNotEvaluator.Explain(rule, [.. Session.Query<object>()], null, []));
        }

        throw new RuleAssertionException(text.ToString());
    }

    private static T Required<T>(Result<T> result, string what) => result.IsSuccess
        ? result.Value
        : throw new ArgumentException($"The {what} could not be loaded: {result.ValidationErrors.Describe()}");
}
