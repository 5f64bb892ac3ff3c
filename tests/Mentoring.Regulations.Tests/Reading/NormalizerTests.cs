using System.Text;

namespace Mentoring.Regulations.Tests.Reading;

public sealed class NormalizerTests
{
    [Fact]
    public void Parse_HyphenAtLineEnd_JoinsTheWord()
    {
        var document = RegulationDocument.Parse("3.1. Наставником назначается педагог со стажем педаго-\nгической работы не менее 5 лет.", "t.txt");

        var clause = Assert.Single(document.Clauses);
        Assert.Contains("педагогической работы", clause.Text, StringComparison.Ordinal);
        Assert.Equal("3.1", clause.Number);
    }

    [Fact]
    public void Parse_ClauseOverAPageBreak_IsOneClauseOnItsFirstPage()
    {
        var document = RegulationDocument.Parse("1. Общие положения\n2.4. Наставник может иметь одновременно не более\n\f\n5\nдвух подшефных.\n2.5. Другое.", "t.txt");

        var clause = document.Clauses.Single(c => c.Number == "2.4");
        Assert.Equal("2.4. Наставник может иметь одновременно не более двух подшефных.", clause.Text);
        Assert.Equal(1, clause.Page);
        Assert.Equal(2, document.Clauses.Single(c => c.Number == "2.5").Page);
    }

    [Fact]
    public void Parse_ListItems_TakeTheNumberBeforeThem()
    {
        var document = RegulationDocument.Parse("2. Организация\n2.3. Куратор:\n- назначается из числа заместителей;\n- ведет базу.", "t.txt");

        Assert.All(document.Clauses.Where(c => c.Text.StartsWith('-')), c => Assert.Equal("2.3", c.Number));
        Assert.Equal("2", document.Clauses[^1].Section);
        Assert.Equal("п. 2.3, с. 1", document.Clauses[^1].Place);
    }

    [Fact]
    public void Parse_NumberAloneOnItsLine_NumbersTheNextLine()
    {
        var document = RegulationDocument.Parse("1.1.\nНастоящее положение определяет порядок.", "t.txt");

        Assert.Equal("1.1", Assert.Single(document.Clauses).Number);
    }

    [Fact]
    public void Read_Windows1251Bytes_AreDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes("3.4. За наставником закрепляется не более двух наставляемых.");

        var document = RegulationDocument.Read(new MemoryStream(bytes), RegulationFormat.Text, "cp1251.txt");

        Assert.Contains("наставляемых", Assert.Single(document.Clauses).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DamagedDocx_IsALocatedError()
    {
        var error = Assert.Throws<RegulationReadException>(() => RegulationDocument.Read(new MemoryStream([1, 2, 3]), RegulationFormat.Docx, "bad.docx"));

        Assert.Equal("MG0102", error.Code);
        Assert.Equal("bad.docx", error.Target);
        Assert.Contains("bad.docx", error.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyText_IsNoTextFound()
    {
        var error = Assert.Throws<RegulationReadException>(() => RegulationDocument.Read(new MemoryStream([]), RegulationFormat.Text, "empty.txt"));

        Assert.Equal("MG0103", error.Code);
    }
}
