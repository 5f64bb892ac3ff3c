namespace Mentoring.Cli;

/// <summary>The language of the output: Russian (the regulation's) or English.</summary>
internal sealed record Language(string Code)
{
    public static Language Russian { get; } = new("ru");

    public static Language English { get; } = new("en");

    public bool IsRussian => Code == "ru";

    public static Language Parse(string? code) => code == "en" ? English : Russian;

    /// <summary>Picks the text in this language.</summary>
    public string T(string ru, string en) => IsRussian ? ru : en;
}
