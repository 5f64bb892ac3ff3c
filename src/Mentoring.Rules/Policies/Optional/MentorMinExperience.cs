using Mentoring.Domain;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Pairs;

namespace Mentoring.Rules.Policies.Optional;

/// <summary>A mentor has at least N years of pedagogical experience, in total or in this organization.</summary>
/// <remarks>
/// Not in the seeds; many organizations' regulations require it (optional, off unless an edition turns it on).
/// Judges every mentor of a pair in a teacher form (<see cref="MentoringForms.IsTeacherForm"/>): <c>scope</c> = <c>total</c> counts whole years from
/// the start of the pedagogical career, <c>organization</c> from the hire date (<see cref="Teacher.ExperienceYearsOn"/>).
/// A missing start date, or a mentor from outside whose experience the case does not record, makes it unknown;
/// a student has none. Judged on: the day of the appointment (the first pairing order that fixes the pair, else the
/// day the pair was formed, else its first program's start), not the date of validation; unknown when the case
/// records none of them. <c>years</c> is a lower bound in whole years (<see cref="Editions.YearsBound"/>): a plain
/// number N or «не менее N лет» asks N whole years, «более N лет» («свыше», «больше») N + 1.
/// </remarks>
[JudgedOn("the day of the appointment (the first pairing order that fixes the pair, else the day the pair was formed, else its first program's start), not the date of validation; unknown when the case records none of them.")]
[Name("mentor.min-experience")]
[Title("Педагогический стаж наставника не менее N лет", "A mentor has at least N years of pedagogical experience")]
[Citation("положения других организаций (необязательное правило)", "наставник назначается из числа педагогических работников, имеющих стаж педагогической работы не менее N лет (типовая формулировка)")]
[Severity(Severity.Error)]
[OffByDefault]
[RuleParameter("years", ParameterKind.YearsBound, "3", Min = 1, Max = 50, Sides = BoundSides.Lower, Description = "The fewest whole years of experience: a number N is «не менее N лет»; or the words of the text, «более 3 лет», «свыше 5 лет», {\"moreThan\": 3}.", DescriptionRu = "Наименьший стаж в полных годах: число N — «не менее N лет»; или слова текста: «более 3 лет», «свыше 5 лет», {\"moreThan\": 3}.")]
[RuleParameter("scope", ParameterKind.Choice, "\"total\"", Choices = "total|organization", Description = "total: the whole pedagogical experience; organization: in this organization.", DescriptionRu = "total — весь педагогический стаж; organization — стаж в этой организации.")]
internal sealed class MentorMinExperience : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;

        // The pair's mentors are the case's people, taken by identifier (the model's keyed query), not found by
        // comparing every pair with every person; one verdict per mentor, about the pair and the mentor.
        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.Form.IsTeacherForm() && evaluation.Case.PeopleAmong(p.Mentors).Count != 0);
        Then()
            .Do(ctx => JudgeEach(ctx, evaluation, pair));
    }

    private static void JudgeEach(NRules.RuleModel.IContext ctx, Evaluation evaluation, MentoringPair pair)
    {
        var parameters = evaluation.ParametersOf(ctx);
        foreach (var mentor in evaluation.Case.PeopleAmong(pair.Mentors))
        {
            ctx.Emit(Judge(evaluation, parameters, pair, mentor), mentor);
        }
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, MentoringPair pair, IPerson mentor)
    {
        // «не менее N лет» (a plain number) or «более N лет»: the fewest whole years inside the bound.
        var years = (parameters.Bound("years", Editions.YearsBound.AtLeast) ?? Editions.YearsBound.AtLeast(3)).Least;
        var scope = ExperienceScopes.Vocabulary.Parse(parameters.Choice("scope")).ValueOr(ExperienceScope.Total);
        Subject[] subjects = [Subject.Of(mentor), Subject.Of(pair)];
        if (PairFacts.AppointedOn(evaluation, pair) is not { } on)
        {
            return Verdict.Unknown(
                [PairFacts.AppointmentMissingRu(pair)],
                () => $"Наставник {evaluation.Name(mentor)} (пара {pair.Id}): стаж на день назначения не установлен — не указана дата назначения (приказ о закреплении пары, дата её формирования или начала программы).",
                () => $"Mentor {evaluation.Name(mentor)} (pair {pair.Id}): the experience on the day of the appointment is unknown; the case records no pairing order, day of forming or program start.",
                subjects);
        }

        int? experience = mentor switch
        {
            Teacher teacher => teacher.ExperienceYearsOn(on, scope),
            Student => 0,
            _ => null,
        };
        if (experience is not { } have)
        {
            var name = evaluation.Name(mentor);
            var missing = mentor is Teacher
                ? scope == ExperienceScope.Total ? $"дата начала педагогической деятельности {name}" : $"дата приёма на работу {name}"
                : $"{scope.Term().NameRu} {name}";
            return Verdict.Unknown(
                [missing],
                () => $"Наставник {name} (пара {pair.Id}): {scope.Term().NameRu} на {on:dd.MM.yyyy} неизвестен — нет сведений: {missing}.",
                () => $"Mentor {name} (pair {pair.Id}): the {scope.Term().NameEn} on {on:yyyy-MM-dd} is unknown.",
                subjects);
        }

        // Whole years as Teacher.ExperienceYearsOn counts them (TeacherExperienceSpec, the same criterion for queries, is
        // proven to agree with it); a student has none.
        var met = have >= years;
        return met
            ? Verdict.Satisfied(
                () => $"Наставник {evaluation.Name(mentor)} (пара {pair.Id}): {scope.Term().NameRu} на день назначения {on:dd.MM.yyyy} — полных лет: {have}, не менее {years}.",
                () => $"Mentor {evaluation.Name(mentor)} (pair {pair.Id}) has {Plural.EnWithNumber(have, "whole year", "whole years")} of {scope.Term().NameEn} on {on:yyyy-MM-dd} (the day of the appointment), at least {years}.",
                subjects)
            : Verdict.Violated(
                () => $"Наставник {evaluation.Name(mentor)} (пара {pair.Id}): {scope.Term().NameRu} на день назначения {on:dd.MM.yyyy} — полных лет: {have}, меньше {years}.",
                () => $"Mentor {evaluation.Name(mentor)} (pair {pair.Id}) has {Plural.EnWithNumber(have, "whole year", "whole years")} of {scope.Term().NameEn} on {on:yyyy-MM-dd} (the day of the appointment), fewer than {years}.",
                subjects);
    }
}
