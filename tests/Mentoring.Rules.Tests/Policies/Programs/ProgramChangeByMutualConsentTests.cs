using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Programs;

public sealed class ProgramChangeByMutualConsentTests
{
    private const string Rule = "program.change-by-mutual-consent";
    private static readonly DateOnly AsOf = D(2024, 6, 15);

    private static CaseBuilder Group(Action<PersonalizedProgram>? configure) =>
        School()
            .Teacher("m1", name: "Иванова Мария Петровна").Teacher("t1", name: "Петров Пётр Петрович").Teacher("t2", name: "Сидорова Анна Ивановна")
            .Pair("p1", ["m1"], ["t1", "t2"])
            .FullProgram("prog-1", "p1", D(2023, 9, 1), D(2024, 5, 31), configure);

    [Fact]
    public void Validate_ExtensionWithoutOneMentee_ViolatedNamingHer()
    {
        var @case = Group(p => p.Started(D(2023, 9, 1)).Changed(ProgramChangeKind.Extension, D(2024, 5, 1), ["m1", "t1"], newEnd: D(2024, 8, 31))).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("продление срока реализации программы до 31.08.2024 от 01.05.2024 — нет согласия: Сидорова А. И.", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("нет согласия: Петров", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("extension of the term of 2024-05-01 lacks the consent of Сидорова А. И.", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains(finding.Subjects, s => s.Kind == SubjectKind.Person && s.Id == "t2");
    }

    [Fact]
    public void Validate_EveryoneConsented_Satisfied()
    {
        var @case = Group(p => p.Started(D(2023, 9, 1)).Changed(ProgramChangeKind.PlanChange, D(2024, 2, 1), ["m1", "t1", "t2"])).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1").Outcome);
    }

    [Fact]
    public void Validate_ConsentNotRecorded_UnknownNotViolated()
    {
        var @case = Group(p => p.Started(D(2023, 9, 1)).Changed(ProgramChangeKind.FormChange, D(2024, 2, 1), [], newForm: Mentoring.Domain.Forms.MentoringForm.HeadTeacher)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains(finding.Missing, m => m.Contains("согласие участников", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoChanges_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, PolicyRunner.FindingFor(Group(null).Build(), AsOf, Rule, "prog-1").Outcome);

    [Fact]
    public void Validate_SeveralChangesLackingTheSameMentee_ViolatedNamingEachChangeAndEachPersonOnce()
    {
        var @case = Group(p => p.Started(D(2023, 9, 1))
            .Changed(ProgramChangeKind.PlanChange, D(2024, 2, 1), ["m1", "t1"])
            .Changed(ProgramChangeKind.Extension, D(2024, 5, 1), ["m1"], newEnd: D(2024, 8, 31))).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("от 01.02.2024 — нет согласия: Сидорова А. И.; ", finding.MessageRu, StringComparison.Ordinal);
        Assert.EndsWith("от 01.05.2024 — нет согласия: Петров П. П., Сидорова А. И.", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal(["prog-1", "p1", "t2", "t1"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_ChangeAppliedAfterValidation_MessageCountsTheChangesAsValidated()
    {
        var @case = Group(p => p.Started(D(2023, 9, 1)).Changed(ProgramChangeKind.PlanChange, D(2024, 2, 1), ["m1", "t1", "t2"])).Build();
        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1");

        @case.Programs.Single().Changed(ProgramChangeKind.PlanChange, D(2024, 3, 1), ["m1", "t1", "t2"]);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.StartsWith("Все изменения программы prog-1 (1 изменение) согласованы всеми участниками группы p1 (наставник: Иванова М. П.; наставляемые: Петров П. П., Сидорова А. И.)", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("..", finding.MessageRu, StringComparison.Ordinal);
    }
}
