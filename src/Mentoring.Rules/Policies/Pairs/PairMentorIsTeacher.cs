using Mentoring.Domain;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>In the teacher forms the mentor is a pedagogical worker.</summary>
/// <remarks>
/// 002 §1 (понятия). Applies to pairs in «педагог – педагог», «руководитель – педагог» and «педагог вуза (колледжа) –
/// молодой педагог» (<see cref="MentoringForms.IsTeacherForm"/>). A teacher of the organization must be a
/// pedagogical worker; a student never is; a person from outside counts as one in the university (college) form,
/// whose mentor is by definition a university or college teacher, and is unknown in the other forms, for which the
/// case does not record whether that person is a pedagogical worker. Judged on: the mentor's position as the case
/// records it (the model keeps no history of positions).
/// </remarks>
[JudgedOn("the mentor's position as the case records it (the model keeps no history of positions).")]
[Name("pair.mentor-is-teacher")]
[Title("Наставник в педагогических формах — педагогический работник", "In teacher forms the mentor is a pedagogical worker")]
[Citation("002 §1 (понятия)", "Наставник – педагогический работник, назначаемый ответственным за профессиональную и должностную адаптацию лица")]
[Severity(Severity.Error)]
internal sealed class PairMentorIsTeacher : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.Form.IsTeacherForm());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, pair)));
    }

    private static Verdict Judge(Evaluation evaluation, MentoringPair pair)
    {
        // The pair's mentors, looked up by key in the case (the model's query), in the case's order of people.
        List<PersonId>? not = null;
        List<PersonId>? open = null;
        foreach (var person in evaluation.Case.PeopleAmong(pair.Mentors))
        {
            switch (IsPedagogical(person, pair.Form))
            {
                case false:
                    (not ??= []).Add(person.Id);
                    break;
                case null:
                    (open ??= []).Add(person.Id);
                    break;
            }
        }

        var subjects = PairFacts.Subjects(evaluation, pair);
        if (not is { } notPedagogical)
        {
            return Verdict.Violated(
                () => $"{PairFacts.OpeningRu(evaluation, pair)}, форма «{pair.Form.Term().NameRu}»: наставник {evaluation.Names(notPedagogical)} не является педагогическим работником.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}, form \"{pair.Form.Term().NameEn}\": the mentor {evaluation.Names(notPedagogical)} is not a pedagogical worker.",
                subjects);
        }

        if (open is { } outside)
        {
            return Verdict.Unknown(
                outside.Select(m => $"является ли {evaluation.Name(m)} педагогическим работником"),
                () => $"{PairFacts.OpeningRu(evaluation, pair)}, форма «{pair.Form.Term().NameRu}»: наставник {evaluation.Names(outside)} не из организации, и неизвестно, педагогический ли он работник.",
                () => $"{PairFacts.OpeningEn(evaluation, pair)}, form \"{pair.Form.Term().NameEn}\": the mentor {evaluation.Names(outside)} is from outside, and the case does not say whether a pedagogical worker.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"{PairFacts.OpeningRu(evaluation, pair)}, форма «{pair.Form.Term().NameRu}»: наставник — педагогический работник.",
            () => $"{PairFacts.OpeningEn(evaluation, pair)}, form \"{pair.Form.Term().NameEn}\": the mentor is a pedagogical worker.",
            subjects);
    }

    private static bool? IsPedagogical(IPerson mentor, MentoringForm form) => mentor switch
    {
        Teacher teacher => teacher.IsPedagogicalWorker,
        ExternalPerson when form == MentoringForm.UniversityTeacherYoungTeacher => true,
        ExternalPerson => null,
        _ => false,
    };
}
