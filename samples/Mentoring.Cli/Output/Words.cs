using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

namespace Mentoring.Cli.Output;

/// <summary>The words both outputs use: stable codes for JSON, Russian and English names for text.</summary>
internal static class Words
{
    public static string Code(Outcome outcome) => outcome switch
    {
        Outcome.Satisfied => "satisfied",
        Outcome.Violated => "violated",
        Outcome.NotApplicable => "not-applicable",
        _ => "unknown",
    };

    public static string Code(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string Code(SubjectKind kind) => kind switch
    {
        SubjectKind.Organization => "organization",
        SubjectKind.Person => "person",
        SubjectKind.Pair => "pair",
        SubjectKind.Program => "program",
        SubjectKind.Document => "document",
        SubjectKind.Roadmap => "roadmap",
        _ => "registry-record",
    };

    public static string Name(Outcome outcome, Language l) => outcome switch
    {
        Outcome.Satisfied => l.T("выполнено", "satisfied"),
        Outcome.Violated => l.T("нарушено", "violated"),
        Outcome.NotApplicable => l.T("неприменимо", "not applicable"),
        _ => l.T("нет данных", "unknown"),
    };

    public static string Name(Severity severity, Language l) => severity switch
    {
        Severity.Error => l.T("ошибка", "error"),
        Severity.Warning => l.T("предупреждение", "warning"),
        _ => l.T("сведения", "info"),
    };

    /// <summary>What a finding comes to, as a methodologist reads it: an error, a warning, undecided, satisfied, not applicable.</summary>
    public static string Verdict(Finding finding, Language l) => finding.Outcome switch
    {
        Outcome.Violated => finding.Severity switch
        {
            Severity.Error => l.T("ошибка", "error"),
            Severity.Warning => l.T("предупреждение", "warning"),
            _ => l.T("сведения", "note"),
        },
        Outcome.Unknown => l.T("не определено", "undecided"),
        Outcome.Satisfied => l.T("выполнено", "satisfied"),
        _ => l.T("неприменимо", "not applicable"),
    };

    /// <summary>A parameter's kind in words.</summary>
    public static string Name(ParameterKind kind, Language l) => kind switch
    {
        ParameterKind.WholeNumber => l.T("целое число", "whole number"),
        ParameterKind.Number => l.T("число", "number"),
        ParameterKind.Flag => l.T("да/нет", "yes/no"),
        ParameterKind.Choice => l.T("выбор", "choice"),
        ParameterKind.ChoiceList => l.T("список значений", "list of choices"),
        ParameterKind.CalendarDate => l.T("дата", "date"),
        ParameterKind.CalendarDateList => l.T("список дат", "list of dates"),
        ParameterKind.YearsBound => l.T("граница в годах", "bound in years"),
        _ => kind.ToString(),
    };

    /// <summary>A parameter's value in words: «нет» for none, «да»/«нет» for a flag.</summary>
    public static string Value(object? value, Language l) => value switch
    {
        null => l.T("не задано", "none"),
        bool flag => YesNo(flag, l),
        IReadOnlyList<DateOnly> dates => string.Join(", ", dates.Select(d => Date(d, l))),
        DateOnly date => Date(date, l),
        Mentoring.Rules.Editions.YearsBound bound => l.T(bound.ToRussian(), bound.ToEnglish()),
        _ => Value(value),
    };

    /// <summary>Where an edition's setting comes from: an edition's identifier, or «по умолчанию».</summary>
    public static string SetBy(string source, Language l) => source == "default" ? l.T("по умолчанию", "default") : source;

    /// <summary>A date as the language writes it: 30.06.2024 in Russian, 2024-06-30 in English.</summary>
    public static string Date(DateOnly date, Language l) =>
        date.ToString(l.IsRussian ? "dd.MM.yyyy" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string YesNo(bool value, Language l) => value ? l.T("да", "yes") : l.T("нет", "no");

    public static string OnOff(bool value, Language l) => value ? l.T("вкл.", "on") : l.T("выкл.", "off");

    public static string Title(PolicyDescriptor policy, Language l) => l.T(policy.TitleRu, policy.TitleEn);

    public static string Title(Edition edition, Language l) => l.T(edition.TitleRu, edition.TitleEn);

    /// <summary>A parameter's value as text, as <see cref="ParameterValue.Display"/> shows it.</summary>
    public static string Value(object? value) => value switch
    {
        null => "null",
        IReadOnlyList<string> list => string.Join(", ", list),
        DateOnly date => Date(date),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static string Subject(Subject subject) => subject.Name is null ? subject.Id : $"{subject.Id} ({subject.Name})";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Range(Edition edition, Language l) => (edition.EffectiveFrom, edition.EffectiveTo) switch
    {
        (null, null) => l.T("без срока", "open"),
        ({ } from, null) => l.T($"с {Date(from)}", $"from {Date(from)}"),
        (null, { } to) => l.T($"по {Date(to)}", $"to {Date(to)}"),
        ({ } from, { } to) => $"{Date(from)} – {Date(to)}",
    };

    public static string Source(Edition edition) => edition.Source is not { } s
        ? string.Empty
        : string.Join(", ", new[] { s.Issuer, s.Number is null ? null : $"№ {s.Number}", s.Date is null ? null : Date(s.Date) }.Where(p => p is not null));

    /// <summary>An edition's source act in a language: the issuer is written in Russian only, so English gives the number and date.</summary>
    public static string Source(Edition edition, Language l) => l.IsRussian || edition.Source is not { } s
        ? Source(edition)
        : string.Join(", ", new[] { s.Number is null ? null : $"No. {s.Number}", s.Date is null ? null : Date(s.Date) }.Where(p => p is not null));
}
