using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Regulations.Extraction;

namespace Mentoring.Regulations.Tests.Reading;

/// <summary>A text wrapped into lines, with blank lines and page breaks anywhere.</summary>
public sealed record WrappedText(string[] Words, int[] Breaks);

/// <summary>A whole number from 1 to 99 and its Russian genitive («двадцати пяти»), written from a table of its own.</summary>
public sealed record NumberInWords(int Value, string Words);

public static class RegulationArbitraries
{
    private static readonly string[] Vocabulary = ["наставник", "Наставляемый", "педагог", "программа", "срок", "не", "менее", "года", "Куратор", "приказ", "согласия", "и", "в"];
    private static readonly string[] Units = ["", "одного", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти", "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати"];
    private static readonly string[] Tens = ["", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти", "восьмидесяти", "девяноста"];

    public static Arbitrary<WrappedText> Wrapped() =>
        (from words in Gen.ArrayOf(Gen.Elements(Vocabulary)).Where(w => w.Length > 0)
         from breaks in Gen.ArrayOf(Gen.Choose(0, 3), words.Length)
         select new WrappedText(words, breaks)).ToArbitrary();

    public static Arbitrary<NumberInWords> Numbers() =>
        Gen.Choose(1, 99).Select(n => new NumberInWords(n, n < 20 ? Units[n] : (Tens[n / 10] + " " + Units[n % 10]).Trim())).ToArbitrary();
}

public sealed class NormalizerPropertyTests
{
    [Property(Arbitrary = [typeof(RegulationArbitraries)])]
    public bool Parse_AnyWrapping_KeepsEveryLetterInOrder(WrappedText text)
    {
        // 0: a space, 1: a line break, 2: a blank line, 3: a page break with its page number.
        var separators = new[] { " ", "\n", "\n\n", "\n\f7\n" };
        var raw = string.Concat(text.Words.Select((w, i) => w + separators[text.Breaks[i]]));

        var document = RegulationDocument.Parse(raw, "p.txt");

        var letters = new string(raw.Where(char.IsLetter).ToArray());
        return new string(string.Concat(document.Clauses.Select(c => c.Text)).Where(char.IsLetter).ToArray()) == letters
            && document.Clauses.All(c => c.Page >= 1);
    }

    [Property(Arbitrary = [typeof(RegulationArbitraries)])]
    public bool TryParse_AnyNumberInWords_GivesItsValue(NumberInWords number) =>
        RussianNumbers.TryParse(number.Words, out var value) && value == number.Value;
}
