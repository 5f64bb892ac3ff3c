using FsCheck;
using FsCheck.Fluent;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Programs;

/// <summary>The term of a program: a start from 2020 to about 2028 and an end 0 to 500 days later.</summary>
public readonly record struct ProgramTermDates(DateOnly Start, DateOnly End);

/// <summary>The generators of the program policies' property tests (FsCheck picks them by type).</summary>
public static class ProgramPolicyArbitraries
{
    /// <summary>
    /// Any start, any length up to 500 days; half of them starting on a 1st, a month's last days or any day, and
    /// ending within two days of 3 or 12 months, where the two readings of a month part.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProgramTermDates> Terms()
    {
        var any = from start in Gen.Choose(0, 3000).Select(d => D(2020, 1, 1).AddDays(d))
                  from days in Gen.Choose(0, 500)
                  select new ProgramTermDates(start, start.AddDays(days));
        var starts = Gen.OneOf(
            Gen.Choose(0, 3000).Select(d => D(2020, 1, 1).AddDays(d)),
            Gen.Choose(0, 99).Select(m => D(2020, 1, 1).AddMonths(m)),
            Gen.Choose(0, 99).SelectMany(m => Gen.Choose(0, 3).Select(back => D(2020, 1, 1).AddMonths(m + 1).AddDays(-1 - back))));
        var edges = from start in starts
                    from months in Gen.Elements(3, 12)
                    from delta in Gen.Choose(-2, 2)
                    select new ProgramTermDates(start, start.AddDays(-1).AddMonths(months).AddDays(delta));
        return Gen.OneOf(any, edges).ToArbitrary();
    }
}
