using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using DomainCompletion = Mentoring.Domain.Programs.Completion;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>Endings of programs and petitions, for the completion rules' tests.</summary>
public static class CompletionParts
{
    public static DomainCompletion Ending(CompletionGround ground, DateOnly date, string? reason = null, string? initiatedBy = null, DateOnly? noticeGivenOn = null) =>
        Ok(DomainCompletion.Create(ground, date, reason, initiatedBy is null ? null : P(initiatedBy), noticeGivenOn));

    /// <summary>Completes a running program (any ground).</summary>
    public static PersonalizedProgram CompletedWith(this PersonalizedProgram program, DomainCompletion completion)
    {
        ProgramParts.Succeeds(program.Complete(completion));
        return program;
    }

    /// <summary>Ends a running program early.</summary>
    public static PersonalizedProgram TerminatedWith(this PersonalizedProgram program, DomainCompletion completion)
    {
        ProgramParts.Succeeds(program.Terminate(completion));
        return program;
    }

    public static CaseBuilder Petition(
        this CaseBuilder builder,
        string id,
        PetitionKind kind,
        string pairId,
        string from,
        DateOnly filedOn,
        bool toCurator = true,
        bool toHead = true,
        PetitionOutcome? outcome = null,
        DateOnly? decidedOn = null,
        string? newMentor = null)
    {
        var petition = Ok(Domain.Petitions.Petition.Create(
            Doc(id), kind, Pr(pairId), P(from), filedOn, toCurator, toHead, outcome, decidedOn, newMentor is null ? null : P(newMentor)));
        return builder.With(b => b.AddPetitions(petition));
    }
}
