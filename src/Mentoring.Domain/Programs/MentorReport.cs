namespace Mentoring.Domain.Programs;

/// <summary>
/// The mentor's (tutor's) report on a program («отчёт о реализации программы сопровождения»): the day it was
/// submitted, its author and how the documents name it.
/// </summary>
/// <remarks>
/// 003 §5.5 (the reflective and analytical stage): «подготовка наставником (тьютором) отчета о реализации программы
/// сопровождения». The seed sets no due date; rule <c>program.mentor-report</c> (argun-2021) asks for it once the program
/// has ended.
/// </remarks>
public sealed class MentorReport : IEquatable<MentorReport>
{
    private MentorReport(DateOnly submittedOn, PersonId? author, string? title)
    {
        SubmittedOn = submittedOn;
        Author = author;
        Title = title;
    }

    /// <summary>The day the report was submitted.</summary>
    public DateOnly SubmittedOn { get; }

    /// <summary>The mentor or tutor who wrote it, when recorded.</summary>
    public PersonId? Author { get; }

    /// <summary>How the documents name the report, when recorded.</summary>
    public string? Title { get; }

    /// <summary>Creates a report.</summary>
    /// <param name="submittedOn">The day it was submitted.</param>
    /// <param name="author">The mentor or tutor, if recorded.</param>
    /// <param name="title">How the documents name it, if recorded (blank is none).</param>
    /// <returns>The report.</returns>
    public static Result<MentorReport> Create(DateOnly submittedOn, PersonId? author = null, string? title = null) =>
        new MentorReport(submittedOn, author, Texts.Optional(title));

    /// <inheritdoc />
    public bool Equals(MentorReport? other) =>
        other is not null && SubmittedOn == other.SubmittedOn && Author == other.Author && string.Equals(Title, other.Title, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MentorReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SubmittedOn, Author, Title);

    /// <inheritdoc />
    public override string ToString() => $"{SubmittedOn:dd.MM.yyyy}{(Author is null ? string.Empty : $" ({Author})")}";
}
