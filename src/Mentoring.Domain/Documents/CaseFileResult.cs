using Mentoring.Domain.Cases;

namespace Mentoring.Domain.Documents;

/// <summary>What reading a case file gave: the cases, or every problem found.</summary>
/// <remarks>
/// A file of one organization gives a <see cref="MunicipalCase"/> with that one case and no municipality; a
/// municipal file gives all its organizations' cases. The case is there only when there are no diagnostics.
/// </remarks>
public sealed class CaseFileResult
{
    internal CaseFileResult(MunicipalCase? value, IReadOnlyList<DocumentDiagnostic> diagnostics)
    {
        Case = diagnostics.Count == 0 ? value : null;
        Diagnostics = diagnostics;
    }

    /// <summary>The cases read, or null when the file has problems.</summary>
    public MunicipalCase? Case { get; }

    /// <summary>Every problem found, in document order; empty on success.</summary>
    public IReadOnlyList<DocumentDiagnostic> Diagnostics { get; }

    /// <summary>True when the file was read without problems.</summary>
    public bool IsSuccess => Case is not null;
}
