namespace Mentoring.Domain.Calendar;

/// <summary>
/// An answer of the <see cref="ProductionCalendar"/> and whether it is approximate: computed for a year the calendar
/// holds no official data for, from weekends and the holidays of ТК РФ ст. 112 alone.
/// </summary>
/// <typeparam name="T">The type of the answer.</typeparam>
/// <remarks>
/// readings.md, «Months, days and deadlines»: for a year the library does not ship, working days are weekends and the
/// holidays of ст. 112 with ч. 2's transfer, and the finding says the calendar is approximate.
/// </remarks>
public sealed class CalendarAnswer<T>
{
    internal CalendarAnswer(T value, bool isApproximate)
    {
        Value = value;
        IsApproximate = isApproximate;
    }

    /// <summary>The answer.</summary>
    public T Value { get; }

    /// <summary>True when a day the answer depends on lies in a year without official data.</summary>
    public bool IsApproximate { get; }

    /// <inheritdoc />
    public override string ToString() => IsApproximate ? $"{Value} (approximate)" : $"{Value}";
}
