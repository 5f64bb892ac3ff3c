using FsCheck;
using FsCheck.Fluent;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Programs;

/// <summary>The term of a program: a start from 2020 to about 2028 and an end 0 to 500 days later.</summary>
public readonly record struct ProgramTermDates(DateOnly Start, DateOnly End);

/// <summary>The generators of the program policies' property tests (FsCheck picks them by type).</summary>
public static class ProgramPolicyArbitraries
{
    /// <summary>Any start, any length up to 500 days.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProgramTermDates> Terms() =>
        (from start in Gen.Choose(0, 3000).Select(d => D(2020, 1, 1).AddDays(d))
         from days in Gen.Choose(0, 500)
         select new ProgramTermDates(start, start.AddDays(days)))
            .ToArbitrary();
}
