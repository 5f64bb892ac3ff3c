using System.Globalization;
using Mentoring.Rules.Network;
using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Runtime;

/// <summary>The record of one rule firing: the rule, the matched facts and every binding (explanation).</summary>
public sealed class FiringRecord
{
    private readonly Activation _activation;
    private IReadOnlyList<object>? _facts;
    private IReadOnlyDictionary<string, object?>? _bindings;

    internal FiringRecord(long sequence, Activation activation)
    {
        Sequence = sequence;
        _activation = activation;
    }

    /// <summary>The 1-based number of the firing within its session.</summary>
    public long Sequence { get; }

    /// <summary>The rule that fired.</summary>
    public RuleDefinition Rule => _activation.Terminal.Branch.Rule.Definition;

    /// <summary>For a rule with <c>Or</c>: the 0-based index of the branch that matched.</summary>
    public int Branch => _activation.Terminal.Branch.Index;

    /// <summary>The facts matched by the rule's patterns, in pattern order (as they were when the match was made).</summary>
    public IReadOnlyList<object> Facts => _facts ??= CollectFacts(_activation);

    /// <summary>Every binding of the match by declaration name: pattern facts, <c>Let</c> values and aggregate results.</summary>
    public IReadOnlyDictionary<string, object?> Bindings => _bindings ??= CollectBindings(_activation);

    internal Activation Activation => _activation;

    /// <summary>Materialises the facts and bindings before the match is modified in place (a record shows the match as it fired).</summary>
    internal void Snapshot()
    {
        _facts ??= CollectFacts(_activation);
        _bindings ??= CollectBindings(_activation);
    }

    /// <summary>The value bound to <paramref name="name"/>.</summary>
    /// <typeparam name="T">The expected type.</typeparam>
    /// <param name="name">A declaration name.</param>
    /// <returns>The value.</returns>
    public T Get<T>(string name) => Bindings.TryGetValue(name, out var value)
        ? (T)value!
        : throw new KeyNotFoundException($"Rule '{Rule.Id}' has no binding named '{name}'.");

    /// <summary>The first matched fact of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The fact.</returns>
    public T Fact<T>() => Facts.OfType<T>().FirstOrDefault() ?? throw new KeyNotFoundException($"Rule '{Rule.Id}' matched no fact of type {typeof(T).Name}.");

    /// <inheritdoc />
    public override string ToString() =>
        "#" + Sequence.ToString(CultureInfo.InvariantCulture) + " " + Rule.Id + "(" + string.Join(", ", Bindings.Select(b => b.Key + "=" + Display.Of(b.Value))) + ")";

    internal static IReadOnlyList<object> CollectFacts(Activation activation)
    {
        // One exact-size array (a firing's facts are read once per output, on a hot path).
        var branch = activation.Terminal.Branch;
        var slots = branch.Slots;
        var facts = new object[branch.FactSlotCount];
        var count = 0;
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            if (slot.IsFact && activation.ValueAt(slot.Level) is { } value)
            {
                facts[count++] = value;
            }
        }

        if (count < facts.Length)
        {
            Array.Resize(ref facts, count);
        }

        return facts;
    }

    internal static IReadOnlyDictionary<string, object?> CollectBindings(Activation activation)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var slot in activation.Terminal.Branch.Slots)
        {
            result[slot.Declaration.Name] = activation.ValueAt(slot.Level);
        }

        return result;
    }
}

/// <summary>An output produced by an action with <see cref="IContext.Emit"/>.</summary>
/// <param name="Rule">The rule that produced it.</param>
/// <param name="Value">The output.</param>
/// <param name="Firing">The firing that produced it.</param>
public sealed record RuleOutput(RuleDefinition Rule, object Value, FiringRecord Firing);

internal static class Display
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        System.Collections.ICollection c => value.GetType().Name + "[" + c.Count.ToString(CultureInfo.InvariantCulture) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };
}
