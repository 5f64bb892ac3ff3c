namespace Mentoring.Regulations.Tests.Extraction;

/// <summary>Russian legal phrasing as Положения write it: each sentence and the settings it gives (or none).</summary>
public sealed class ClauseExtractorTests
{
    private static string Settings(string text)
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse(text, "t.txt"));
        return string.Join("; ", draft.Settings.Where(s => s.Parameter is not null).Select(s => $"{s.RuleId}.{s.Parameter}={s.Value ?? "null"}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("3.1. Наставником назначается педагогический работник, имеющий стаж педагогической работы не менее 5 (пяти) лет.", "mentor.min-experience.scope=total; mentor.min-experience.years=5")]
    [InlineData("Наставник должен иметь стаж работы не менее пяти лет.", "mentor.min-experience.scope=total; mentor.min-experience.years=5")]
    [InlineData("Наставником может быть педагог, имеющий не менее 3 лет педагогического стажа.", "mentor.min-experience.scope=total; mentor.min-experience.years=3")]
    [InlineData("Наставник назначается из числа педагогов со стажем работы в данном учреждении не менее трех лет.", "mentor.min-experience.scope=organization; mentor.min-experience.years=3")]
    [InlineData("Наставник может иметь одновременно не более двух подшефных.", "mentor.max-mentees.max=2")]
    [InlineData("За наставником закрепляется не более 3-х молодых специалистов.", "mentor.max-mentees.max=3")]
    [InlineData("Количество наставляемых у одного наставника не может превышать трех.", "mentor.max-mentees.max=3")]
    [InlineData("Наставник может вести одновременно не более двух стажеров.", "mentor.max-mentees.max=2")]
    [InlineData("Персонализированная программа наставничества – это краткосрочная персонализированная программа (от 3 месяцев до 1 года), включающая описание форм.", "program.duration.maxMonths=12; program.duration.minMonths=3")]
    [InlineData("Наставничество устанавливается продолжительностью от трех месяцев до одного года.", "program.duration.maxMonths=12; program.duration.minMonths=3")]
    [InlineData("Срок реализации программы наставничества не менее одного года.", "program.duration.maxMonths=null; program.duration.minMonths=12")]
    [InlineData("Наставничество устанавливается на срок не более двух лет.", "program.duration.maxMonths=24; program.duration.minMonths=null")]
    [InlineData("Наставничество устанавливается сроком на один год.", "program.duration.maxMonths=12; program.duration.minMonths=12")]
    [InlineData("Наставничество устанавливается для молодых специалистов в возрасте до 35 лет.", "mentee.eligible-category.ageUnder=до 35 лет")]
    [InlineData("Наставляемые – молодые педагоги не старше 35 лет.", "mentee.eligible-category.ageUnder=не старше 35 лет")]
    [InlineData("Наставляемые – молодые педагоги в возрасте до 35 лет включительно.", "mentee.eligible-category.ageUnder=до 35 лет включительно")]
    [InlineData("Наставничество устанавливается над педагогами, имеющими стаж педагогической работы до 3 лет.", "mentee.eligible-category.maxExperienceYears=до 3 лет")]
    [InlineData("Наставничество устанавливается над молодыми специалистами без ограничения возраста со стажем работы до 3 лет.", "mentee.eligible-category.ageUnder=null; mentee.eligible-category.maxExperienceYears=до 3 лет")]
    [InlineData("Наставничество устанавливается над педагогами, имеющими стаж не более 3 лет.", "mentee.eligible-category.maxExperienceYears=не более 3 лет")]
    [InlineData("Стаж наставляемого педагога составляет от 1 до 3 лет.", "mentee.eligible-category.maxExperienceYears=от 1 до 3 лет")]
    [InlineData("Наставничество распространяется на молодых специалистов в возрасте до 35 лет, имеющих трудовой стаж педагогической деятельности от 0 до 3-х лет.", "mentee.eligible-category.ageUnder=до 35 лет; mentee.eligible-category.maxExperienceYears=от 0 до 3 лет")]
    [InlineData("Наставник назначается приказом директора при обоюдном согласии наставника и молодого специалиста.", "consent.mentee-written.consentForm=mutual; consent.mentor-written.consentForm=mutual")]
    [InlineData("Наставник закрепляется за наставляемым при обоюдном согласии наставника и наставляемого приказом директора.", "consent.mentee-written.consentForm=mutual; consent.mentor-written.consentForm=mutual")]
    [InlineData("Наставник назначается приказом директора по обоюдному согласию.", "consent.mentor-written.consentForm=mutual")]
    [InlineData("Педагогический работник назначается наставником с его письменного согласия приказом руководителя образовательной организации.", "consent.mentor-written.consentForm=written")]
    [InlineData("Куратор назначается руководителем образовательной организации из числа заместителей руководителя.", "org.curator-from-deputies.curatorMustBeDeputy=True")]
    [InlineData("Наставничество в группе – форма наставничества, когда один наставник взаимодействует с группой наставляемых одновременно (от двух и более человек).", "pair.group-size.groupMinMentees=2")]
    [InlineData("Наставничество устанавливается на весь период адаптации молодого специалиста.", "program.duration.wholePeriod=adaptation")]
    [InlineData("Наставник назначается вновь принятому работнику на период испытательного срока.", "program.duration.wholePeriod=probation")]
    [InlineData("Наставничество устанавливается на весь период работы в качестве молодого специалиста.", "program.duration.wholePeriod=young-specialist")]
    public void Create_PlainSentence_GivesItsSettings(string text, string expected) => Assert.Equal(expected, Settings(text));

    [Fact]
    public void Create_MenteesInAPostWithoutExperience_SetsTheNewPostCategory()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("1.2. Наставничество устанавливается над специалистами, назначенными на должность, по которой они не имеют опыта работы.", "t.txt"));

        var categories = Assert.Single(draft.Settings, s => s.Parameter == "categories");
        Assert.Equal(["new-post"], Assert.IsAssignableFrom<IReadOnlyList<string>>(categories.Value));
        Assert.Contains(draft.Settings, s => s is { RuleId: "mentee.eligible-category", Parameter: null });
        Assert.Contains("\"categories\": [\n          \"new-post\"\n        ]", draft.ToJson().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_YoungSpecialistsOrNewPost_SetsBothCategoriesWithTheBounds()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("Наставничество – поддержка педагогических работников до 35 лет, имеющих трудовой стаж педагогической деятельности от 0 до 3-х лет, или специалистов, назначенных на должность, по которой они не имеют опыта работы.", "t.txt"));

        Assert.Equal(["young-specialist", "new-post"], Assert.IsAssignableFrom<IReadOnlyList<string>>(Assert.Single(draft.Settings, s => s.Parameter == "categories").Value));
        Assert.Equal("до 35 лет", Assert.Single(draft.Settings, s => s.Parameter == "ageUnder").Value?.ToString());
    }

    [Fact]
    public void Create_NewPostBesideACategoryNoParameterSays_SetsNothingAndSaysWhy()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("Школьное наставничество – работа с впервые принятыми учителями, не имеющими трудового стажа педагогической деятельности, или со специалистами, назначенными на должность, по которой они не имеют опыта работы.", "t.txt"));

        Assert.Empty(draft.Settings);
        Assert.Contains("впервые принятые", Assert.Single(draft.Unmapped).ReasonRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OrderStatesTheTerm_SwitchesTheRuleOn()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("3.1. Наставничество организуется на основании локального акта учреждения и приказа руководителя, в которых определяются кандидатуры подшефных, наставников, сроки наставничества, график отчетности.", "t.txt"));

        var setting = Assert.Single(draft.Settings);
        Assert.Equal(("pair.order-states-term", null, true), (setting.RuleId, setting.Parameter, setting.Value));
        Assert.Contains("\"pair.order-states-term\": {\n      \"enabled\": true", draft.ToJson().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Наставник может иметь, как правило, не более двух подшефных.")]
    [InlineData("Наставник имеет не более двух наставляемых, за исключением случаев, установленных директором.")]
    [InlineData("Наставничество устанавливается на весь период адаптации молодого специалиста, но, как правило, не менее года.")]
    [InlineData("Наставник должен иметь стаж не менее 5 (шести) лет.")]
    [InlineData("Стаж наставляемого педагога составляет от 3 до 1 года.")]
    [InlineData("Стаж наставляемого педагога составляет от 1 не более 3 лет.")]
    [InlineData("По обоюдному согласию наставника и наставляемого возможно продление срока реализации программы.")]
    [InlineData("Отчет о работе представляется не более двух раз в год.")]
    [InlineData("Куратор назначается из числа заместителей руководителя или опытных педагогов.")]
    public void Create_UnclearSentence_SetsNothing(string text) => Assert.Equal(string.Empty, Settings(text));

    [Fact]
    public void Create_MutualConsentOfBothSides_SwitchesTheMenteesConsentOn()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("2.3. Наставник назначается приказом директора при обоюдном согласии наставника и наставляемого.", "t.txt"));

        Assert.Contains(draft.Settings, s => s.RuleId == "consent.mentee-written" && s.Parameter is null && Equals(s.Value, true));
        var edition = Mentoring.Rules.Editions.EditionFile.Parse(draft.ToJson(), "draft.json");
        Assert.True(edition.IsSuccess, string.Join("; ", edition.ValidationErrors.Select(e => e.ErrorMessage)));
        Assert.Equal("mutual", edition.Value.Rules["consent.mentee-written"].Parameters["consentForm"]);
        Assert.True(edition.Value.Rules["consent.mentee-written"].Enabled);
    }

    [Theory]
    [InlineData("1.2. Наставничество устанавливается для молодых специалистов в возрасте до 35 лет, имеющих стаж не более 3 лет.", "{ \"under\": 35 }", "{ \"atMost\": 3 }")]
    [InlineData("1.2. Наставничество устанавливается для молодых педагогов не старше 35 лет со стажем от 1 до 3 лет.", "{ \"atMost\": 35 }", "{ \"atLeast\": 1, \"under\": 3 }")]
    public void Create_BoundsAsTheTextSaysThem_LoadAsEditionValues(string text, string age, string experience)
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse(text, "t.txt"));

        var edition = Mentoring.Rules.Editions.EditionFile.Parse(draft.ToJson(), "draft.json");

        Assert.True(edition.IsSuccess, string.Join("; ", edition.ValidationErrors.Select(e => e.ErrorMessage)));
        var parameters = edition.Value.Rules["mentee.eligible-category"].Parameters;
        Assert.Equal(age, parameters["ageUnder"]!.ToString());
        Assert.Equal(experience, parameters["maxExperienceYears"]!.ToString());
    }

    [Fact]
    public void ToJson_UpToNYears_AsksAPersonToCheckTheReading()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("1.2. Наставничество устанавливается для молодых специалистов в возрасте до 35 лет.", "t.txt"));

        var json = draft.ToJson();

        Assert.Contains("ПРОВЕРЬТЕ (п. 1.2, с. 1): mentee.eligible-category.ageUnder = «до 35 лет»", json, StringComparison.Ordinal);
        Assert.Contains("«Наставничество устанавливается для молодых специалистов в возрасте до 35 лет.»", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CouncilReviewsCandidates_SwitchesTheRuleOn()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("3.2. Кандидатуры наставников рассматриваются на заседании педагогического совета и утверждаются приказом директора.", "t.txt"));

        var setting = Assert.Single(draft.Settings);
        Assert.Equal(("pair.order-after-council", null, true), (setting.RuleId, setting.Parameter, setting.Value));
        Assert.Equal("3.2", setting.Clause.Number);
    }

    [Fact]
    public void Create_TwoSentencesDisagree_SetNothingAndListBoth()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("3.1. Наставник может иметь одновременно не более двух подшефных.\n5.2. Наставник может иметь одновременно не более трех подшефных.", "t.txt"));

        Assert.DoesNotContain(draft.Settings, s => s.RuleId == "mentor.max-mentees");
        Assert.Equal(2, draft.Unmapped.Count(u => u.ReasonEn.Contains("different values", StringComparison.Ordinal)));
    }

    [Fact]
    public void Create_ListItemUnderItsLeadIn_ReadsTheLeadIn()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("2.5. Куратор реализации программ наставничества:\n- назначается руководителем образовательной организации из числа заместителей руководителя;\n- ведет базу наставников.", "t.txt"));

        var setting = Assert.Single(draft.Settings);
        Assert.Equal("org.curator-from-deputies", setting.RuleId);
        Assert.Contains("Куратор реализации программ наставничества:", setting.Quote, StringComparison.Ordinal);
    }
}
