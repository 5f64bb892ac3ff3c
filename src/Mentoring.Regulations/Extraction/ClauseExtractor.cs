using System.Text.RegularExpressions;

namespace Mentoring.Regulations.Extraction;

/// <summary>
/// Finds the sentences of a Положение that set the catalogue's parameters and switches. Precision first: a setting is
/// made only when a sentence says it plainly; a sentence that speaks of the same things with an exception («за
/// исключением»), a softener («как правило», «рекомендуется»), a bound the parameters cannot hold exactly («на весь
/// период») or two readings is listed as unmapped instead. Bounds of years are written as the text says them
/// («до 35 лет», «не более 3 лет», «от 1 до 3 лет»: <see cref="Mentoring.Rules.Editions.YearsBound"/>), never converted.
/// </summary>
internal static class ClauseExtractor
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly string W = RussianNumbers.WordPattern;

    // A number in figures («5», «3-х», «5-ти») or words («пяти», «двадцати пяти»), with an optional figure or word in brackets: «5 (пяти)».
    private static string Num(string name) =>
        $@"(?<{name}>\d{{1,3}}(?:[.,]5)?(?:\s?-\s?[а-я]{{1,3}}|[хи](?![а-я]))?|(?:{W})(?:\s+(?:{W}))?)(?![а-я\d])(?:\s*\(\s*(?<{name}b>\d{{1,3}}|(?:{W})(?:\s+(?:{W}))?)\s*\))?";

    private static string Unit(string name) => $@"(?<{name}>месяц[а-я]*|мес\.?|лет|год[а-я]*)(?![а-я])";

    private static readonly Regex MentorExperience = new($@"(?:стаж[а-я]*|опыт[а-я]*)[^.;]{{0,90}}?(?<![а-я])(?:не менее|не меньше|от)\s+{Num("n")}\s+(?:лет|года?)(?![а-я])(?![^.;]{{0,15}}до\s)", Options);
    private static readonly Regex MentorExperienceBefore = new($@"(?<![а-я])(?:не менее|не меньше)\s+{Num("n")}\s+(?:лет|года?)\s+(?:[а-я]+\s+){{0,3}}(?:стаж|опыт)", Options);
    private static readonly Regex MaxMenteesBefore = new($@"(?<![а-я])(?:не более|не больше)\s+(?:чем\s+)?{Num("n")}\s+(?:[а-я]+\s+){{0,2}}?(?:наставляем|подшефн|стаж[её]р|молод|начинающ|педагог|человек|работник|специалист|сотрудник|подопечн)", Options);
    private static readonly Regex MaxMenteesAfter = new($@"(?:наставляем|подшефн|стаж[её]р|подопечн)[а-я]*[^.;]{{0,50}}?(?:не более|не больше|не должно превышать|не может превышать|не превышает)\s+(?:чем\s+)?{Num("n")}(?!\s*(?:лет|год|месяц|мес|раз|%))", Options);
    private static readonly Regex TermRange = new($@"(?<![а-я])от\s+{Num("a")}\s*(?:{Unit("ua")})?\s+до\s+{Num("b")}\s*{Unit("ub")}", Options);
    private static readonly Regex TermMin = new($@"(?<![а-я])(?:не менее|не меньше|минимум)\s+{Num("a")}\s*{Unit("ua")}", Options);
    private static readonly Regex TermMax = new($@"(?<![а-я])(?:не более|не больше|не свыше|не превыша[а-я]*|до)\s+{Num("b")}\s*{Unit("ub")}", Options);
    private static readonly Regex TermFixed = new($@"(?:сроком на|на срок|продолжительностью|длительностью)\s+{Num("a")}\s*{Unit("ua")}", Options);
    private static readonly Regex HalfYear = new(@"(?<![а-я])(?<bound>не менее|не более|до)\s+(?:полугода|полгода|шести месяцев)", Options);
    private static readonly Regex AgeUnder = new($@"(?:возраст[а-я]*\s+)?(?<![а-я])(?<op>до|моложе|не старше)\s+{Num("n")}\s+(?:лет|года?)(?<incl>\s*\(?\s*включительно)?", Options);
    private static readonly Regex MenteeExperience = new($@"(?:стаж[а-я]*|опыт[а-я]*)[^.;]{{0,70}}?(?:(?<![а-я])от\s+0\s+)?(?<![а-я])(?<op>до|менее|меньше|не более|не больше)\s+{Num("n")}\s*(?:лет|года?)(?![а-я])(?<incl>\s*\(?\s*включительно)?", Options);
    private static readonly Regex Mutual = new(@"обоюдн[а-я]*\s+(?:[а-я]+\s+){0,2}?согласи", Options);
    private static readonly Regex MutualBothSides = new(@"обоюдн[а-я]*\s+(?:[а-я]+\s+){0,2}?согласи[а-я]*\s+(?:[а-я]+\s+){0,2}?наставник[а-я]*\s+и\s+(?:[а-я]+\s+)?(?:наставляем|молод[а-я]*\s+(?:специалист|педагог)|стаж[её]р|подшефн)", Options);
    private static readonly Regex Written = new(@"письменн[а-я]*\s+(?:[а-я]+\s+){0,2}?согласи|согласи[а-я]*\s+в письменной форме", Options);
    private static readonly Regex Council = new(@"(?:кандидатур|наставническ[а-я]*\s+пар|пар[а-я]*\s*/\s*групп|наставник[а-я]*\s+и\s+наставляем)[^.;]{0,160}?(?:рассматрива|рассмотр|обсужда|согласов|одобр|утвержда)[а-я]*[^.;]{0,60}?педагогическ[а-я]*\s+совет|педагогическ[а-я]*\s+совет[а-я]*[^.;]{0,80}?(?:рассматрива|рассмотр|обсужда|согласов|одобр|утвержда)[а-я]*\s+(?:[а-я]+\s+){0,3}?(?:кандидатур|наставник|пар)", Options);
    private static readonly Regex CuratorDeputy = new(@"куратор[а-я]*[^.;]{0,80}?назнача[а-я]*[^.;]{0,60}?из числа\s+заместител[а-я]*(?<more>[^.;]{0,60})", Options);
    private static readonly Regex GroupSize = new(@"групп[а-я]*[^.;]{0,80}?(?<![а-я])от\s+(?<n>двух|трех|2|3)(?:-?х)?\s+(?:и более|человек)", Options);
    private static readonly Regex Topic = new(@"наставник|наставляем|подшефн|стаж[её]р|молод[а-я]*\s+специалист|программ[а-я]*\s+наставничеств|наставничеств|куратор", Options);
    private static readonly Regex Trigger = new($@"(?<![а-я])(?:не менее|не более|не старше|не больше|превыша|сроком на|на срок|продолжительностью|до\s+(?:\d{{1,3}}(?![.\d])|{W})|от\s+(?:\d{{1,3}}(?![.\d])|{W})|обоюдн|педагогическ[а-я]*\s+совет|на весь период|за исключением|без ограничени|не имеют опыта|не имеющ[а-я]* опыта|письменн[а-я]*\s+согласи|с согласия|из числа)", Options);
    private static readonly Regex Soft = new(@"как правило|рекоменд|желательно|по возможности|в исключительных случаях|при необходимости", Options);
    private static readonly Regex Except = new(@"за исключением|кроме случа", Options);

    // Issue #16 (E1): mentees in a post without experience in it, the term stated in the appointing order, «на весь период».
    private static readonly Regex NewPost = new(@"назначенн[а-я]*\s+на\s+(?:[а-я]+\s+)?должност[а-я]*,?\s+по\s+которой\s+(?:они\s+|он\s+|она\s+)?не\s+име[а-я]*\s+опыта\s+работы", Options);
    private static readonly Regex OtherCategory = new(@"впервые\s+принят|вновь\s+принят|не\s+имеющ[а-я]*\s+(?:трудового\s+|педагогического\s+)?стаж|выпускник", Options);
    private static readonly Regex OrderStatesTerm = new(@"приказ[а-я]*[^.;]{0,120}?(?:определя|устанавлива|указыва)[а-я]*[^.;]{0,120}?срок[а-я]*\s+(?:наставничества|наставнической\s+деятельности)", Options);
    private static readonly Regex TermTrigger = new(@"срок[а-я]*\s+наставничества|на\s+(?:весь\s+)?(?:период|время|срок)\s+(?:(?:его|ее|их)\s+)?(?:адаптац|испыт|работы\s+(?:в\s+качестве\s+)?молод|молод)", Options);
    private static readonly Regex WholePeriodPhrase = new(@"на\s+(?:весь\s+)?(?:период|время|срок)\s+(?:(?:его|ее|их)\s+)?(?<what>адаптаци[а-я]*|испытательн[а-я]*\s+срок[а-я]*|испытани[а-я]*|(?:работы\s+)?(?:в\s+качестве\s+)?молод[а-я]*\s+специалист[а-я]*)", Options);

    public static (IReadOnlyList<Finding> Findings, IReadOnlyList<Unmapped> Unmapped) Read(IReadOnlyList<RegulationClause> clauses)
    {
        var findings = new List<Finding>();
        var unmapped = new List<Unmapped>();
        foreach (var (sentence, clause) in Sentences.Of(clauses))
        {
            {
                var s = sentence.ToLowerInvariant().Replace('ё', 'е');
                if (!Topic.IsMatch(s) || (!Trigger.IsMatch(s) && !TermTrigger.IsMatch(s)))
                {
                    continue;
                }

                var found = Detect(s).Select(f => new Finding(f.Rule, f.Parameter, f.Value, sentence, clause)).ToList();
                if (found.Count > 0 && Except.IsMatch(s))
                {
                    unmapped.Add(new(sentence, clause, "в предложении есть исключение: установить по нему значение без чтения человеком нельзя", "the sentence makes an exception: no value is set from it without a person reading it"));
                    continue;
                }

                if (found.Count > 0 && Soft.IsMatch(s))
                {
                    unmapped.Add(new(sentence, clause, "предложение смягчено («как правило», «рекомендуется»…): это не обязательное требование", "the sentence is softened («как правило», «рекомендуется»…): not a binding requirement"));
                    continue;
                }

                if (found.Count == 0)
                {
                    unmapped.Add(new(sentence, clause, UnmappedReasonRu(s), "no parameter or switch of the catalogue reads this sentence"));
                    continue;
                }

                findings.AddRange(found);
            }
        }

        return (findings, unmapped);
    }

    private static string UnmappedReasonRu(string s) =>
        s.Contains("на весь период", StringComparison.Ordinal) ? "срок «на весь период» указан без периода, который определяется по делу (адаптация, испытательный срок, молодой специалист)"
        : NewPost.IsMatch(s) ? "вместе с назначенными на должность без опыта работы названа категория, которую параметры не выражают точно (впервые принятые, без стажа)"
        : s.Contains("не имеют опыта", StringComparison.Ordinal) || s.Contains("не имеющ", StringComparison.Ordinal) ? "категория наставляемых по опыту работы не выражается параметрами точно"
        : "ни один параметр или переключатель каталога не читает это предложение";

    private static List<(string Rule, string? Parameter, object? Value)> Detect(string s)
    {
        var found = new List<(string, string?, object?)>();
        var mentorSubject = s.Contains("наставник", StringComparison.Ordinal) && !Regex.IsMatch(s, "наставляем[а-я]*[^.;]{0,60}стаж", RegexOptions.CultureInvariant);

        // The mentor's experience: «стаж педагогической работы не менее 5 (пяти) лет».
        var experience = MentorExperience.Match(s);
        if (!experience.Success)
        {
            experience = MentorExperienceBefore.Match(s);
        }

        if (experience.Success && mentorSubject && Whole(experience, "n", 1, 50) is { } years)
        {
            found.Add(("mentor.min-experience", null, true));
            found.Add(("mentor.min-experience", "years", years));
            var organization = Regex.IsMatch(s, @"в (?:данн|это|нашем|наше)[а-я]*\s+(?:образовательн[а-я]*\s+)?(?:организаци|учреждени|школ|оу|доу|доо|мбоу|мбдоу)", RegexOptions.CultureInvariant);
            found.Add(("mentor.min-experience", "scope", organization ? "organization" : "total"));
        }

        // The most mentees at a time: «не более двух наставляемых», «количество подшефных … не более 3».
        if (s.Contains("наставник", StringComparison.Ordinal) || s.Contains("закрепл", StringComparison.Ordinal) || s.Contains("одновременно", StringComparison.Ordinal))
        {
            var max = MaxMenteesBefore.Match(s);
            if (!max.Success)
            {
                max = MaxMenteesAfter.Match(s);
            }

            if (max.Success && Whole(max, "n", 1, 20) is { } cap)
            {
                found.Add(("mentor.max-mentees", null, true));
                found.Add(("mentor.max-mentees", "max", cap));
            }
        }

        // The program's term: «от 3 месяцев до 1 года», «не менее одного года», «на срок не более …».
        var aboutTerm = Regex.IsMatch(s, "сро[кч]|продолжительн|длительн|период|реализ|устанавлива", RegexOptions.CultureInvariant)
            && Regex.IsMatch(s, "наставничеств|программ", RegexOptions.CultureInvariant)
            && !Regex.IsMatch(s, "стаж|возраст|опыт[а-я]* работы|отчет|учебн[а-я]* год", RegexOptions.CultureInvariant);
        if (aboutTerm)
        {
            var range = TermRange.Match(s);
            if (range.Success)
            {
                var unitA = range.Groups["ua"].Success ? range.Groups["ua"].Value : range.Groups["ub"].Value;
                if (Months(range, "a", unitA) is { } min && Months(range, "b", range.Groups["ub"].Value) is { } maxMonths && min < maxMonths)
                {
                    found.Add(("program.duration", "minMonths", min));
                    found.Add(("program.duration", "maxMonths", maxMonths));
                }
            }
            else
            {
                var fixedTerm = TermFixed.Match(s);
                var min = TermMin.Match(s);
                var max = TermMax.Match(s);
                var half = HalfYear.Match(s);
                if (min.Success && Months(min, "a", min.Groups["ua"].Value) is { } lo)
                {
                    found.Add(("program.duration", "minMonths", lo));
                }
                else if (half.Success && half.Groups["bound"].Value == "не менее")
                {
                    found.Add(("program.duration", "minMonths", 6));
                }

                if (max.Success && Months(max, "b", max.Groups["ub"].Value) is { } hi)
                {
                    found.Add(("program.duration", "maxMonths", hi));
                }
                else if (half.Success && half.Groups["bound"].Value != "не менее")
                {
                    found.Add(("program.duration", "maxMonths", 6));
                }

                if (!min.Success && !max.Success && !half.Success && fixedTerm.Success && Months(fixedTerm, "a", fixedTerm.Groups["ua"].Value) is { } exact)
                {
                    found.Add(("program.duration", "minMonths", exact));
                    found.Add(("program.duration", "maxMonths", exact));
                }
            }
        }

        // Who a mentee is: «педагоги в возрасте до 35 лет», «со стажем работы до 3 лет».
        var aboutMentees = Regex.IsMatch(s, "наставляем|молод[а-я]*\\s+(?:специалист|педагог)|начинающ|подшефн|стаж[её]р|(?:над|на)\\s+(?:[а-я]+\\s+)?(?:педагог|работник|учител|воспитател)", RegexOptions.CultureInvariant);
        var teachersAged = Regex.IsMatch(s, @"(?:педагогическ[а-я]*\s+работник|педагог|учител|воспитател)[а-я]*\s+до\s+\d{2}\s+лет", RegexOptions.CultureInvariant);
        if ((aboutMentees && Regex.IsMatch(s, "возраст|молод", RegexOptions.CultureInvariant)) || teachersAged)
        {
            foreach (Match age in AgeUnder.Matches(s))
            {
                var before = s[Math.Max(0, age.Index - 40)..age.Index];
                // Students' ages («обучающихся в возрасте от 10 до 18 лет») and ranges bound no teacher.
                if (before.Contains("стаж", StringComparison.Ordinal) || before.Contains("опыт", StringComparison.Ordinal) || s.Contains("обучающ", StringComparison.Ordinal)
                    || Regex.IsMatch(before, @"от\s+\S+\s*$", RegexOptions.CultureInvariant) || Whole(age, "n", 21, 50) is not { } n)
                {
                    continue;
                }

                // The bound as the text says it: «до 35 лет» (35 excluded), «не старше 35 лет», «до 35 лет включительно».
                var words = $"{age.Groups["op"].Value} {n} {YearsRu(n)}{(age.Groups["incl"].Success ? " включительно" : string.Empty)}";
                found.Add(("mentee.eligible-category", null, true));
                found.Add(("mentee.eligible-category", "ageUnder", words));
                break;
            }
        }

        // No age limit: «без ограничения возраста», «независимо от возраста».
        if (aboutMentees && Regex.IsMatch(s, @"без ограничени[а-я]* (?:по )?возраст|независимо от возраста", RegexOptions.CultureInvariant) && !found.Any(f => f.Item2 == "ageUnder"))
        {
            found.Add(("mentee.eligible-category", null, true));
            found.Add(("mentee.eligible-category", "ageUnder", null));
        }

        if ((aboutMentees || teachersAged) && !MentorExperience.IsMatch(s))
        {
            var exp = MenteeExperience.Match(s);
            var lower = exp.Success ? Regex.Match(s[Math.Max(0, exp.Groups["op"].Index - 14)..exp.Groups["op"].Index], @"от\s+(\S+)\s*$", RegexOptions.CultureInvariant) : Match.Empty;
            // The bound as the text says it: «до 3 лет», «не более 3 лет», «от 1 до 3 лет» (a lower side only with «до»).
            int? from = !lower.Success ? null : RussianNumbers.TryParse(lower.Groups[1].Value, out var l) && l == decimal.Truncate(l) && l is >= 0 and < 20 ? (int)l : -1;
            if (exp.Success && from != -1 && (from is null || exp.Groups["op"].Value == "до") && Whole(exp, "n", 1, 20) is { } years2 && (from is null || from < years2))
            {
                var op = exp.Groups["op"].Value;
                var words = from is { } a ? $"от {a} до {years2} {YearsRu(years2)}" : $"{op} {years2} {YearsRu(years2)}";
                found.Add(("mentee.eligible-category", null, true));
                found.Add(("mentee.eligible-category", "maxExperienceYears", exp.Groups["incl"].Success && op == "до" ? words + " включительно" : words));
            }
        }

        // The mentor's consent: «с его письменного согласия» or «по обоюдному согласию».
        var appointment = Regex.IsMatch(s, "назнача|назначен|закрепл|прикрепл|выбор|определя", RegexOptions.CultureInvariant)
            && !Regex.IsMatch(s, "продлен|срок|измен|прекращ|досрочн|замен|персональн", RegexOptions.CultureInvariant);
        if (appointment && s.Contains("наставник", StringComparison.Ordinal))
        {
            if (Mutual.IsMatch(s))
            {
                found.Add(("consent.mentor-written", "consentForm", "mutual"));
            }
            else if (Written.IsMatch(s) && Regex.IsMatch(s, @"наставник[а-я]*\s+(?:[а-я]+\s+){0,3}?(?:с\s+)?(?:его\s+)?(?:письменн|согласи)|(?:его|наставника)\s+письменн", RegexOptions.CultureInvariant))
            {
                found.Add(("consent.mentor-written", "consentForm", "written"));
            }
        }

        // The mentee's consent too: «при обоюдном согласии наставника и наставляемого» (or «… и молодого специалиста»).
        if (appointment && MutualBothSides.IsMatch(s))
        {
            found.Add(("consent.mentee-written", null, true));
            found.Add(("consent.mentee-written", "consentForm", "mutual"));
        }

        // The curator from the deputy heads.
        var curator = CuratorDeputy.Match(s);
        if (curator.Success && !Regex.IsMatch(curator.Groups["more"].Value, @"\sили\s|,\s*(?:педагог|учител|работник|специалист)", RegexOptions.CultureInvariant))
        {
            found.Add(("org.curator-from-deputies", "curatorMustBeDeputy", true));
        }

        // Candidates and pairs reviewed by the pedagogical council before the order.
        if (Council.IsMatch(s))
        {
            found.Add(("pair.order-after-council", null, true));
        }

        // The curator refreshes the list of mentees «не менее одного раза в год».
        if (s.Contains("куратор", StringComparison.Ordinal) && s.Contains("актуализ", StringComparison.Ordinal)
            && Regex.IsMatch(s, @"не (?:менее|реже) (?:одного|1) раза в год", RegexOptions.CultureInvariant))
        {
            found.Add(("org.curator-annual-refresh", "refreshIntervalMonths", 12));
        }

        // The smallest group.
        var group = GroupSize.Match(s);
        if (group.Success)
        {
            found.Add(("pair.group-size", "groupMinMentees", group.Groups["n"].Value is "двух" or "2" ? 2 : 3));
        }

        // Mentees «назначенные на должность, по которой они не имеют опыта работы» (new-post), with the young specialists the
        // same sentence bounds; a category the parameters cannot say exactly («впервые принятые … не имеющие стажа») leaves
        // the whole sentence to a person.
        if (NewPost.IsMatch(s))
        {
            var young = found.Any(f => f.Item1 == "mentee.eligible-category" && f.Item2 is "ageUnder" or "maxExperienceYears");
            if (young || !OtherCategory.IsMatch(s))
            {
                found.Add(("mentee.eligible-category", null, true));
                found.Add(("mentee.eligible-category", "categories", young ? (IReadOnlyList<string>)["young-specialist", "new-post"] : ["new-post"]));
            }
        }

        // The term stated in the appointing order: «приказ …, в котором определяются … сроки наставничества».
        if (OrderStatesTerm.IsMatch(s))
        {
            found.Add(("pair.order-states-term", null, true));
        }

        // «На весь период адаптации», «на период испытательного срока», «на весь период работы молодого специалиста».
        var whole = WholePeriodPhrase.Match(s);
        if (whole.Success && Regex.IsMatch(s, "наставничеств|наставник|программ", RegexOptions.CultureInvariant) && !found.Any(f => f.Item1 == "program.duration"))
        {
            var what = whole.Groups["what"].Value;
            found.Add(("program.duration", "wholePeriod", what.StartsWith("адаптац", StringComparison.Ordinal) ? "adaptation" : what.StartsWith("испыт", StringComparison.Ordinal) ? "probation" : "young-specialist"));
        }

        return found;
    }

    /// <summary>A whole number from the named group, agreeing with its bracketed repetition if any; null when not whole, out of range or disagreeing.</summary>
    private static int? Whole(Match match, string name, int min, int max)
    {
        if (Value(match, name) is not { } value || value != decimal.Truncate(value) || value < min || value > max)
        {
            return null;
        }

        return (int)value;
    }

    private static decimal? Value(Match match, string name)
    {
        if (!RussianNumbers.TryParse(match.Groups[name].Value, out var value))
        {
            return null;
        }

        var bracket = match.Groups[name + "b"];
        if (bracket.Success && (!RussianNumbers.TryParse(bracket.Value, out var again) || again != value))
        {
            return null;
        }

        return value;
    }

    /// <summary>«лет» or «года» after a bound's word and a number: «до 3 лет», «до 21 года».</summary>
    private static string YearsRu(int n) => Mentoring.Domain.Plural.Ru(n, "года", "лет", "лет");

    private static int? Months(Match match, string name, string unit)
    {
        if (Value(match, name) is not { } value)
        {
            return null;
        }

        var months = unit.StartsWith("мес", StringComparison.Ordinal) ? value : value * 12;
        return months == decimal.Truncate(months) && months is >= 1 and <= 120 ? (int)months : null;
    }
}
