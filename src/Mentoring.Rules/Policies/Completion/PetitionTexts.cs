using Mentoring.Domain.Petitions;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>What the two petition rules share: the addressees (the curator or the head) and the decision as text.</summary>
internal static class PetitionTexts
{
    /// <summary>«заявление о сложении обязанностей наставника от 01.02.2024 (Иванова М. П.)».</summary>
    internal static string Ru(Evaluation evaluation, Petition petition) =>
        $"{petition.Kind.Term().NameRu} от {petition.FiledOn:dd.MM.yyyy} ({evaluation.Name(petition.From)})";

    /// <summary>«petition pet-1 for release from the duties of mentor of 2024-02-01 by …».</summary>
    internal static string En(Evaluation evaluation, Petition petition) =>
        $"petition {petition.Id} ({petition.Kind.Term().NameEn}) of {petition.FiledOn:yyyy-MM-dd} by {evaluation.Name(petition.From)}";

    /// <summary>To whom the petition went, in Russian: «куратору и руководителю», «куратору», «руководителю».</summary>
    internal static string AddresseesRu(Petition petition) => (petition.AddressedToCurator, petition.AddressedToHead) switch
    {
        (true, true) => "куратору и руководителю образовательной организации",
        (true, false) => "куратору",
        _ => "руководителю образовательной организации",
    };

    /// <summary>To whom the petition went, in English.</summary>
    internal static string AddresseesEn(Petition petition) => (petition.AddressedToCurator, petition.AddressedToHead) switch
    {
        (true, true) => "the curator and the head",
        (true, false) => "the curator",
        _ => "the head",
    };

    /// <summary>The decision in Russian: «на рассмотрении», «отклонено 05.02.2024».</summary>
    internal static string DecisionRu(Petition petition) => petition.Outcome is { } outcome
        ? $"{outcome.Term().NameRu}{(petition.DecidedOn is { } d ? $" {d:dd.MM.yyyy}" : string.Empty)}"
        : "на рассмотрении";

    /// <summary>The decision in English.</summary>
    internal static string DecisionEn(Petition petition) => petition.Outcome is { } outcome
        ? $"{outcome.Term().NameEn}{(petition.DecidedOn is { } d ? $" on {d:yyyy-MM-dd}" : string.Empty)}"
        : "pending";

    /// <summary>
    /// The unknown verdict for a petition addressed to neither the curator nor the head, or null when it went to either:
    /// 002 §4 names both addressees, and a petition to either one exercises the right (readings.md, principle 4).
    /// </summary>
    internal static Verdict? Unaddressed(Evaluation evaluation, Petition petition, IEnumerable<Subject> subjects) =>
        petition.AddressedToCurator || petition.AddressedToHead
            ? null
            : Verdict.Unknown(
                [$"адресат: {Ru(evaluation, petition)} (куратор или руководитель образовательной организации)"],
                () => $"{Capitalize(Ru(evaluation, petition))}: не указано, подано ли оно куратору или руководителю образовательной организации.",
                () => $"The {En(evaluation, petition)} records neither the curator nor the head as its addressee.",
                subjects);

    /// <summary>The text with its first letter upper-case.</summary>
    internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
