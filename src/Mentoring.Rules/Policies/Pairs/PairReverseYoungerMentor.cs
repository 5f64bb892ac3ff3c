using Mentoring.Domain;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>In reverse mentoring a younger professional mentors an older one.</summary>
/// <remarks>
/// 002 §1 (реверсивное); 003 §4.6 п.4 define the kind both ways: «профессионал младшего возраста становится
/// наставником опытного работника …, а опытный педагог становится наставником молодого педагога». A definition
/// (readings.md, principle 5): satisfied when at least one mentor is younger than at least one mentee by full birth
/// dates; otherwise a warning (traditional mentoring mislabelled as reverse). Equal birth dates, or dates missing for
/// the comparison, leave it unknown. Judged on: the birth dates (who is younger does not change with the day).
/// </remarks>
[JudgedOn("the birth dates (who is younger does not change with the day).")]
[Name("pair.reverse-younger-mentor")]
[Title("В реверсивном наставничестве наставник моложе наставляемого", "In reverse mentoring the mentor is younger than the mentee")]
[Citation("002 §1 (реверсивное); 003 §4.6 п.4", "профессионал младшего возраста становится наставником опытного работника")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Definition, "002 §1 and 003 §4.6 п.4 define reverse mentoring: a younger professional mentors an older one.")]
internal sealed class PairReverseYoungerMentor : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.Kinds.Contains(MentoringKind.Reverse));
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair, evaluation.Case.PeopleAmong(pair.Mentors.Concat(pair.Mentees))))); // by key, in the case's order
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair, IReadOnlyList<IPerson> people)
    {
        var subjects = PairFacts.Subjects(evaluation, pair);
        (PersonId Mentor, DateOnly MentorBorn, PersonId Mentee, DateOnly MenteeBorn)? older = null;
        (PersonId Mentor, PersonId Mentee, DateOnly Born)? equal = null;
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
                if (PairFacts.Find(people, mentee)?.BirthDate is not { } menteeBorn)
                {
                    continue;
                }

                if (mentorBorn > menteeBorn)
                {
                    return Verdict.Satisfied(
                        () => $"{PairFacts.OpeningRu(evaluation, pair)}: наставник {evaluation.Name(mentor)} ({mentorBorn:dd.MM.yyyy} г. р.) моложе наставляемого {evaluation.Name(mentee)} ({menteeBorn:dd.MM.yyyy} г. р.).",
                        () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor {evaluation.Name(mentor)} (born {mentorBorn:yyyy-MM-dd}) is younger than the mentee {evaluation.Name(mentee)} (born {menteeBorn:yyyy-MM-dd}).",
                        subjects);
                }

                if (mentorBorn == menteeBorn)
                {
                    equal ??= (mentor, mentee, mentorBorn);
                }
                else
                {
                    older ??= (mentor, mentorBorn, mentee, menteeBorn);
                }
            }
        }

        var unknown = new List<PersonId>();
        AddUnborn(pair.Mentors, people, unknown);
        AddUnborn(pair.Mentees, people, unknown);
        if (unknown.Count != 0)
        {
            return Verdict.Unknown(
                unknown.Select(id => $"дата рождения {evaluation.Name(id)}"),
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: нельзя проверить, что наставник моложе наставляемого, — не указана дата рождения: {evaluation.Names(unknown)}.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: cannot check that a mentor is younger than a mentee; no birth date for {evaluation.Names(unknown)}.",
                subjects);
        }

        if (equal is { } same)
        {
            return Verdict.Unknown(
                [$"кто моложе: {evaluation.Name(same.Mentor)} или {evaluation.Name(same.Mentee)} (одна дата рождения)"],
                () => $"{PairFacts.OpeningRu(evaluation, pair)}: у наставника {evaluation.Name(same.Mentor)} и наставляемого {evaluation.Name(same.Mentee)} одна дата рождения ({same.Born:dd.MM.yyyy}), и ни один наставник не моложе наставляемых.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}: the mentor {evaluation.Name(same.Mentor)} and the mentee {evaluation.Name(same.Mentee)} share a birth date ({same.Born:yyyy-MM-dd}), and no mentor is younger than a mentee.",
                subjects);
        }

        var first = older!.Value;
        return Verdict.Violated(
            () => $"{PairFacts.OpeningRu(evaluation, pair)}, вид «реверсивное»: ни один наставник не моложе наставляемых (наставник {evaluation.Name(first.Mentor)} — {first.MentorBorn:dd.MM.yyyy} г. р., наставляемый {evaluation.Name(first.Mentee)} — {first.MenteeBorn:dd.MM.yyyy} г. р.); по определению это традиционное наставничество.",
            () => $"{PairFacts.OpeningEn(evaluation, pair)}, kind \"reverse\": no mentor is younger than a mentee (the mentor {evaluation.Name(first.Mentor)} born {first.MentorBorn:yyyy-MM-dd}, the mentee {evaluation.Name(first.Mentee)} born {first.MenteeBorn:yyyy-MM-dd}); by the definition this is traditional mentoring.",
            subjects).AsWarning();
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
