using Mentoring.Domain.Monitoring.Indicators;

namespace Mentoring.Domain.Tests.Monitoring.Indicators;

/// <summary>
/// 003 §7.7 prints the indicator table for 2021–2024 with every value cell empty: the seed gives the rows and the
/// years, not numbers, so the figures are checked against hand-counted municipalities (<see cref="IndicatorCalculatorTests"/>);
/// here the catalogue's titles are checked against the seed's rows.
/// </summary>
public class SeedIndicatorTableTests
{
    /// <summary>The table of 003 §7.7, verbatim.</summary>
    private const string Table = """
        | № | Наименование показателя | 2021г. | 2022г. | 2023г. | 2024г. |
        |---|---|--------|--------|--------|--------|
        | 1 | Доля ОО, реализующих систему наставничества | | | | |
        | 2 | Наличие (количество) программ наставничества, реализуемых в муниципалитете; | | | | |
        | 3 | Доля обучающихся в возрасте от 10 до 18 лет от общего количества детей, обучающихся в образовательных организациях городского округа г.Аргун, вошедших в программы наставничества в роли наставляемого, % | | | | |
        | 4 | Доля обучающихся в возрасте от 10 до 18 лет от общего количества детей, обучающихся в образовательных организациях городского округа г.Аргун, вошедших в программы наставничества в роли наставника, % | | | | |
        | 5 | Доля учителей – молодых специалистов, вошедших в программы наставничества в роли наставляемого, % | | | | |
        | 6 | Доля учителей , вошедших в программы наставничества в роли наставников, % | | | | |
        | 7 | Доля молодых педагогов, получивших адресную методическую поддержку в разработке и реализации индивидуальных образовательных маршрутов | | | | |
        """;

    private static string[][] Rows() =>
        [.. Table.Split('\n').Skip(2).Where(l => l.Length != 0).Select(l => l.Split('|').Select(c => c.Trim()).ToArray())];

    private static string Normalize(string title) => title
        .Replace(" от общего количества детей, обучающихся в образовательных организациях городского округа г.Аргун", string.Empty, StringComparison.Ordinal)
        .Replace(" ,", ",", StringComparison.Ordinal)
        .TrimEnd(';');

    [Fact]
    public void Seed003Table_EveryRow_IsACatalogueIndicatorWithTheSeedsTitle()
    {
        foreach (var row in Rows())
        {
            var number = int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
            var definition = Assert.Single(IndicatorCatalog.All, d => d.Number == number);

            Assert.Equal(Normalize(row[2]), definition.TitleRu);
            Assert.Equal($"003 §7.7 №{number}", definition.Source);
        }
    }

    [Fact]
    public void Seed003Table_YearCells_AreEmpty()
    {
        var rows = Rows();

        Assert.Equal(7, rows.Length);
        Assert.All(rows, r => Assert.All(r[3..7], cell => Assert.Equal(string.Empty, cell)));
    }
}
