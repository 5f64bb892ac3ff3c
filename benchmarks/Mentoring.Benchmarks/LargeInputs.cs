using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ardalis.Result;
using Mentoring.Domain;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Roadmaps;
using Mentoring.Rules.Editions;
using Mentoring.Importing;
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

    internal static int Run(string? only = null)
    {
        bool Wanted(string reader) => only is null || string.Equals(only, reader, StringComparison.Ordinal);
        var school = OrganizationId.Create("school-1").Value;
        var roadmap = RoadmapId.Create("rm-1").Value;
        Console.WriteLine(FormattableString.Invariant($"load average at start: {LoadAverage()}"));
        Console.WriteLine("| Input | Size | Wall time | CPU time | Outcome | Load |");

        if (Wanted("case"))
        {
            var perOrganization = Inputs.MinifiedCaseFile(4).Length / 4.0;
            var caseFile = Inputs.MinifiedCaseFile((int)(Target / perOrganization) - 1);
            Measure("case file, minified, valid", caseFile, () => Outcome(CaseFile.Read(caseFile, new CaseFileOptions { MaxBytes = Target + (Target / 8) })));
            var withErrors = Inputs.WithBadDates(caseFile);
            Measure("case file, minified, every 20th date bad", withErrors, () => Outcome(CaseFile.Read(withErrors, new CaseFileOptions { MaxBytes = Target + (Target / 8) })));
        }

        if (Wanted("edition"))
        {
            var edition = Inputs.Edition((int)(Target / 16));
            Measure("edition file, default limit (16 MB)", edition, () => Outcome(EditionFile.Read(new MemoryStream(edition), "large.json")));
            Measure("edition file, limit raised to 1 GB", edition, () => Outcome(EditionFile.Read(new MemoryStream(edition), "large.json", PolicyCatalog.Bundled, new EditionFileOptions { MaxBytes = 1L << 30 })));
        }

        if (Wanted("registry"))
        {
            // Just under the 64 MB size limit (a larger table is refused at once, MD1001).
            var rows = (int)(Target * 0.95 / (Inputs.MenteeCsv(1000).Length / 1000.0));
            var csv = Inputs.MenteeCsv(rows);
            Measure($"mentee registry CSV, {rows:N0} rows", csv, () => Outcome(RegistryImporter.ReadMentees(new MemoryStream(csv), TableFormat.Csv, school)));
            var xlsx = Inputs.MenteeXlsx(rows);
            Measure($"mentee registry XLSX, {rows:N0} rows (the same table)", xlsx, () => Outcome(RegistryImporter.ReadMentees(new MemoryStream(xlsx), TableFormat.Xlsx, school)));
        }

        if (Wanted("roadmap"))
        {
            var continuation = Inputs.ContinuationCsv((int)(Target * 0.95 / Encoding.UTF8.GetByteCount(";продолжение текста мероприятия;;\n")));
            Measure("roadmap CSV, one activity continued to 64 MB (default cell limit)", continuation, () => Outcome(RoadmapImporter.Read(new MemoryStream(continuation), TableFormat.Csv, roadmap, "Карта")));
            var activities = RoadmapCsv(Target);
            Measure("roadmap CSV, one activity per row", activities, () => Outcome(RoadmapImporter.Read(new MemoryStream(activities), TableFormat.Csv, roadmap, "Карта")));
        }

        if (Wanted("deadline"))
        {
            var deadline = new string('1', (int)Target);
            Measure("deadline text of 64 M characters", Encoding.UTF8.GetBytes(deadline[..1000]), () => Deadline.Parse(deadline).IsSuccess ? "read" : Deadline.Parse(deadline).ValidationErrors.First().ErrorCode, deadline.Length);
        }

        Console.WriteLine(FormattableString.Invariant($"load average at end: {LoadAverage()}"));
        return 0;
    }

    private static byte[] RoadmapCsv(long size)
    {
        var builder = new StringBuilder("№;Мероприятие;Сроки;Ответственные;Ожидаемый результат\n");
        for (var i = 1; builder.Length * 1.6 < size * 0.95; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{i};Мероприятие номер {i} по плану;до 30.06.2024;куратор;отчёт\n");
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void Measure(string what, byte[] input, Func<string> read, long? length = null)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var outcome = read();
        watch.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(FormattableString.Invariant($"| {what} | {(length ?? input.Length) / 1048576.0:F1} MB | {watch.Elapsed.TotalSeconds:F2} s | {used.TotalSeconds:F2} s | {outcome} | {LoadAverage()} |"));
    }

    /// <summary>
    /// <c>Mentoring.Benchmarks scaling</c>: each reader at 1×, 2×, 4×, 8× the inputs of <see cref="ReaderScalingBenchmarks"/>,
    /// the median of 5 reads in process CPU time (which other processes' load barely moves, unlike wall time) after one warm-up read.
    /// </summary>
    internal static int Scaling()
    {
        var school = OrganizationId.Create("school-1").Value;
        var roadmap = RoadmapId.Create("rm-1").Value;
        Console.WriteLine(FormattableString.Invariant($"load average at start: {LoadAverage()}"));
        Console.WriteLine("| Reader | 1× | 2× | 4× | 8× | 8× / 1× |");
        Row("case file, minified", s => Inputs.MinifiedCaseFile(10 * s), b => CaseFile.Read(b).IsSuccess);
        Row("case file, minified, every 20th date bad", s => Inputs.WithBadDates(Inputs.MinifiedCaseFile(10 * s)), b => CaseFile.Read(b).IsSuccess);
        Row("edition file", s => Inputs.Edition(5_000 * s), b => EditionFile.Read(new MemoryStream(b), "bench.json", PolicyCatalog.Bundled, new EditionFileOptions { MaxBytes = 1L << 30 }).IsSuccess);
        Row("registry CSV", s => Inputs.MenteeCsv(5_000 * s), b => RegistryImporter.ReadMentees(new MemoryStream(b), TableFormat.Csv, school).IsSuccess);
        Row("registry XLSX", s => Inputs.MenteeXlsx(5_000 * s), b => RegistryImporter.ReadMentees(new MemoryStream(b), TableFormat.Xlsx, school).IsSuccess);
        Row("roadmap continuation rows", s => Inputs.ContinuationCsv(8_000 * s), b => RoadmapImporter.Read(new MemoryStream(b), TableFormat.Csv, roadmap, "Карта", null, new ImportOptions { MaxCellLength = int.MaxValue }).IsSuccess);
        Row("deadline parser", s => Encoding.UTF8.GetBytes(Inputs.Deadline(10 * s)), b => Deadline.Parse(Encoding.UTF8.GetString(b)).IsSuccess, repeat: 2000);
        Console.WriteLine(FormattableString.Invariant($"load average at end: {LoadAverage()}"));
        return 0;
    }

    private static void Row(string what, Func<int, byte[]> input, Func<byte[], bool> read, int repeat = 1)
    {
        var times = new List<double>();
        var sizes = new List<long>();
        foreach (var scale in new[] { 1, 2, 4, 8 })
        {
            var bytes = input(scale);
            sizes.Add(bytes.Length);
            _ = read(bytes);
            var samples = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                GC.Collect();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                for (var r = 0; r < repeat; r++)
                {
                    _ = read(bytes);
                }

                samples.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / repeat);
            }

            times.Add(samples.Order().ElementAt(2));
        }

        static string Ms(double ms) => ms >= 10 ? FormattableString.Invariant($"{ms:F0} ms") : FormattableString.Invariant($"{ms:F2} ms");
        Console.WriteLine(FormattableString.Invariant(
            $"| {what} ({sizes[0] / 1024.0:F0} KB at 1×) | {Ms(times[0])} | {Ms(times[1])} | {Ms(times[2])} | {Ms(times[3])} | {times[3] / times[0]:F1} |"));
    }

    private static string Outcome<T>(Result<T> result) =>
        result.IsSuccess ? "read" : $"{result.ValidationErrors.Count():N0} diagnostics, first {result.ValidationErrors.First().ErrorCode}";

    private static string Outcome(Result<Edition> result) => result.IsSuccess ? "read" : $"{result.ValidationErrors.Count():N0} errors, first {result.ValidationErrors.First().ErrorCode}";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
