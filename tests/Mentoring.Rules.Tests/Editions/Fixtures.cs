using System.Runtime.CompilerServices;
using Mentoring.Domain.People;
using Mentoring.Rules.Editions;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Tests.EditionFiles;

/// <summary>An embedder's own policy rule: every teacher is seen, with the label the edition sets.</summary>
[Name("school.teacher-seen")]
[Title("Педагог учтён", "A teacher is accounted for")]
[Citation("школа п. 1", "Каждый педагог учтён")]
[Severity(Severity.Info)]
[RuleParameter("label", ParameterKind.Choice, "\"plain\"", Choices = "plain|fancy", Description = "How the message labels the teacher.")]
[RuleParameter("limit", ParameterKind.WholeNumber, "5", Min = 1, Max = 10, Description = "A bounded number.")]
[RuleParameter("since", ParameterKind.CalendarDate, "\"2020-01-01\"", Description = "A date.")]
public sealed class TeacherSeenRule : Rule
{
    public override void Define()
    {
        Evaluation evaluation = null!;
        Teacher teacher = null!;

        When()
            .Match(() => evaluation)
            .Match(() => teacher, t => t.IsPedagogicalWorker);
        Then()
            .Do(ctx => ctx.Emit(Seen(evaluation.ParametersOf(ctx).Choice("label"), evaluation.Name(teacher), teacher)));
    }

    private static Verdict Seen(string? label, string name, Teacher teacher) =>
        Verdict.Satisfied($"{label}: {name}", $"{label}: {teacher.Id.Value}", Subject.Of(teacher));
}

/// <summary>An optional embedder rule, off unless an edition turns it on.</summary>
[Name("school.optional")]
[Title("Необязательное правило", "An optional rule")]
[Citation("школа п. 2", "По решению школы")]
[Severity(Severity.Warning)]
[OffByDefault]
public sealed class OptionalSchoolRule : Rule
{
    public override void Define()
    {
        Evaluation evaluation = null!;

        When().Match(() => evaluation);
        Then().Do(ctx => ctx.Emit(On(evaluation)));
    }

    private static Verdict On(Evaluation evaluation) => Verdict.Satisfied("включено", "on", Subject.Of(evaluation.Case.Organization));
}

/// <summary>An embedder's rule with a query and a condition on its result: a school counts at least three teachers.</summary>
[Name("school.three-teachers")]
[Title("В школе не менее трёх педагогов", "The school has at least three teachers")]
[Citation("школа п. 3", "Не менее трёх педагогов")]
[Severity(Severity.Info)]
[OffByDefault]
public sealed class ThreeTeachersRule : Rule
{
    public override void Define()
    {
        Evaluation evaluation = null!;
        IEnumerable<Teacher> teachers = null!;

        When()
            .Match(() => evaluation)
            .Query(() => teachers, q => q.Match<Teacher>().Collect())
            .Having(() => teachers.Count() >= 3);
        Then().Do(ctx => ctx.Emit(Enough(evaluation)));
    }

    private static Verdict Enough(Evaluation evaluation) =>
        Verdict.Satisfied("не менее трёх педагогов", "at least three teachers", Subject.Of(evaluation.Case.Organization));
}

internal static class Fixtures
{
    /// <summary>The bundled policies plus the fixture rules.</summary>
    public static PolicyCatalog Policies { get; } = Ok(PolicyCatalog.Bundled.With(typeof(TeacherSeenRule), typeof(OptionalSchoolRule), typeof(ThreeTeachersRule)));

    /// <summary>The fixture rules only.</summary>
    public static PolicyCatalog OwnPolicies { get; } = Ok(PolicyCatalog.Create([typeof(TeacherSeenRule), typeof(OptionalSchoolRule)]));

    public static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join(Environment.NewLine, result.ValidationErrors));

    public static Result<Edition> Parse(string json, string origin = "fixture.json") =>
        EditionFile.Parse(json.ReplaceLineEndings("\n"), origin, OwnPolicies);

    /// <summary>The repository's root (from this source file's path).</summary>
    public static string Root { get; } = FindRoot();

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot([CallerFilePath] string file = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(file), AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "Directory.Packages.props")) && Directory.Exists(Path.Combine(dir, "docs")))
                {
                    return dir;
                }
            }
        }

        throw new InvalidOperationException("The repository root (with Directory.Packages.props and docs/) was not found.");
    }
}

/// <summary>A temporary folder of edition files, removed afterwards.</summary>
internal sealed class TempFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("editions-").FullName;

    public string Write(string name, string json)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, json.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
