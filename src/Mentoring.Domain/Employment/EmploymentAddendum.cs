using System.Collections.Immutable;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Forms;

namespace Mentoring.Domain.Employment;

/// <summary>
/// An employment contract or an addendum to it (дополнительное соглашение к трудовому договору) that fixes a
/// teacher's mentoring assignment: its content, term, form and pay.
/// </summary>
/// <remarks>
/// TK 351.8 (in force from 2025-03-01); rule <c>consent.employment-addendum</c>. Every part is optional, so
/// that an incomplete document is representable; <see cref="MissingParts"/> tells which parts it lacks.
/// </remarks>
public sealed class EmploymentAddendum
{
    private EmploymentAddendum(DocumentId id, PersonId teacherId, DateOnly signedOn, string? content, DateRange? term, MentoringForm? form, decimal? pay)
    {
        Id = id;
        TeacherId = teacherId;
        SignedOn = signedOn;
        Content = content;
        Term = term;
        Form = form;
        Pay = pay;
    }

    /// <summary>The document's identifier.</summary>
    public DocumentId Id { get; }

    /// <summary>The teacher who takes on the mentoring.</summary>
    public PersonId TeacherId { get; }

    /// <summary>The day it was signed.</summary>
    public DateOnly SignedOn { get; }

    /// <summary>The content of the mentoring work, or null when the document does not state it.</summary>
    public string? Content { get; }

    /// <summary>The term of the mentoring work (both days inclusive), or null when not stated.</summary>
    public DateRange? Term { get; }

    /// <summary>The form of mentoring, or null when not stated.</summary>
    public MentoringForm? Form { get; }

    /// <summary>The pay for mentoring in rubles per month, or null when not stated. Zero is representable.</summary>
    public decimal? Pay { get; }

    /// <summary>True when all four parts are stated.</summary>
    public bool IsComplete => MissingParts().Count == 0;

    /// <summary>Creates an addendum, collecting every error.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="teacherId">The teacher.</param>
    /// <param name="signedOn">The day it was signed.</param>
    /// <param name="content">The content, or null.</param>
    /// <param name="term">The term, or null.</param>
    /// <param name="form">The form, or null.</param>
    /// <param name="pay">The pay in rubles per month, or null.</param>
    /// <returns>
    /// The addendum, or <see cref="DomainErrors.General.UnknownCode"/> (MD0008) at <c>form</c> and
    /// <see cref="DomainErrors.Documents.NegativePay"/> (MD0306) at <c>pay</c>.
    /// </returns>
    public static Result<EmploymentAddendum> Create(
        DocumentId id,
        PersonId teacherId,
        DateOnly signedOn,
        string? content = null,
        DateRange? term = null,
        MentoringForm? form = null,
        decimal? pay = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(teacherId);
        return ResultExtras.Combine(
                form is { } f ? MentoringForms.Vocabulary.Check(f).ToResult() : Result.Success(),
                pay is { } p && p < 0 ? DomainErrors.Documents.NegativePay(p).Fail() : Result.Success())
            .Then(() => new EmploymentAddendum(id, teacherId, signedOn, Texts.Optional(content), term, form, pay));
    }

    /// <summary>The parts TK 351.8 requires that the document does not state, in the order content, term, form, pay.</summary>
    /// <returns>The missing parts; empty when the addendum is complete.</returns>
    public IReadOnlySet<AddendumPart> MissingParts()
    {
        var missing = ImmutableSortedSet.CreateBuilder<AddendumPart>();
        if (Content is null)
        {
            missing.Add(AddendumPart.Content);
        }

        if (Term is null)
        {
            missing.Add(AddendumPart.Term);
        }

        if (Form is null)
        {
            missing.Add(AddendumPart.Form);
        }

        if (Pay is null)
        {
            missing.Add(AddendumPart.Pay);
        }

        return missing.ToImmutable();
    }
}
