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
/// organization less than one whole year before; <c>new-post</c> — «назначенные на должность, по которой они не имеют
/// опыта работы»: in a post held less than one whole year in which the mentee had no experience before taking it, read
/// from the teacher's history of posts (<see cref="Teacher.IsNewToPostOn"/>: the post's recorded prior experience, or
/// an earlier post of the same title, or a history reaching back to the start of the pedagogical career); unknown when
/// the case has no history of posts for the mentee or it leaves the experience open. A mentee who is not a teacher of
/// the organization is in none of them. Judged on: the day of the appointment (the first pairing order that fixes
/// the pair, else the day the pair was formed, else its first program's start), not the date of validation: a young
/// specialist appointed at 34 stays one after the 35th birthday; unknown when the case records none of those days.
/// <c>ageUnder</c> and <c>maxExperienceYears</c> are bounds in whole years (<see cref="Editions.YearsBound"/>) as the
/// school's Положение words them: a plain number keeps its old meaning («моложе N лет», «менее N лет»); «до 35 лет»
/// excludes 35, «не старше 35 лет» and «не более 3 лет» include 35 and 3 whole years, «от 1 до 3 лет» asks 1 or 2.
/// </remarks>
[JudgedOn("the day of the appointment (the first pairing order that fixes the pair, else the day the pair was formed, else its first program's start), not the date of validation: a young specialist appointed at 34 stays one after the 35th birthday; unknown when the case records none of those days.")]
[Name("mentee.eligible-category")]
[Title("Наставляемые относятся к установленным категориям", "Mentees are of the listed categories")]
[Citation("003 order preamble; положения других организаций (необязательное правило)", "вовлечение не менее 70% учителей в возрасте до 35 лет в различные формы поддержки и сопровождения в первые три года работы")]
[Severity(Severity.Warning)]
[OffByDefault]
[RuleParameter("categories", ParameterKind.ChoiceList, "[\"young-specialist\",\"newly-hired\",\"new-post\"]", Choices = YoungSpecialist + "|" + NewlyHired + "|" + NewPost, Description = "The categories a mentee may belong to.", DescriptionRu = "Категории, к которым может относиться наставляемый.")]
[RuleParameter("ageUnder", ParameterKind.YearsBound, "35", Nullable = true, Min = 18, Max = 70, Description = "A young specialist's age: a number N is «моложе N лет»; or the words of the text, «до 35 лет» (under 35), «не старше 35 лет» (35 included), «от 25 до 35 лет», {\"atMost\": 35}; null or «без ограничения возраста» for no age limit.", DescriptionRu = "Возраст молодого специалиста: число N — «моложе N лет»; или слова текста: «до 35 лет» (35 не включается), «не старше 35 лет» (35 включается), «от 25 до 35 лет», {\"atMost\": 35}; пустое значение или «без ограничения возраста» — без ограничения возраста.")]
[RuleParameter("maxExperienceYears", ParameterKind.YearsBound, "3", Min = 1, Max = 20, Description = "A young specialist's pedagogical experience: a number N is «менее N лет»; or the words of the text, «не более 3 лет» (3 whole years included), «до 3 лет» (under 3), «от 1 до 3 лет», {\"atMost\": 3}.", DescriptionRu = "Педагогический стаж молодого специалиста: число N — «менее N лет»; или слова текста: «не более 3 лет» (3 полных года включаются), «до 3 лет» (3 не включается), «от 1 до 3 лет», {\"atMost\": 3}.")]
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

        // The pair's mentees are the case's people, taken by identifier (the model's keyed query), not found by
        // comparing every pair with every person; one verdict per mentee, about the pair and the mentee.
        When()
            .Match(() => evaluation)
            .Match(() => pair, p => p.Form.IsTeacherForm() && evaluation.Case.PeopleAmong(p.Mentees).Count != 0);
        Then()
            .Do(ctx => JudgeEach(ctx, evaluation, pair));
    }

    private static void JudgeEach(NRules.RuleModel.IContext ctx, Evaluation evaluation, MentoringPair pair)
    {
        var parameters = evaluation.ParametersOf(ctx);
        foreach (var mentee in evaluation.Case.PeopleAmong(pair.Mentees))
        {
            ctx.Emit(Judge(evaluation, parameters, pair, mentee), mentee);
        }
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, MentoringPair pair, IPerson mentee)
    {
        var categories = parameters.ChoiceList("categories");
        // null: the edition's source sets no age limit, so a young specialist is one by experience alone.
        var age = parameters.Bound("ageUnder", Editions.YearsBound.Under);
        var experience = parameters.Bound("maxExperienceYears", Editions.YearsBound.Under) ?? Editions.YearsBound.Under(3);
        var young = new YoungBounds(age, experience);
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
            var holds = Holds(category, teacher, on, young);
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
                () => $"Наставляемый {evaluation.Name(mentee)} (пара {pair.Id}) на {on:dd.MM.yyyy} относится к категории: {Ru(metCategory, young)}.",
                () => $"Mentee {evaluation.Name(mentee)} (pair {pair.Id}) is of an eligible category on {on:yyyy-MM-dd}.",
                subjects);
        }

        if (open is { } undecided)
        {
            var name = evaluation.Name(mentee);
            var missing = new List<string>();
            foreach (var category in undecided)
            {
                foreach (var fact in Missing(category, teacher, name, on))
                {
                    if (!missing.Contains(fact, StringComparer.Ordinal))
                    {
                        missing.Add(fact);
                    }
                }
            }

            return Verdict.Unknown(
                missing,
                () => $"Наставляемый {name} (пара {pair.Id}): на {on:dd.MM.yyyy} не установлена принадлежность к категориям: {string.Join("; ", undecided.Select(c => Ru(c, young)))}.",
                () => $"Mentee {name} (pair {pair.Id}): the case does not show whether the mentee is of an eligible category on {on:yyyy-MM-dd}.",
                subjects);
        }

        return Verdict.Violated(
            () => $"Наставляемый {evaluation.Name(mentee)} (пара {pair.Id}) на {on:dd.MM.yyyy} не относится ни к одной из категорий: {(categories.Count == 0 ? "—" : string.Join("; ", categories.Select(c => Ru(c, young))))}.",
            () => $"Mentee {evaluation.Name(mentee)} (pair {pair.Id}) is of none of the categories ({string.Join(", ", categories)}) on {on:yyyy-MM-dd}.",
            subjects);
    }

    /// <summary>Whether the mentee is of the category on the day, or null when the case does not show it.</summary>
    private static bool? Holds(string category, Teacher? teacher, DateOnly on, YoungBounds young) => category switch
    {
        // Each category as the domain's Teacher counts it (YoungSpecialistSpec and NewlyHiredSpec, the same criteria for
        // queries, are proven to agree with it); the facts the case lacks leave it open.
        YoungSpecialist => teacher is null ? false : young.Holds(teacher, on),
        NewlyHired => teacher is null ? false : teacher.ExperienceYearsOn(on, ExperienceScope.Organization) is { } inOrganization ? inOrganization < 1 : null,
        _ => teacher is null ? false : teacher.IsNewToPostOn(on),
    };

    /// <summary>The category in Russian, for a message.</summary>
    private static string Ru(string category, YoungBounds young) => category switch
    {
        YoungSpecialist when young.Age is { } age => $"молодой специалист ({age.ToRussian(Editions.YearsMeasure.Age)}, стаж {young.Experience.ToRussian(Editions.YearsMeasure.Duration)})",
        YoungSpecialist => $"молодой специалист (без ограничения возраста, стаж {young.Experience.ToRussian(Editions.YearsMeasure.Duration)})",
        NewlyHired => "вновь принятый на работу (менее года в организации)",
        _ => "назначенный на должность, по которой не имеет опыта работы (менее года в должности)",
    };

    /// <summary>The bounds of a young specialist: the age (null for no limit) and the pedagogical experience, in whole years.</summary>
    private sealed class YoungBounds(Editions.YearsBound? age, Editions.YearsBound experience)
    {
        public Editions.YearsBound? Age { get; } = age;

        public Editions.YearsBound Experience { get; } = experience;

        /// <summary>Whether the teacher is a young specialist on the day; null when a missing date leaves it open.</summary>
        public bool? Holds(Teacher teacher, DateOnly on)
        {
            // Upper bounds only (plain numbers, «до 35 лет», «не старше 35 лет», «не более 3 лет»): the domain's one
            // definition, with the whole years just above each bound.
            if (Age is not { LowerKind: not null } && Experience is { LowerKind: null, UnderEquivalent: { } maxYears })
            {
                if (Age?.UnderEquivalent is not { } ageUnder)
                {
                    return teacher.ExperienceYearsOn(on, ExperienceScope.Total) is { } years ? years < maxYears : null;
                }

                return teacher.IsYoungSpecialistOn(on, ageUnder, maxYears);
            }

            // A lower side («от 1 до 3 лет», «от 25 до 35 лет»): each bound on the whole years of the day.
            bool? ageHolds = Age is null ? true : teacher.AgeOn(on) is { } a ? Age.Contains(a) : null;
            bool? experienceHolds = teacher.ExperienceYearsOn(on, ExperienceScope.Total) is { } y ? Experience.Contains(y) : null;
            return ageHolds == false || experienceHolds == false ? false
                : ageHolds is null || experienceHolds is null ? null
                : true;
        }
    }

    /// <summary>What the case lacks to decide the category, in Russian.</summary>
    private static List<string> Missing(string category, Teacher? teacher, string name, DateOnly on)
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
                if (teacher is null || teacher.Posts.Count == 0)
                {
                    missing.Add($"история должностей {name}");
                }
                else if (teacher.PostsOn(on) is { Count: 0 })
                {
                    missing.Add($"должность {name} на {on:dd.MM.yyyy} (в истории должностей её нет)");
                }
                else
                {
                    foreach (var post in teacher.PostsOn(on).Where(p => p.PriorExperience is null))
                    {
                        missing.Add($"опыт работы {name} в должности «{post.Title}» до {post.From:dd.MM.yyyy}");
                    }
                }

                break;
        }

        return missing;
    }
}
