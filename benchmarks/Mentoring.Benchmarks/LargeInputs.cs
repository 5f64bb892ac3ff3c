using System.Diagnostics;
using System.Globalization;
using System.Text;
using Mentoring.Domain;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Roadmaps;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Importing;
using Mentoring.Rules.Policies;

namespace Mentoring.Benchmarks;

/// <summary>
/// Issue #14's one-off measurement (<c>Mentoring.Benchmarks large</c>): each reader on one input of about 64 MB,
/// timed once with a <see cref="Stopwatch"/> after a small warm-up read; the outcome (read, or the first error code)
/// is printed with the time. Results are in docs/benchmarks.md.
/// </summary>
internal static class LargeInputs
{
    private const long Target = 64L * 1024 * 1024;

    internal static int Run()
    {
        var school = OrganizationId.Create("school-1").Value;
        var roadmap = RoadmapId.Create("rm-1").Value;
        Console.WriteLine(FormattableString.Invariant($"load average at start: {LoadAverage()}"));

        var perOrganization = Inputs.MinifiedCaseFile(4).Length / 4.0;
        var caseFile = Inputs.MinifiedCaseFile((int)(Target / perOrganization) - 1);
        Measure("case file, minified, valid", caseFile, () => Outcome(CaseFile.Read(caseFile, new CaseFileOptions { MaxBytes = Target + (Target / 8) })));
        var withErrors = Inputs.WithBadDates(caseFile);
        Measure("case file, minified, every 20th date bad", withErrors, () => Outcome(CaseFile.Read(withErrors, new CaseFileOptions { MaxBytes = Target + (Target / 8) })));

        var edition = Inputs.Edition((int)(Target / 16));
        Measure("edition file, default limit (16 MB)", edition, () => Outcome(EditionFile.Read(new MemoryStream(edition), "large.json")));
        Measure("edition file, limit raised to 1 GB", edition, () => Outcome(EditionFile.Read(new MemoryStream(edition), "large.json", PolicyCatalog.Bundled, new EditionFileOptions { MaxBytes = 1L << 30 })));

        var rows = (int)(Target / (Inputs.MenteeCsv(1000).Length / 1000.0));
        var csv = Inputs.MenteeCsv(rows);
        Measure($"mentee registry CSV, {rows:N0} rows", csv, () => Outcome(RegistryImporter.ReadMentees(new MemoryStream(csv), TableFormat.Csv, school)));
        var xlsx = Inputs.MenteeXlsx(rows);
        Measure($"mentee registry XLSX, {rows:N0} rows (the same table)", xlsx, () => Outcome(RegistryImporter.ReadMentees(new MemoryStream(xlsx), TableFormat.Xlsx, school)));

        var continuation = Inputs.ContinuationCsv((int)(Target / 36));
        Measure("roadmap CSV, one activity continued to 64 MB (default cell limit)", continuation, () => Outcome(RoadmapImporter.Read(new MemoryStream(continuation), TableFormat.Csv, roadmap, "Карта")));
        var activities = RoadmapCsv(Target);
        Measure("roadmap CSV, one activity per row", activities, () => Outcome(RoadmapImporter.Read(new MemoryStream(activities), TableFormat.Csv, roadmap, "Карта")));

        var deadline = new string('1', (int)Target);
        Measure("deadline text of 64 M characters", Encoding.UTF8.GetBytes(deadline[..1000]), () => Deadline.Parse(deadline).IsSuccess ? "read" : Deadline.Parse(deadline).Errors[0].Code, deadline.Length);
        Console.WriteLine(FormattableString.Invariant($"load average at end: {LoadAverage()}"));
        return 0;
    }

    private static byte[] RoadmapCsv(long size)
    {
        var builder = new StringBuilder("№;Мероприятие;Сроки;Ответственные;Ожидаемый результат\n");
        for (var i = 1; builder.Length * 1.6 < size; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{i};Мероприятие номер {i} по плану;до 30.06.2024;куратор;отчёт\n");
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void Measure(string what, byte[] input, Func<string> read, long? length = null)
    {
        _ = read; // the warm-up is the first, small reads made while building the inputs
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var outcome = read();
        watch.Stop();
        Console.WriteLine(FormattableString.Invariant($"| {what} | {(length ?? input.Length) / 1048576.0:F1} MB | {watch.Elapsed.TotalSeconds:F2} s | {outcome} | {LoadAverage()} |"));
    }

    private static string Outcome(CaseFileResult result) => result.IsSuccess ? "read" : $"{result.Diagnostics.Count:N0} diagnostics, first {result.Diagnostics[0].Code}";

    private static string Outcome<T>(ImportResult<T> result)
        where T : class =>
        result.IsSuccess ? "read" : $"{result.Diagnostics.Count:N0} diagnostics, first {result.Diagnostics[0].Code}";

    private static string Outcome(Result<Edition> result) => result.IsSuccess ? "read" : $"{result.Errors.Count:N0} errors, first {result.Errors[0].Code}";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
