using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Scope = "namespace",
    Target = "~N:Mentoring.Rules.Policies.Optional",
    Justification = "The group of the catalogue's optional rules; rule classes are loaded by the engine, not called from Visual Basic.")]
