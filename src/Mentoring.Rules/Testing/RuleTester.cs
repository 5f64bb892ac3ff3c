using System.Globalization;
using Mentoring.Rules.Fluent;
using Mentoring.Rules.Runtime;

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
    /// <param name="message">What failed, with the firings and a why-not explanation.</param>
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
/// A small fluent test kit for rule authors, independent of any test framework: failures throw
/// <see cref="RuleAssertionException"/> whose message lists the firings and explains why a rule did not fire.
/// <code>RuleTester.For&lt;MyRule&gt;().Insert(a, b).Fire().AssertFiredOnce();</code>
/// </summary>
public sealed class RuleTester
{
    private readonly string? _ruleId;

    private RuleTester(ISession session, string? ruleId)
    {
        Session = session;
        _ruleId = ruleId;
    }

    /// <summary>The session under test.</summary>
    public ISession Session { get; }

    /// <summary>A tester over one rule class; the <c>Assert…</c> overloads without a type argument refer to it.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <returns>The tester.</returns>
    public static RuleTester For<TRule>()
        where TRule : Rule, new()
    {
        var rule = new TRule();
        var factory = new RuleRepository().Add(rule).Compile();
        return new RuleTester(factory.CreateSession(), factory.Rules[0].Id);
    }

    /// <summary>A tester over several rule classes; use the <c>Assert…&lt;TRule&gt;</c> overloads.</summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>The tester.</returns>
    public static RuleTester For(params IEnumerable<Type> ruleTypes)
    {
        var factory = new RuleRepository().Load(ruleTypes).Compile();
        return new RuleTester(factory.CreateSession(), factory.Rules.Count == 1 ? factory.Rules[0].Id : null);
    }

    /// <summary>Inserts facts.</summary>
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

    /// <summary>Fires all rules.</summary>
    /// <returns>This tester.</returns>
    public RuleTester Fire()
    {
        Session.Fire();
        return this;
    }

    /// <summary>Asserts the tester's rule fired exactly once.</summary>
    /// <returns>This tester.</returns>
    public RuleTester AssertFiredOnce() => AssertFiredTimes(1);

    /// <summary>Asserts the tester's rule fired exactly <paramref name="times"/> times.</summary>
    /// <param name="times">The expected count.</param>
    /// <returns>This tester.</returns>
    public RuleTester AssertFiredTimes(int times) => AssertFiredTimes(SingleRule(), times, null);

    /// <summary>Asserts the tester's rule did not fire.</summary>
    /// <returns>This tester.</returns>
    public RuleTester AssertDidNotFire() => AssertFiredTimes(SingleRule(), 0, null);

    /// <summary>Asserts <typeparamref name="TRule"/> fired exactly once.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <returns>This tester.</returns>
    public RuleTester AssertFiredOnce<TRule>()
        where TRule : Rule, new() => AssertFiredTimes(new TRule().RuleId, 1, null);

    /// <summary>Asserts <typeparamref name="TRule"/> fired exactly <paramref name="times"/> times.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <param name="times">The expected count.</param>
    /// <returns>This tester.</returns>
    public RuleTester AssertFiredTimes<TRule>(int times)
        where TRule : Rule, new() => AssertFiredTimes(new TRule().RuleId, times, null);

    /// <summary>Asserts <typeparamref name="TRule"/> did not fire.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <returns>This tester.</returns>
    public RuleTester AssertDidNotFire<TRule>()
        where TRule : Rule, new() => AssertFiredTimes(new TRule().RuleId, 0, null);

    /// <summary>Asserts <typeparamref name="TRule"/> fired at least once with a match satisfying <paramref name="predicate"/>.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <param name="predicate">A test of the firing (its facts and bindings); any firing when null.</param>
    /// <returns>This tester.</returns>
    public RuleTester AssertFired<TRule>(Func<FiringRecord, bool>? predicate = null)
        where TRule : Rule, new() => AssertFired(new TRule().RuleId, predicate);

    /// <summary>Asserts the tester's rule fired at least once with a match satisfying <paramref name="predicate"/>.</summary>
    /// <param name="predicate">A test of the firing; any firing when null.</param>
    /// <returns>This tester.</returns>
    public RuleTester AssertFired(Func<FiringRecord, bool>? predicate = null) => AssertFired(SingleRule(), predicate);

    /// <summary>Asserts some action emitted an output of type <typeparamref name="T"/> satisfying <paramref name="predicate"/>.</summary>
    /// <typeparam name="T">The output type.</typeparam>
    /// <param name="predicate">A test of the output; any when null.</param>
    /// <returns>This tester.</returns>
    public RuleTester AssertEmitted<T>(Func<T, bool>? predicate = null)
    {
        if (!Session.Outputs.Any(o => o.Value is T value && (predicate is null || predicate(value))))
        {
            throw new RuleAssertionException($"Expected an output of type {typeof(T).Name}{(predicate is null ? string.Empty : " satisfying the predicate")}, but the outputs were: {Outputs()}.{Environment.NewLine}{Firings()}");
        }

        return this;
    }

    private RuleTester AssertFired(string ruleId, Func<FiringRecord, bool>? predicate)
    {
        var firings = Session.Firings.Where(f => f.Rule.Id == ruleId).ToList();
        if (!firings.Any(f => predicate is null || predicate(f)))
        {
            var what = firings.Count == 0 ? "it did not fire" : $"none of its {firings.Count.ToString(CultureInfo.InvariantCulture)} firing(s) satisfied the predicate";
            throw new RuleAssertionException($"Expected rule '{ruleId}' to fire{(predicate is null ? string.Empty : " with a matching firing")}, but {what}.{Environment.NewLine}{Firings()}{Environment.NewLine}{Session.WhyNot(ruleId)}");
        }

        return this;
    }

    private RuleTester AssertFiredTimes(string ruleId, int times, Func<FiringRecord, bool>? predicate)
    {
        var count = Session.Firings.Count(f => f.Rule.Id == ruleId && (predicate is null || predicate(f)));
        if (count != times)
        {
            var why = count < times ? Environment.NewLine + Session.WhyNot(ruleId) : string.Empty;
            throw new RuleAssertionException($"Expected rule '{ruleId}' to fire {times.ToString(CultureInfo.InvariantCulture)} time(s), but it fired {count.ToString(CultureInfo.InvariantCulture)} time(s).{Environment.NewLine}{Firings()}{why}");
        }

        return this;
    }

    private string SingleRule() =>
        _ruleId ?? throw new InvalidOperationException("This tester has several rules: use the Assert…<TRule>() overloads.");

    private string Firings() =>
        Session.Firings.Count == 0 ? "No rule fired." : "Firings:" + Environment.NewLine + string.Join(Environment.NewLine, Session.Firings.Select(f => "  " + f));

    private string Outputs() => Session.Outputs.Count == 0 ? "none" : string.Join(", ", Session.Outputs.Select(o => Display.Of(o.Value)));
}
