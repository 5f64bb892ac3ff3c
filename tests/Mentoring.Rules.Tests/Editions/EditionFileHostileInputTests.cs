using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;
using Mentoring.Domain;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Testing.Fuzzing;

namespace Mentoring.Rules.Tests.EditionFiles;

/// <summary>Issue #14: edition files on hostile input — bounded reading, located errors in characters, never an exception.</summary>
public sealed partial class EditionFileHostileInputTests
{
    private static readonly byte[][] Bundled = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "BundledEditions"), "*.json")
        .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    [Fact]
    public void Read_EndlessStream_StopsAtTheSizeLimitWithMr0207()
    {
        using var endless = new EndlessStream();

        var result = EditionFile.Read(endless, "zero", PolicyCatalog.Bundled, new EditionFileOptions { MaxBytes = 1 << 20 });

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("MR0207", error.ErrorCode);
        Assert.Equal("zero(1,1)", error.Identifier);
    }

    [Fact]
    public void Read_DevZero_StopsAtTheSizeLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // not a Unix machine
        }

        var result = EditionFile.Read("/dev/zero", PolicyCatalog.Bundled, new EditionFileOptions { MaxBytes = 1 << 20 });

        Assert.Equal("MR0207", Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Read_InvalidUtf8_IsLocatedMr0209NotAnException()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"id\": \"шк").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"\n}")).ToArray();

        var result = EditionFile.Read(new MemoryStream(bytes), "bad.json");

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("MR0209", error.ErrorCode);
        Assert.Equal("bad.json(2,12)", error.Identifier);
    }

    [Theory]
    [InlineData("\\uD800")]
    [InlineData("a\\uDFFFb")]
    public void Read_EscapedLoneSurrogate_IsLocatedMr0209NotAnException(string escape)
    {
        var json = "{\n  \"id\": \"x\",\n  \"title\": { \"ru\": \"Т" + escape + "\", \"en\": \"T\" }\n}";

        var result = EditionFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "surrogate.json");

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("MR0209", error.ErrorCode);
        Assert.Equal("surrogate.json(3,20)", error.Identifier);
    }

    [Fact]
    public void Parse_SyntaxErrorAfterCyrillic_ColumnCountsCharactersAndMessageIsOurOwn()
    {
        const string json = "{ \"id\": \"x\", \"title\": { \"ru\": \"Школа искусств\", \"en\": \"T\" } ! }";

        var error = Assert.Single(EditionFile.Parse(json, "c.json").ValidationErrors);
        ValidationError russian;
        using (MessageCulture.Use(System.Globalization.CultureInfo.GetCultureInfo("ru-RU")))
        {
            russian = Assert.Single(EditionFile.Parse(json, "c.json").ValidationErrors);
        }

        Assert.Equal("MR0201", error.ErrorCode);
        Assert.Equal($"c.json(1,{json.IndexOf('!', StringComparison.Ordinal) + 1})", error.Identifier);
        Assert.Contains("«!»", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(error.Identifier, russian.Identifier);
        Assert.Contains("«!»", russian.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("ошибка в JSON", russian.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingBeyondTheLimit_IsLocatedMr0208()
    {
        var json = "{ \"id\": " + new string('[', 100) + new string(']', 100) + " }";

        var error = Assert.Single(EditionFile.Parse(json, "deep.json").ValidationErrors);

        Assert.Equal("MR0208", error.ErrorCode);
        Assert.Equal($"deep.json(1,{9 + EditionFileOptions.DefaultMaxDepth - 1})", error.Identifier);
    }

    [Fact]
    public void Read_TextBeyondTheLimit_IsLocatedMr0210()
    {
        var json = "{\n  \"id\": \"" + new string('я', 300) + "\"\n}";

        var result = EditionFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "long.json", PolicyCatalog.Bundled, new EditionFileOptions { MaxStringLength = 100 });

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("MR0210", error.ErrorCode);
        Assert.Equal("long.json(2,9)", error.Identifier);
    }

    [Property(MaxTest = 300)]
    public void Read_MutatedBundledEditions_NeverThrowAndEveryErrorIsLocated(NonNegativeInt file, NonNegativeInt kind, NonNegativeInt position, NonNegativeInt payload, byte value)
    {
        var mutated = HostileMutations.Apply(Bundled[file.Get % Bundled.Length], kind.Get, position.Get, payload.Get, value);

        var result = EditionFile.Read(new MemoryStream(mutated), "fuzz.json");

        Assert.All(result.ValidationErrors, error =>
        {
            Assert.NotNull(error.Identifier);
            Assert.Matches(LocatedRegex(), error.Identifier);
        });
    }

    [GeneratedRegex(@"^fuzz\.json\([1-9][0-9]*,[1-9][0-9]*\)(: |$)")]
    private static partial Regex LocatedRegex();

    /// <summary>A stream that never ends, like /dev/zero.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => count;

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Issue #14: nothing but <see cref="ArgumentNullException"/> escapes the edition reader's public API.</summary>
public sealed class EditionFileApiBoundaryTests
{
    [Theory]
    [InlineData(" ")]
    [InlineData("bad\0name.json")]
    [InlineData("/")]
    [InlineData("/no/such/edition.json")]
    public void Read_BlankInvalidMissingOrDirectoryPath_IsMr0201NotAnException(string path)
    {
        var error = Assert.Single(EditionFile.Read(path).ValidationErrors);

        Assert.Equal("MR0201", error.ErrorCode);
        Assert.DoesNotContain("Exception", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullArguments_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => EditionFile.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => EditionFile.Read((Stream)null!, "x"));
    }
}
