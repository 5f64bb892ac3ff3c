using Mentoring.Domain.Petitions;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>What the two petition rules share: the addressees (the curator and the head) and the decision as text.</summary>
internal static class PetitionTexts
{
    /// <summary>The addressees the petition lacks, in Russian and English; empty when it goes to both.</summary>
    internal static (string Ru, string En)[] MissingAddressees(Petition petition)
    {
        var missing = new List<(string, string)>();
        if (!petition.AddressedToCurator)
        {
            missing.Add(("куратору", "the curator"));
        }

        if (!petition.AddressedToHead)
        {
            missing.Add(("руководителю образовательной организации", "the head"));
        }

        return [.. missing];
    }

    /// <summary>«заявление о сложении обязанностей наставника от 01.02.2024 (Иванова М. П.)».</summary>
    internal static string Ru(Evaluation evaluation, Petition petition) =>
        $"{petition.Kind.Term().NameRu} от {petition.FiledOn:dd.MM.yyyy} ({evaluation.Name(petition.From)})";

    /// <summary>«mentor-release petition of 2024-02-01 by …».</summary>
    internal static string En(Evaluation evaluation, Petition petition) =>
        $"{petition.Kind.Term().Code} petition {petition.Id} of {petition.FiledOn:yyyy-MM-dd} by {evaluation.Name(petition.From)}";

    /// <summary>The decision in Russian: «на рассмотрении», «отклонено 05.02.2024».</summary>
    internal static string DecisionRu(Petition petition) => petition.Outcome is { } outcome
        ? $"{outcome.Term().NameRu}{(petition.DecidedOn is { } d ? $" {d:dd.MM.yyyy}" : string.Empty)}"
        : "на рассмотрении";

    /// <summary>The decision in English.</summary>
    internal static string DecisionEn(Petition petition) => petition.Outcome is { } outcome
        ? $"{outcome.Term().Code}{(petition.DecidedOn is { } d ? $" on {d:yyyy-MM-dd}" : string.Empty)}"
        : "pending";

    /// <summary>
    /// The violation for a petition not addressed to both the curator and the head, or null when it is; its messages
    /// are written when first read.
    /// </summary>
    internal static Verdict? Misaddressed(Evaluation evaluation, Petition petition, IEnumerable<Subject> subjects) =>
        petition.AddressedToCurator && petition.AddressedToHead
            ? null
            : Verdict.Violated(
                () => $"{Capitalize(Ru(evaluation, petition))} не адресовано: {string.Join(", ", MissingAddressees(petition).Select(m => m.Ru))}.",
                () => $"The {En(evaluation, petition)} is not addressed to {string.Join(" and ", MissingAddressees(petition).Select(m => m.En))}.",
                subjects);

    /// <summary>The text with its first letter upper-case.</summary>
    internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
