namespace Mentoring.Domain;

public static partial class DomainErrors
{
    /// <summary>Errors of a case file as a whole: references between its parts (MD09xx).</summary>
    public static class Cases
    {
        /// <summary>MD0901: a part refers to something the case does not contain.</summary>
        /// <param name="what">What is referred to, such as <c>person</c> or <c>pair</c>.</param>
        /// <param name="id">The unknown identifier.</param>
        /// <param name="path">Where the reference stands, such as <c>pairs[2].mentors[0]</c>.</param>
        /// <returns>The error, pointed at the reference.</returns>
        public static ValidationError UnknownReference(string what, string id, string path) => DomainErrors.Create(
            "MD0901", $"'{path}' refers to {what} '{id}', which the case does not contain.",
            $"«{path}» ссылается на {WhatRu(what)} «{id}», которого нет в деле.", path);

        /// <summary>MD0902: a part belongs to another organization than the case's.</summary>
        /// <param name="path">The part, such as <c>teachers[4]</c>.</param>
        /// <param name="found">The organization the part names.</param>
        /// <param name="expected">The case's organization.</param>
        /// <returns>The error, pointed at the part's organization.</returns>
        public static ValidationError OtherOrganization(string path, string found, string expected) => DomainErrors.Create(
            "MD0902", $"'{path}' belongs to organization '{found}', but the case is of organization '{expected}'.",
            $"«{path}» относится к организации «{found}», а дело ведётся по организации «{expected}».", $"{path}.organizationId");

        /// <summary>MD0903: two cases of a municipality are of the same organization.</summary>
        /// <param name="organizationId">The repeated organization.</param>
        /// <returns>The error.</returns>
        public static ValidationError DuplicateOrganization(string organizationId) => DomainErrors.Create(
            "MD0903", $"The municipality has more than one case of organization '{organizationId}'.",
            $"В муниципалитете больше одного дела организации «{organizationId}».", "organizations");

        private static string WhatRu(string what) => what switch
        {
            "person" => "человека",
            "pair" => "пару (группу)",
            "program" => "программу",
            "roadmap" => "дорожную карту",
            "document" => "документ",
            _ => what,
        };
    }
}
