using System.Text.RegularExpressions;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Tests.Reporting;

/// <summary>
/// The one citation formatter (readings.md, "Citations"): each seed by its document's title and act (number, date,
/// place, as the seeds' headers give them), then the пункт or раздел; the Labour Code as «ТК РФ, ст. 351.8»; English
/// for English output. The seeds' misprints never appear.
/// </summary>
public sealed partial class CitationsTests
{
    public static TheoryData<string> Sources() => [.. PolicyCatalog.Bundled.Policies.Select(p => p.Source).Distinct()];

    [Fact]
    public void Readable_MentorConsent_EachDocumentByTitleActAndPlace()
    {
        Assert.Equal(
            "Положение о системе наставничества педагогических работников (приказ № 191 от 02.11.2022, Краснокутский район), раздел 2; "
            + "Целевая модель наставничества (приказ № 140/2-н от 07.09.2021, г. Аргун), п. 2.3; ТК РФ, ст. 351.8",
            Citations.Readable("002 §2; 003 §2.3; TK 351.8", "ru"));
        Assert.Equal(
            "Regulation on the mentoring system for teaching staff (order No. 191 of 2 November 2022, Krasnokutsky district), section 2; "
            + "Target model of mentoring (order No. 140/2-н of 7 September 2021, Argun), item 2.3; Labour Code of the Russian Federation, art. 351.8",
            Citations.Readable("002 §2; 003 §2.3; TK 351.8", "en"));
    }

    [Theory]
    [InlineData("TK 351.8", "ТК РФ, ст. 351.8")]
    [InlineData("002 «Процесс формирования пар»", "Положение о системе наставничества педагогических работников (приказ № 191 от 02.11.2022, Краснокутский район), раздел «Процесс формирования пар и групп»")]
    [InlineData("002 §1 (понятия)", "Положение о системе наставничества педагогических работников (приказ № 191 от 02.11.2022, Краснокутский район), раздел 1 (понятия)")]
    [InlineData("002 §2 ¶1", "Положение о системе наставничества педагогических работников (приказ № 191 от 02.11.2022, Краснокутский район), раздел 2, абзац 1")]
    [InlineData("002 МР stage 5 п.3", "Положение о системе наставничества педагогических работников (приказ № 191 от 02.11.2022, Краснокутский район), этап 5, п. 3 образца дорожной карты")]
    [InlineData("003 order п.4.2, roadmap 1.3", "Целевая модель наставничества (приказ № 140/2-н от 07.09.2021, г. Аргун), п. 4.2 приказа, п. 1.3 дорожной карты")]
    [InlineData("003 §4.6 п.2", "Целевая модель наставничества (приказ № 140/2-н от 07.09.2021, г. Аргун), п. 4.6, подпункт 2")]
    [InlineData("003 §7.7 №1", "Целевая модель наставничества (приказ № 140/2-н от 07.09.2021, г. Аргун), п. 7.7, показатель № 1")]
    [InlineData("003 §5.1–5.6", "Целевая модель наставничества (приказ № 140/2-н от 07.09.2021, г. Аргун), пп. 5.1–5.6")]
    [InlineData("003 annex 3", "Целевая модель наставничества (приказ № 140/2-н от 07.09.2021, г. Аргун), приложение 3")]
    [InlineData("003 order preamble", "Целевая модель наставничества (приказ № 140/2-н от 07.09.2021, г. Аргун), преамбула приказа")]
    [InlineData("001 order п.2, roadmap 2.6", "Приказ № 633 от 26.12.2022 (г. Смоленск), п. 2, п. 2.6 дорожной карты")]
    [InlineData("004 order п.3.2 and roadmap", "Приказ № 156 от 30.08.2021 (Ивантеевский район), п. 3.2, дорожная карта")]
    [InlineData("000 roadmap", "Программа поддержки наставничества по модели «педагог – педагог» (приказ № 145-УО от 15.04.2023, Воскресенский район), дорожная карта")]
    public void Readable_Russian_AsAPersonReadsIt(string source, string expected) => Assert.Equal(expected, Citations.Readable(source, "ru"));

    [Fact]
    public void Readable_RoadmapsOfEverySeed_NamesEachAct() => Assert.Equal(
        "дорожные карты к приказам № 145-УО от 15.04.2023 (Воскресенский район), № 633 от 26.12.2022 (г. Смоленск), № 191 от 02.11.2022 (Краснокутский район), "
        + "№ 140/2-н от 07.09.2021 (г. Аргун), № 156 от 30.08.2021 (Ивантеевский район)",
        Citations.Readable("000, 001, 002, 003, 004 roadmaps", "ru"));

    [Theory]
    [MemberData(nameof(Sources))]
    public void Readable_EveryBundledSourceInRussian_NoCatalogueShorthandAndNoLatin(string source)
    {
        var text = Citations.Readable(source, "ru");

        Assert.DoesNotContain("§", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b00[0-4]\b", text);
        Assert.DoesNotMatch("[A-Za-z]", text);
        Assert.DoesNotContain("МР", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Readable_EveryBundledSourceInEnglish_NoRussianWords(string source)
    {
        // Order numbers are written as the acts write them (140/2-н, 145-УО): codes, not words.
        var words = Word().Matches(Citations.Readable(source, "en")).Select(m => m.Value).Where(w => Cyrillic().IsMatch(w) && !w.Any(char.IsDigit));

        Assert.Empty(words);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Readable_EveryBundledSource_NoMisprintOfTheSeeds(string source)
    {
        foreach (var language in new[] { "ru", "en" })
        {
            var text = Citations.Readable(source, language);
            Assert.DoesNotContain("07.09.2024", text, StringComparison.Ordinal); // 003's annex misdates its own order
            Assert.DoesNotContain("___", text, StringComparison.Ordinal);        // 000's blank number of its annex
            Assert.DoesNotContain("2024 года № 140", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readable_TextItCannotRead_LeftAsWritten() => Assert.Equal("Положение школы № 1, п. 3.2", Citations.Readable("Положение школы № 1, п. 3.2", "ru"));

    [GeneratedRegex(@"[\p{L}\p{N}/-]+")]
    private static partial Regex Word();

    [GeneratedRegex("[А-Яа-яЁё]")]
    private static partial Regex Cyrillic();
}
