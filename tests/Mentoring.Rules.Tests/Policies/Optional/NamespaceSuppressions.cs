using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Scope = "namespace",
    Target = "~N:Mentoring.Rules.Tests.Policies.Optional",
    Justification = "Mirrors the group of the catalogue's optional rules (Mentoring.Rules.Policies.Optional).")]
