namespace Mentoring.Domain.Employment;

/// <summary>A part that TK 351.8 requires an employment-contract addendum on mentoring to state.</summary>
/// <remarks>TK 351.8 (381-ФЗ of 09.11.2024, in force from 2025-03-01): content, term, form and pay of mentoring.</remarks>
public enum AddendumPart
{
    /// <summary>The content of the mentoring work («содержание»).</summary>
    Content = 1,

    /// <summary>The term of the mentoring work («срок»).</summary>
    Term = 2,

    /// <summary>The form of mentoring («форма»).</summary>
    Form = 3,

    /// <summary>The pay for mentoring («размер оплаты»).</summary>
    Pay = 4,
}

/// <summary>The vocabulary of <see cref="AddendumPart"/>.</summary>
public static class AddendumParts
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<AddendumPart> Vocabulary { get; } = Vocabulary<AddendumPart>.For("part")
        .Add(AddendumPart.Content, "content", "содержание наставничества", "content of mentoring", "TK 351.8", "содержание")
        .Add(AddendumPart.Term, "term", "срок наставничества", "term of mentoring", "TK 351.8", "срок")
        .Add(AddendumPart.Form, "form", "форма наставничества", "form of mentoring", "TK 351.8", "форма")
        .Add(AddendumPart.Pay, "pay", "размер оплаты за наставничество", "pay for mentoring", "TK 351.8", "оплата", "размер оплаты")
        .Build();

    /// <summary>The term of a part.</summary>
    /// <param name="part">The part.</param>
    /// <returns>Its code and names.</returns>
    public static Term<AddendumPart> Term(this AddendumPart part) => Vocabulary[part];
}
