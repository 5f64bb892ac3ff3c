using Mentoring.Domain.Petitions;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>A valid pending petition by default: the mentee t-2 asks on 2024-01-15 to replace the mentor of pair-1.</summary>
public sealed class PetitionBuilder
{
    private PetitionKind _kind = PetitionKind.MentorReplacement;
    private PersonId _from = SampleIds.Person("t-2");
    private DateOnly _filedOn = new(2024, 1, 15);
    private bool _toCurator = true;
    private bool _toHead = true;
    private PetitionOutcome? _outcome;
    private DateOnly? _decidedOn;
    private PersonId? _newMentor;

    public PetitionBuilder OfKind(PetitionKind kind)
    {
        _kind = kind;
        return this;
    }

    public PetitionBuilder From(string person)
    {
        _from = SampleIds.Person(person);
        return this;
    }

    public PetitionBuilder FiledOn(DateOnly date)
    {
        _filedOn = date;
        return this;
    }

    public PetitionBuilder AddressedTo(bool curator, bool head)
    {
        _toCurator = curator;
        _toHead = head;
        return this;
    }

    public PetitionBuilder Decided(PetitionOutcome? outcome, DateOnly? on)
    {
        _outcome = outcome;
        _decidedOn = on;
        return this;
    }

    public PetitionBuilder AskingFor(string? newMentor)
    {
        _newMentor = newMentor is null ? null : SampleIds.Person(newMentor);
        return this;
    }

    public Result<Petition> BuildResult() => Petition.Create(
        SampleIds.Document("petition-1"), _kind, SampleIds.Pair("pair-1"), _from, _filedOn, _toCurator, _toHead, _outcome, _decidedOn, _newMentor);

    public Petition Build() => BuildResult().Value;
}
