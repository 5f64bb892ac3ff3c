using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>Students in mentoring are from 10 to 18 years old.</summary>
/// <remarks>
/// 003 §1.3 states the goal of mentoring «всех участников образовательной деятельности в возрасте от 10 до 18 лет»: a
/// goal, not a duty, so a student outside the band is a warning (readings.md, <c>pair.student-age</c>). The band is
/// <c>studentAgeMin</c> ≤ age &lt; <c>studentAgeMax</c> in whole years («от 10 до 18 лет» as ГК РФ ст. 26 uses such
/// ranges: a student of 18 is out of it). Applies to every student who is a mentor or a mentee of a pair or group.
/// The age comes from the full birth date; without it, from the birth year in the mentee registry, which decides
/// only away from the edges of the band (at an edge the outcome is unknown). Judged on: the day the student joined
/// each pair (the day it was formed, else its pairing order, else its first program's start), not the date of
/// validation: a birthday during the program does not take the student out of the band.
/// </remarks>
[JudgedOn("the day the student joined each pair (the day it was formed, else its pairing order, else its first program's start), not the date of validation: a birthday during the program does not take the student out of the band.")]
[Name("pair.student-age")]
[Title("Обучающиеся в наставничестве — в возрасте от 10 до 18 лет", "Students in mentoring are 10 to 18 years old")]
[Citation("003 §1.3", "всех участников образовательной деятельности в возрасте от 10 до 18 лет")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Inference, "003 §1.3 states the goal of mentoring for participants aged 10 to 18, not a duty on who may take part.")]
[RuleParameter("studentAgeMin", ParameterKind.WholeNumber, "10", Min = 0, Max = 25, Description = "The youngest age in whole years (inclusive).", DescriptionRu = "Наименьший возраст в полных годах (включительно).")]
[RuleParameter("studentAgeMax", ParameterKind.WholeNumber, "18", Min = 0, Max = 25, Description = "The age in whole years a student is under (exclusive: a student of 18 is out of the band).", DescriptionRu = "Возраст в полных годах, которого обучающийся ещё не достиг (не включительно: обучающийся 18 лет вне диапазона).")]
internal sealed class PairStudentAge : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Student student = null!;

        // The student's pairs are the case's, looked up by the student's identifier (the model's keyed query), not found
        // by scanning every pair per student.
        When()
            .Match(() => evaluation)
            .Match(() => student, s => evaluation.Case.PairsInvolving(s.Id).Count != 0);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), student, evaluation.Case.PairsInvolving(student.Id))));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Student student, IReadOnlyList<MentoringPair> pairs)
    {
        var min = parameters.WholeNumber("studentAgeMin") ?? 10;
        var max = parameters.WholeNumber("studentAgeMax") ?? 18;
        var subjects = PairFacts.Subjects(Subject.Of(student), pairs);
        var birthYear = student.BirthDate is null ? BirthYear(evaluation, student) : null;
        var missing = new List<string>();
        var within = new List<(MentoringPair Pair, DateOnly Joined, int Age)>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (PairFacts.JoinedOn(evaluation, pair) is not { } joined)
            {
                missing.Add($"дата формирования пары {pair.Id}");
                continue;
            }

            var (youngest, oldest) = student.AgeOn(joined) is { } exact ? (exact, exact)
                : birthYear is { } year ? AgesOf(year, joined)
                : (-1, -1);
            if (youngest < 0)
            {
                if (!missing.Contains($"дата рождения {evaluation.Name(student)}", StringComparer.Ordinal))
                {
                    missing.Add($"дата рождения {evaluation.Name(student)}");
                }

                continue;
            }

            // The band as Student.AgeOn counts whole years (StudentAgeSpec, the same criterion for queries, is proven
            // to agree with it); a birth year alone decides only when both possible ages fall on one side.
            var inside = youngest >= min && oldest < max;
            var outside = oldest < min || youngest >= max;
            if (outside)
            {
                return Outside(evaluation, student, pair, joined, youngest, oldest, min, max, subjects);
            }

            if (!inside)
            {
                missing.Add($"полная дата рождения {evaluation.Name(student)} (известен только год {birthYear}: на {joined:dd.MM.yyyy} возраст — {youngest} или {oldest})");
                continue;
            }

            within.Add((pair, joined, youngest));
        }

        if (missing.Count != 0)
        {
            return Verdict.Unknown(
                missing,
                () => $"Обучающийся {evaluation.Name(student)} (пары: {PairFacts.Ids(pairs)}): возраст на день вступления в пару не установлен — нет сведений: {string.Join("; ", missing)}.",
                () => $"Student {evaluation.Name(student)} (pairs: {PairFacts.Ids(pairs)}): the age on the day of joining the pair is unknown ({missing.Count} missing).",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"Обучающийся {evaluation.Name(student)}: на день вступления в пару возраст от {min} до {max} лет ({string.Join("; ", within.Select(w => $"пара {w.Pair.Id} — {w.Joined:dd.MM.yyyy}, полных лет: {w.Age}"))}).",
            () => $"Student {evaluation.Name(student)} was from {min} to under {max} on joining each pair ({string.Join("; ", within.Select(w => $"pair {w.Pair.Id}: {w.Joined:yyyy-MM-dd}, aged {w.Age}"))}).",
            subjects);
    }

    private static Verdict Outside(Evaluation evaluation, Student student, MentoringPair pair, DateOnly joined, int youngest, int oldest, int min, int max, IReadOnlyList<Subject> subjects)
    {
        var age = youngest == oldest ? $"{youngest}" : $"{youngest} или {oldest}";
        var ageEn = youngest == oldest ? $"{youngest}" : $"{youngest} or {oldest}";
        return Verdict.Violated(
            () => $"Обучающийся {evaluation.Name(student)} (пара {pair.Id}): на день вступления в пару {joined:dd.MM.yyyy} полных лет: {age} — вне возраста от {min} до {max} лет, названного целью наставничества (предупреждение: цель, а не запрет).",
            () => $"Student {evaluation.Name(student)} (pair {pair.Id}) was aged {ageEn} on joining the pair on {joined:yyyy-MM-dd}, outside {min} to under {max}, the ages the goal of mentoring names (a warning: a goal, not a ban).",
            subjects).AsWarning();
    }

    /// <summary>The birth year the mentee registry records for the student, or null.</summary>
    private static int? BirthYear(Evaluation evaluation, Student student)
    {
        foreach (var record in evaluation.Case.MenteeRecordsOf(student.Id)) // by key, in registry order
        {
            if (record.BirthYear is { } year)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>The youngest and oldest whole-year ages on a day of a person born in a year.</summary>
    private static (int Youngest, int Oldest) AgesOf(int birthYear, DateOnly day)
    {
        var oldest = day.Year - birthYear;
        var youngest = day.Month == 12 && day.Day == 31 ? oldest : oldest - 1;
        return (Math.Max(youngest, 0), Math.Max(oldest, 0));
    }
}
