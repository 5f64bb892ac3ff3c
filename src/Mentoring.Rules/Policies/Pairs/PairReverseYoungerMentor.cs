using Mentoring.Domain;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>In reverse mentoring the mentor is younger than the mentee.</summary>
/// <remarks>
/// 002 §1 (реверсивное); 003 §4.6 п.4. Applies to pairs of the kind «реверсивное». Every mentor must be born after
/// every mentee (a later birth date; the same day is not younger). A missing birth date makes the outcome unknown
/// unless the known dates already show a mentor who is not younger.
/// </remarks>
[Name("pair.reverse-younger-mentor")]
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
            .Query(() => people, q => q.Match<IPerson>(m => pair.Mentors.Contains(m.Id) || pair.Mentees.Contains(m.Id)).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, people)));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair, IReadOnlyList<IPerson> people)
    {
        var subjects = PairFacts.Subjects(evaluation, pair);
        if (FirstOlderMentor(pair, people) is { } older)
        {
            return Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: наставник {evaluation.Name(older.Mentor)} ({older.MentorBorn:dd.MM.yyyy} г. р.) не моложе наставляемого {evaluation.Name(older.Mentee)} ({older.MenteeBorn:dd.MM.yyyy} г. р.).",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor {evaluation.Name(older.Mentor)} (born {older.MentorBorn:yyyy-MM-dd}) is not younger than the mentee {evaluation.Name(older.Mentee)} (born {older.MenteeBorn:yyyy-MM-dd}).",
                subjects);
        }

        var unknown = new List<PersonId>();
        AddUnborn(pair.Mentors, people, unknown);
        AddUnborn(pair.Mentees, people, unknown);
        if (unknown.Count != 0)
        {
            return Verdict.Unknown(
                unknown.Select(id => $"дата рождения {evaluation.Name(id)}"),
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: нельзя проверить, что наставник моложе наставляемого, — нет даты рождения: {evaluation.Names(unknown)}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: cannot check that the mentor is younger than the mentee; no birth date for {evaluation.Names(unknown)}.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"{PairFacts.OpeningRu(evaluation, pair)}: наставник моложе наставляемого.",
            () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor is younger than the mentee.",
            subjects);
    }

    /// <summary>The first mentor (in the pair's order) born on or before one of the mentees, with that mentee; or null.</summary>
    private static (PersonId Mentor, DateOnly MentorBorn, PersonId Mentee, DateOnly MenteeBorn)? FirstOlderMentor(MentoringPair pair, IReadOnlyList<IPerson> people)
    {
        for (var i = 0; i < pair.Mentors.Count; i++)
        {
            var mentor = pair.Mentors[i];
            if (PairFacts.Find(people, mentor)?.BirthDate is not { } mentorBorn)
            {
                continue;
            }

            for (var j = 0; j < pair.Mentees.Count; j++)
            {
                var mentee = pair.Mentees[j];
                if (PairFacts.Find(people, mentee)?.BirthDate is { } menteeBorn && mentorBorn <= menteeBorn)
                {
                    return (mentor, mentorBorn, mentee, menteeBorn);
                }
            }
        }

        return null;
    }

    /// <summary>Adds the participants whose birth date the case does not have.</summary>
    private static void AddUnborn(IReadOnlyList<PersonId> participants, IReadOnlyList<IPerson> people, List<PersonId> into)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            var id = participants[i];
            if (PairFacts.Find(people, id)?.BirthDate is null)
            {
                into.Add(id);
            }
        }
    }
}
