// A small school system that keeps the mentoring model in a database through EF Core (Mentoring.EntityFrameworkCore)
// and asks the regulation's questions with the library's specifications, translated to SQL.
//
//   dotnet run --project samples/Mentoring.Samples.SchoolSystem
//       [--db school.db] [--postgres "Host=localhost;Database=school;Username=…;Password=…"]
//       [--case file.json] [--edition argun-2021] [--as-of 2021-10-01] [--strict]
//
// SQLite in a file by default (created on first run); PostgreSQL with --postgres. The bundled case (samples/data/argun-2021)
// is imported on first run and validated on save: --strict refuses a case with a violation of error severity.
using System.Globalization;
using Mentoring.Samples.SchoolSystem;

var options = args.Select((a, i) => (a, i)).Where(t => t.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(t => t.a, t => t.i + 1 < args.Length && !args[t.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[t.i + 1] : "", StringComparer.Ordinal);
string Option(string name, string fallback) => options.TryGetValue(name, out var v) && v.Length != 0 ? v : fallback;

var dbPath = Option("--db", "school.db");
var caseFile = Option("--case", Path.Combine(AppContext.BaseDirectory, "data", "school.json"));
var edition = Option("--edition", "argun-2021");
if (!DateOnly.TryParseExact(Option("--as-of", "2021-10-01"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
{
    Console.Error.WriteLine("--as-of: ожидается дата ГГГГ-ММ-ДД / a date yyyy-MM-dd is expected");
    return 1;
}

var db = SchoolDbContext.Open(dbPath, options.TryGetValue("--postgres", out var pg) && pg.Length != 0 ? pg : null);
await using var dbScope = db.ConfigureAwait(false);
var created = await db.Database.EnsureCreatedAsync().ConfigureAwait(false);
Console.WriteLine(created ? $"База данных создана: {dbPath}" : $"База данных: {dbPath}");

var system = new SchoolSystem(db, edition);
var import = await system.ImportAsync(caseFile, asOf, strict: options.ContainsKey("--strict")).ConfigureAwait(false);
Console.WriteLine($"Проверка при сохранении ({edition}, {asOf:dd.MM.yyyy}): нарушений — {import.Errors}, предупреждений — {import.Warnings}; {(import.Saved ? "сохранено" : "не сохранено")}.");
foreach (var message in import.Messages)
{
    Console.WriteLine($"  {message}");
}

foreach (var answer in await system.AskAsync(asOf).ConfigureAwait(false))
{
    Console.WriteLine();
    Console.WriteLine($"{answer.Question}: {(answer.Found.Count == 0 ? "—" : string.Join(", ", answer.Found))}");
    Console.WriteLine($"  SQL: {answer.Sql.ReplaceLineEndings(" ")}");
}

return import.Saved ? 0 : 2;
