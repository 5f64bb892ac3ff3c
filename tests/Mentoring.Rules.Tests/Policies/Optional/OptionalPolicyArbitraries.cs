using FsCheck;
using FsCheck.Fluent;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Optional;

/// <summary>One of a mentor's pairs: its mentees (indexes into a pool of four teachers) and its program's term.</summary>
public readonly record struct LoadPair(int[] Mentees, DateOnly Start, DateOnly End);

/// <summary>A mentor's pairs with their programs, the cap and the date of validation.</summary>
public sealed record MentorLoad(LoadPair[] Pairs, int Max, DateOnly AsOf);

/// <summary>A student who joined a pair at some age, and a date of validation some days later.</summary>
public readonly record struct JoinedStudent(DateOnly Born, DateOnly Joined, int LaterDays);

/// <summary>The generators of the optional and pair policies' property tests (FsCheck picks them by type).</summary>
public static class OptionalPolicyArbitraries
{
    /// <summary>One to four pairs with programs in 2023–2024 of up to 200 days, a cap of 1 to 3, a date in 2023–2024.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MentorLoad> Loads()
    {
        var pair = from start in Gen.Choose(0, 600)
                   from days in Gen.Choose(0, 200)
                   from mentees in Gen.SubListOf(new[] { 0, 1, 2, 3 }).Where(l => l.Count != 0)
                   select new LoadPair([.. mentees], D(2023, 1, 1).AddDays(start), D(2023, 1, 1).AddDays(start + days));
        var load = from pairs in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(pair, n))
                   from max in Gen.Choose(1, 3)
                   from asOf in Gen.Choose(0, 730).Select(d => D(2023, 1, 1).AddDays(d))
                   select new MentorLoad(pairs, max, asOf);
        return load.ToArbitrary();
    }

    /// <summary>A student born 2000–2016 who joined a pair in 2015–2025, validated 0 to 3000 days after joining.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<JoinedStudent> Students()
    {
        var student = from born in Gen.Choose(0, 6000).Select(d => D(2000, 1, 1).AddDays(d))
                      from joined in Gen.Choose(0, 4000).Select(d => D(2015, 1, 1).AddDays(d))
                      from later in Gen.Choose(0, 3000)
                      where joined > born
                      select new JoinedStudent(born, joined, later);
        return student.ToArbitrary();
    }
}
