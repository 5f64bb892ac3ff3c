using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mentoring.EntityFrameworkCore.Conversions;

/// <summary>
/// Stores a set of enum values (the kinds of mentoring a pair or program practises) as their numbers separated by commas,
/// in order («1,3»); reads them back into a sorted set.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class CodeSetConverter<TEnum> : ValueConverter<IReadOnlySet<TEnum>, string>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public CodeSetConverter()
        : base(set => Write(set), text => Read(text))
    {
    }

    /// <summary>Compares sets by their elements.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "One comparer per enum, beside its converter.")]
    public static ValueComparer<IReadOnlySet<TEnum>> Comparer { get; } = new(
        (a, b) => a == null ? b == null : b != null && a.SetEquals(b),
        set => set.Aggregate(0, (hash, value) => HashCode.Combine(hash, value)),
        set => ImmutableSortedSet.CreateRange(set));

    private static string Write(IReadOnlySet<TEnum> set) =>
        string.Join(',', set.Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).Order());

    private static ImmutableSortedSet<TEnum> Read(string text) =>
        ImmutableSortedSet.CreateRange(text.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => (TEnum)Enum.ToObject(typeof(TEnum), int.Parse(part, System.Globalization.CultureInfo.InvariantCulture))));
}
