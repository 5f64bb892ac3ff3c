using Mentoring.Domain.Forms;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Pairs;

namespace Mentoring.Rules.Policies.Optional;

/// <summary>Mentees are of the listed categories: young specialists, newly hired teachers, teachers moved to a post new to them.</summary>
/// <remarks>
/// Not in the seeds as a requirement (optional, off unless an edition turns it on); the young specialist follows 003
/// (order preamble). Judges every mentee of a pair in a teacher form. A mentee qualifies by any category listed in <c>categories</c>:
/// <c>young-specialist</c> — under <c>ageUnder</c> years of age with fewer than <c>maxExperienceYears</c> whole years
/// of pedagogical experience (<see cref="Teacher.IsYoungSpecialistOn"/>); <c>newly-hired</c> — hired by the
/// organization less than one whole year before; <c>new-post</c> — moved to a post without experience in it, which
/// the case does not record, so that category can only leave the outcome unknown. A mentee who is not a teacher of
/// the organization is in none of them. Judged on: the day of the appointment (the first pairing order that fixes
/// the pair, else the day the pair was formed, else its first program's start), not the date of validation: a young
/// specialist appointed at 34 stays one after the 35th birthday; unknown when the case records none of those days.
/// </remarks>
[JudgedOn("the day of the appointment (the first pairing order that fixes the pair, else the day the pair was formed, else its first program's start), not the date of validation: a young specialist appointed at 34 stays one after the 35th birthday; unknown when the case records none of those days.")]
[Name("mentee.eligible-category")]
[Title("Наставляемые относятся к установленным категориям", "Mentees are of the listed categories")]
[Citation("003 order preamble; положения других организаций (необязательное правило)", "вовлечение не менее 70% учителей в возрасте до 35 лет в различные формы поддержки и сопровождения в первые три года работы")]
[Severity(Severity.Warning)]
[OffByDefault]
[RuleParameter("categories", ParameterKind.ChoiceList, "[\"young-specialist\",\"newly-hired\",\"new-post\"]", Choices = YoungSpecialist + "|" + NewlyHired + "|" + NewPost, Description = "The categories a mentee may belong to.", DescriptionRu = "Категории, к которым может относиться наставляемый.")]
[RuleParameter("ageUnder", ParameterKind.WholeNumber, "35", Nullable = true, Min = 18, Max = 70, Description = "A young specialist is younger than this; null for no age limit («без ограничения возраста»).", DescriptionRu = "Молодой специалист моложе этого возраста; пустое значение — без ограничения возраста.")]
[RuleParameter("maxExperienceYears", ParameterKind.WholeNumber, "3", Min = 1, Max = 20, Description = "A young specialist has fewer whole years of pedagogical experience than this.", DescriptionRu = "Педагогический стаж молодого специалиста меньше этого числа полных лет.")]
internal sealed class MenteeEligibleCategory : Rule
{
    private const string YoungSpecialist = "young-specialist";
    private const string NewlyHired = "newly-hired";
    private const string NewPost = "new-post";

    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentoringPair pair = null!;
        IPerson mentee = null!;

        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.Form.IsTeacherForm())
            .Match(() => mentee, m => pair.Mentees.Contains(m.Id));
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), pair, mentee)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, MentoringPair pair, IPerson mentee)
    {
        var categories = parameters.ChoiceList("categories");
        // null: the edition's source sets no age limit, so a young specialist is one by experience alone.
        var ageUnder = parameters.WholeNumber("ageUnder");
        var maxYears = parameters.WholeNumber("maxExperienceYears") ?? 3;
        var teacher = mentee as Teacher;
        Subject[] subjects = [Subject.Of(mentee), Subject.Of(pair)];
        if (PairFacts.AppointedOn(evaluation, pair) is not { } on)
        {
            return Verdict.Unknown(
                [PairFacts.AppointmentMissingRu(pair)],
                () => $"Наставляемый {evaluation.Name(mentee)} (пара {pair.Id}): категория на день назначения не установлена — не указана дата назначения (приказ о закреплении пары, дата её формирования или начала программы).",
                () => $"Mentee {evaluation.Name(mentee)} (pair {pair.Id}): the category on the day of the appointment is unknown; the case records no pairing order, day of forming or program start.",
                subjects);
        }

        string? met = null;
        List<string>? open = null;
        for (var i = 0; i < categories.Count; i++)
        {
            var category = categories[i];
            var holds = Holds(category, teacher, on, ageUnder, maxYears);
            if (holds == true)
            {
                met = category;
                break;
            }

            if (holds is null)
            {
                (open ??= []).Add(category);
            }
        }

        if (met is { } metCategory)
        {
            return Verdict.Satisfied(
                () => $"Наставляемый {evaluation.Name(mentee)} (пара {pair.Id}) на {on:dd.MM.yyyy} относится к категории: {Ru(metCategory, ageUnder, maxYears)}.",
                () => $"Mentee {evaluation.Name(mentee)} (pair {pair.Id}) is of an eligible category on {on:yyyy-MM-dd}.",
                subjects);
        }

        if (open is { } undecided)
        {
            var name = evaluation.Name(mentee);
            var missing = new List<string>();
            foreach (var category in undecided)
            {
                foreach (var fact in Missing(category, teacher, name))
                {
                    if (!missing.Contains(fact, StringComparer.Ordinal))
                    {
                        missing.Add(fact);
                    }
                }
            }

            return Verdict.Unknown(
                missing,
                () => $"Наставляемый {name} (пара {pair.Id}): на {on:dd.MM.yyyy} не установлена принадлежность к категориям: {string.Join("; ", undecided.Select(c => Ru(c, ageUnder, maxYears)))}.",
                () => $"Mentee {name} (pair {pair.Id}): the case does not show whether the mentee is of an eligible category on {on:yyyy-MM-dd}.",
                subjects);
        }

        return Verdict.Violated(
            () => $"Наставляемый {evaluation.Name(mentee)} (пара {pair.Id}) на {on:dd.MM.yyyy} не относится ни к одной из категорий: {(categories.Count == 0 ? "—" : string.Join("; ", categories.Select(c => Ru(c, ageUnder, maxYears))))}.",
            () => $"Mentee {evaluation.Name(mentee)} (pair {pair.Id}) is of none of the categories ({string.Join(", ", categories)}) on {on:yyyy-MM-dd}.",
            subjects);
    }

    /// <summary>Whether the mentee is of the category on the day, or null when the case does not show it.</summary>
    private static bool? Holds(string category, Teacher? teacher, DateOnly on, int? ageUnder, int maxYears) => category switch
    {
        // Each category as the domain's Teacher counts it (YoungSpecialistSpec and NewlyHiredSpec, the same criteria for
        // queries, are proven to agree with it); the facts the case lacks leave it open.
        // Without an age limit («без ограничения возраста») a young specialist is one by experience alone.
        YoungSpecialist when ageUnder is null => teacher is null ? false : teacher.ExperienceYearsOn(on, ExperienceScope.Total) is { } years ? years < maxYears : null,
        YoungSpecialist => teacher is null ? false : teacher.IsYoungSpecialistOn(on, ageUnder.Value, maxYears),
        NewlyHired => teacher is null ? false : teacher.ExperienceYearsOn(on, ExperienceScope.Organization) is { } inOrganization ? inOrganization < 1 : null,
        _ => teacher is null ? false : null,
    };

    /// <summary>The category in Russian, for a message.</summary>
    private static string Ru(string category, int? ageUnder, int maxYears) => category switch
    {
        YoungSpecialist when ageUnder is null => $"молодой специалист (без ограничения возраста, стаж менее {maxYears} лет)",
        YoungSpecialist => $"молодой специалист (моложе {ageUnder} лет, стаж менее {maxYears} лет)",
        NewlyHired => "вновь принятый на работу (менее года в организации)",
        _ => "переведённый на должность без опыта работы в ней",
    };

    /// <summary>What the case lacks to decide the category, in Russian.</summary>
    private static List<string> Missing(string category, Teacher? teacher, string name)
    {
        var missing = new List<string>();
        switch (category)
        {
            case YoungSpecialist:
                if (teacher?.BirthDate is null)
                {
                    missing.Add($"дата рождения {name}");
                }

                if (teacher?.PedagogicalCareerStart is null)
                {
                    missing.Add($"дата начала педагогической деятельности {name}");
                }

                break;
            case NewlyHired:
                missing.Add($"дата приёма на работу {name}");
                break;
            default:
                missing.Add($"сведения о переводе {name} на должность без опыта работы в ней");
                break;
        }

        return missing;
    }
}
