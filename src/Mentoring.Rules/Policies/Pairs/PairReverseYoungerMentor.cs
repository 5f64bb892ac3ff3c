using Mentoring.Domain.Kinds;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>In reverse mentoring the mentor is younger than the mentee.</summary>
/// <remarks>
/// 002 §1 (реверсивное); 003 §4.6 п.4. Applies to pairs of the kind «реверсивное». Every mentor must be born after
/// every mentee (a later birth date; the same day is not younger). A missing birth date makes the outcome unknown
/// unless the known dates already show a mentor who is not younger.
/// </remarks>
[RuleId("pair.reverse-younger-mentor")]
[Title("В реверсивном наставничестве наставник моложе наставляемого", "In reverse mentoring the mentor is younger than the mentee")]
[Citation("002 §1 (реверсивное); 003 §4.6 п.4", "профессионал младшего возраста становится наставником опытного работника")]
[Severity(Severity.Warning)]
internal sealed class PairReverseYoungerMentor : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;
        IReadOnlyList<IPerson> people = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.Kinds.Contains(MentoringKind.Reverse))
            .Query(() => people, q => q.Match<IPerson>(m => pair.Mentors.Contains(m.Id) || pair.Mentees.Contains(m.Id)).Collect());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, people)));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair, IReadOnlyList<IPerson> people)
    {
        var subjects = PairFacts.Subjects(evaluation, pair);
        var (ru, en) = PairFacts.Opening(evaluation, pair);
        var mentors = pair.Mentors.Select(id => (Id: id, Born: PairFacts.Find(people, id)?.BirthDate)).ToList();
        var mentees = pair.Mentees.Select(id => (Id: id, Born: PairFacts.Find(people, id)?.BirthDate)).ToList();
        var olders = (from m in mentors
                     from t in mentees
                     where m.Born is { } mb && t.Born is { } tb && mb <= tb
                     select (Mentor: m, Mentee: t)).ToList();
        if (olders.Count != 0)
        {
            var older = olders[0];
            return Verdict.Violated(
                $"{ru}: наставник {evaluation.Name(older.Mentor.Id)} ({older.Mentor.Born:dd.MM.yyyy} г. р.) не моложе наставляемого {evaluation.Name(older.Mentee.Id)} ({older.Mentee.Born:dd.MM.yyyy} г. р.).",
                $"{en}: the mentor {evaluation.Name(older.Mentor.Id)} (born {older.Mentor.Born:yyyy-MM-dd}) is not younger than the mentee {evaluation.Name(older.Mentee.Id)} (born {older.Mentee.Born:yyyy-MM-dd}).",
                subjects);
        }

        var unknown = mentors.Concat(mentees).Where(p => p.Born is null).Select(p => p.Id).ToList();
        if (unknown.Count != 0)
        {
            return Verdict.Unknown(
                unknown.Select(id => $"дата рождения {evaluation.Name(id)}"),
                $"{ru}: нельзя проверить, что наставник моложе наставляемого, — нет даты рождения: {evaluation.Names(unknown)}.",
                $"{en}: cannot check that the mentor is younger than the mentee; no birth date for {evaluation.Names(unknown)}.",
                subjects);
        }

        return Verdict.Satisfied(
            $"{ru}: наставник моложе наставляемого.",
            $"{en}: the mentor is younger than the mentee.",
            subjects);
    }
}
