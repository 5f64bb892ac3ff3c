using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Mentoring.Domain.Documents;
using Mentoring.Testing.Fuzzing;

namespace Mentoring.Domain.Tests.Documents;

/// <summary>Issue #14: the case-file reader on hostile input — located errors in characters, at the value, within limits, never an exception.</summary>
public class CaseFileHostileInputTests
{
    private static readonly string[] SampleFiles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "SampleData"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    private static readonly byte[][] Samples = SampleFiles.Select(File.ReadAllBytes).Append(Encoding.UTF8.GetBytes(CaseFiles.ExampleText)).ToArray();

    // Codes that concern the whole document (size, unreadable) and so have no line.
    private static readonly string[] WholeDocumentCodes = ["MD1001", "MD1006", "MD1008"];

    [Fact]
    public void Read_SyntaxErrorAfterCyrillicText_ColumnCountsCharactersNotBytes()
    {
        const string line = "{\"organization\": {\"name\": \"Школа искусств имени Чайковского\", }";
        var d = Assert.Single(CaseFiles.ReadText(line).ValidationErrors);

        Assert.Equal("MD1002", d.ErrorCode);
        Assert.Equal(1, d.Location()!.Line);
        Assert.Equal(line.LastIndexOf('}') + 1, d.Location()!.Column);
    }

    [Fact]
    public void Read_SyntaxError_MessageDescribesTheCharacterInBothLanguages()
    {
        const string text = "{\"formatVersion\": 1 \"x\"}";
        var d = Assert.Single(CaseFiles.ReadText(text).ValidationErrors);
        var ru = Assert.Single(CaseFiles.ReadText(text, culture: System.Globalization.CultureInfo.GetCultureInfo("ru-RU")).ValidationErrors);

        Assert.Equal("MD1002", d.ErrorCode);
        Assert.Equal("MD1002", ru.ErrorCode);
        Assert.Contains("«\"»", d.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("«\"»", ru.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("корректным JSON", ru.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", d.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("'\"' is invalid", d.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValueOfWrongType_PointsAtTheValueNotTheName()
    {
        var text = CaseFiles.ExampleWith("\"formatVersion\": 1,", "\"formatVersion\": \"один\",");
        var d = Assert.Single(CaseFiles.ReadText(text).ValidationErrors);

        Assert.Equal("$.formatVersion", d.Location()!.Path);
        Assert.Equal(3, d.Location()!.Line);
        Assert.Equal("  \"formatVersion\": ".Length + 1, d.Location()!.Column);
    }

    [Fact]
    public void Read_RepeatedProperty_ReportedAtItsSecondOccurrence()
    {
        var text = CaseFiles.ExampleWith("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"formatVersion\": 1,");
        var d = Assert.Single(CaseFiles.ReadText(text).ValidationErrors);

        Assert.Equal("MD0005", d.ErrorCode);
        Assert.Equal(4, d.Location()!.Line);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("-2147483649")]
    public void Read_NumberBeyondItsType_IsLocatedMd1015(string number)
    {
        var text = CaseFiles.ExampleWith("\"formatVersion\": 1,", $"\"formatVersion\": {number},");
        var d = Assert.Single(CaseFiles.ReadText(text).ValidationErrors);

        Assert.Equal("MD1015", d.ErrorCode);
        Assert.Equal((3, 20), (d.Location()!.Line, d.Location()!.Column));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("0000-01-01")]
    [InlineData("٢٠٢٣-٠٩-٠١")]
    [InlineData("２０２３-０９-０１")]
    public void Read_ExtremeOrNonAsciiDates_AreLocatedErrorsNeverInternalFailures(string date)
    {
        var text = CaseFiles.ExampleWith("\"period\": { \"start\": \"2023-09-01\", \"end\": \"2024-08-31\" }", $"\"period\": {{ \"start\": \"2023-09-01\", \"end\": \"{date}\" }}");

        var result = CaseFiles.ReadText(text);

        Assert.All(result.ValidationErrors, d =>
        {
            Assert.NotEqual("MD1010", d.ErrorCode);
            Assert.True(d.Location()!.Line > 0, d.Describe());
        });
    }

    [Fact]
    public void Read_EscapedLoneSurrogate_IsLocatedMd1013()
    {
        var text = CaseFiles.ExampleWith("\"name\": \"МБОУ «СОШ № 1»\"", "\"name\": \"МБОУ \\uD800\"");
        var d = Assert.Single(CaseFiles.ReadText(text).ValidationErrors);

        Assert.Equal("MD1013", d.ErrorCode);
        Assert.Equal((6, 13), (d.Location()!.Line, d.Location()!.Column));
    }

    [Fact]
    public void Read_InvalidUtf8_IsLocatedMd1013AtTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"я\": \"ab").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"\n}")).ToArray();
        var d = Assert.Single(CaseFile.Read(bytes, new CaseFileOptions { FileName = "case.json" }).ValidationErrors);

        Assert.Equal("MD1013", d.ErrorCode);
        Assert.Equal((2, 11), (d.Location()!.Line, d.Location()!.Column));
    }

    [Fact]
    public void Read_NestingBeyondTheLimit_IsLocatedMd1011()
    {
        var text = "{\"organization\":" + new string('[', 10) + new string(']', 10) + "}";
        var d = Assert.Single(CaseFile.Read(Encoding.UTF8.GetBytes(text), new CaseFileOptions { MaxDepth = 5 }).ValidationErrors);

        Assert.Equal("MD1011", d.ErrorCode);
        Assert.Equal((1, 21), (d.Location()!.Line, d.Location()!.Column));
    }

    [Fact]
    public void Read_TextBeyondTheLimit_IsLocatedMd1012()
    {
        var text = CaseFiles.ExampleWith("\"name\": \"МБОУ «СОШ № 1»\"", $"\"name\": \"{new string('я', 200)}\"");
        var d = Assert.Single(CaseFile.Read(Encoding.UTF8.GetBytes(text), new CaseFileOptions { MaxStringLength = 100 }).ValidationErrors);

        Assert.Equal("MD1012", d.ErrorCode);
        Assert.Equal((6, 13), (d.Location()!.Line, d.Location()!.Column));
    }

    [Fact]
    public void Read_MinifiedDocument_LocatesErrorsInItsOneLine()
    {
        // The one-line form of the example, with an error near its end: the column is the error's character index.
        var minified = System.Text.Json.Nodes.JsonNode.Parse(CaseFiles.ExampleText)!.ToJsonString();
        var at = minified.LastIndexOf("\"2024-08-31\"", StringComparison.Ordinal);
        var broken = string.Concat(minified.AsSpan(0, at), "\"2024-13-31\"", minified.AsSpan(at + 12));

        var d = Assert.Single(CaseFiles.ReadText(broken).ValidationErrors);

        Assert.Equal("MD1005", d.ErrorCode);
        Assert.Equal((1, at + 1), (d.Location()!.Line, d.Location()!.Column));
    }

    [Fact]
    public void Read_EndlessStream_StopsAtTheSizeLimit()
    {
        using var endless = new EndlessStream();
        var d = Assert.Single(CaseFile.Read(endless, new CaseFileOptions { MaxBytes = 1 << 20 }).ValidationErrors);

        Assert.Equal("MD1001", d.ErrorCode);
    }

    [Property(MaxTest = 300)]
    public void Read_MutatedBundledDocuments_NeverThrowAndEveryErrorIsLocated(NonNegativeInt file, NonNegativeInt kind, NonNegativeInt position, NonNegativeInt payload, byte value)
    {
        var original = Samples[file.Get % Samples.Length];
        var mutated = HostileMutations.Apply(original, kind.Get, position.Get, payload.Get, value);

        var result = CaseFile.Read(mutated, new CaseFileOptions { FileName = "fuzz.json" });

        Assert.True(result.IsSuccess || result.ValidationErrors.Any());
        Assert.All(result.ValidationErrors, d =>
        {
            Assert.NotEqual("MD1010", d.ErrorCode);
            Assert.NotNull(d.Location());
            Assert.False(string.IsNullOrEmpty(d.Location()!.Path), d.Describe());
            Assert.True(d.Location()!.Line > 0 || WholeDocumentCodes.Contains(d.ErrorCode), d.Describe());
            Assert.True(d.Location()!.Column > 0 || WholeDocumentCodes.Contains(d.ErrorCode), d.Describe());
        });
    }

    /// <summary>A stream that never ends, like /dev/zero.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Issue #14: nothing but <see cref="ArgumentNullException"/> escapes the case-file reader's public API.</summary>
public class CaseFileApiBoundaryTests
{
    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    [InlineData("bad\0name.json")]
    [InlineData("/")]
    public void Read_BlankInvalidOrDirectoryPath_IsMd1006NotAnException(string path)
    {
        var d = Assert.Single(CaseFile.Read(path).ValidationErrors);

        Assert.Equal("MD1006", d.ErrorCode);
        Assert.DoesNotContain("Exception", d.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WriteOnlyStream_IsMd1006NotAnException()
    {
        using var stream = new WriteOnlyStream();

        Assert.Equal("MD1006", Assert.Single(CaseFile.Read(stream).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Read_NullArguments_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => CaseFile.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => CaseFile.Read((Stream)null!));
    }

    private sealed class WriteOnlyStream : MemoryStream
    {
        public override bool CanRead => false;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
