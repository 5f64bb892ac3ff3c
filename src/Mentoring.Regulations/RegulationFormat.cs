namespace Mentoring.Regulations;

/// <summary>The file formats a Положение is read from.</summary>
public enum RegulationFormat
{
    /// <summary>Plain text: UTF-8 (with or without a byte order mark), or Windows-1251 when the bytes are not UTF-8; a form feed starts a page.</summary>
    Text,

    /// <summary>A Word document (Office Open XML, <c>.docx</c>), read with DocumentFormat.OpenXml; pages are counted at explicit and rendered page breaks.</summary>
    Docx,

    /// <summary>A PDF with a text layer, read with PdfPig; scanned pages without text give no clauses.</summary>
    Pdf,
}
