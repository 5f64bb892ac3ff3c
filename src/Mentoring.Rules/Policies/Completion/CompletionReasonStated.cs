using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Completion;

/// <summary>An early ending of a program states its reason.</summary>
/// <remarks>
/// 002 «Завершение»: the participants' initiative needs good reasons («по уважительным обстоятельствам»), the
/// curator's initiative improper execution («недолжного исполнения … форс-мажора»), and a mutual decision states its
/// reason as well. Only programs ended early are judged.
/// <para>Judged on: the record of the ending (the completion date and its stated reason), whatever the date of validation.</para>
/// </remarks>
[JudgedOn("the record of the ending (the completion date and its stated reason), whatever the date of validation.")]
[Name("completion.reason-stated")]
[Title("При досрочном завершении указана причина", "An early ending states its reason")]
[Citation("002 «Завершение»", "по инициативе наставника или наставляемого и/или обоюдному решению (по уважительным обстоятельствам)")]
[Severity(Severity.Warning)]
internal sealed class CompletionReasonStated : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;

        When()
            .Match(() => evaluation)
            .Match(() => program, p => p.Completion != null && p.Completion.IsEarly);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program)
    {
        var completion = program.Completion!;
        return completion.Reason is { } reason
            ? Verdict.Satisfied(
                () => $"Программа {program.Id} завершена досрочно {completion.Date:dd.MM.yyyy} («{completion.Ground.Term().NameRu}»), причина: {evaluation.Text(reason)}.",
                () => $"Program {program.Id} ended early on {completion.Date:yyyy-MM-dd} ('{completion.Ground.Term().NameEn}') for the stated reason: {evaluation.Text(reason)}.",
                Subject.Of(program))
            : Verdict.Violated(
                () => $"Программа {program.Id} завершена досрочно {completion.Date:dd.MM.yyyy} («{completion.Ground.Term().NameRu}»), но причина не указана.",
                () => $"Program {program.Id} ended early on {completion.Date:yyyy-MM-dd} ('{completion.Ground.Term().NameEn}') without a stated reason.",
                Subject.Of(program));
    }
}
