using FsCheck;
using FsCheck.Fluent;
using Mentoring.Domain.People;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.People;

/// <summary>A name of hyphenated, apostrophed or short parts, with or without a patronymic.</summary>
public sealed record NameWithOptionalPatronymic(PersonName Name);

/// <summary>A name of three parts, some of them two letters long.</summary>
public sealed record ThreePartName(PersonName Name);

/// <summary>A teacher's birth date, career start and the day asked about, each from 1960 to 2019.</summary>
public readonly record struct TeacherDates(DateOnly Birth, DateOnly Start, DateOnly AsOf);

/// <summary>Days after 1 January 1970 of a career start (0–20000) and an earlier reckoning (0–20000), and the days to a later one (0–2000).</summary>
public readonly record struct ExperienceDays(int CareerStart, int Earlier, int Later);

/// <summary>Two grades from 1 to 11.</summary>
public readonly record struct GradePair(int First, int Second);

/// <summary>The generators of the people's property tests (FsCheck picks them by type).</summary>
public static class PeopleArbitraries
{
    /// <summary>Names whose parts include «Анна-Мария» and «Д'Арк»; the patronymic is missing in half of them.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NameWithOptionalPatronymic> NamesWithOptionalPatronymic()
    {
        var part = Gen.Elements("Иванова", "Мария", "Петровна", "Анна-Мария", "Ким", "Д'Арк", "Ёлкин");
        return TupleGen.Zip(part, part, Gen.OneOf(part.Select(p => (string?)p), Gen.Constant((string?)null)))
            .Select(t => new NameWithOptionalPatronymic(PersonName.Create(t.Item1, t.Item2, t.Item3).Value))
            .ToArbitrary();
    }

    /// <summary>Names of three parts out of five.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ThreePartName> ThreePartNames()
    {
        var part = Gen.Elements("Иванова", "Мария", "Петровна", "Ли", "Ёлкин");
        return TupleGen.Zip(part, part, part).Select(t => new ThreePartName(PersonName.Create(t.Item1, t.Item2, t.Item3).Value)).ToArbitrary();
    }

    /// <summary>Three dates from 1960 on, sixty years long.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TeacherDates> TeacherDates()
    {
        var dates = Gen.Choose(0, 365 * 60).Select(d => new DateOnly(1960, 1, 1).AddDays(d));
        return TupleGen.Zip(dates, dates, dates).Select(t => new TeacherDates(t.Item1, t.Item2, t.Item3)).ToArbitrary();
    }

    /// <summary>A career start, an earlier and a later reckoning.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExperienceDays> ExperienceDays() =>
        TupleGen.Zip(Gen.Choose(0, 20000), Gen.Choose(0, 20000), Gen.Choose(0, 2000)).Select(t => new ExperienceDays(t.Item1, t.Item2, t.Item3)).ToArbitrary();

    /// <summary>Any two grades.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GradePair> GradePairs() => Gen.Zip(Gen.Choose(1, 11), Gen.Choose(1, 11)).Select(g => new GradePair(g.Item1, g.Item2)).ToArbitrary();
}
