using Mentoring.Domain.Consents;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>A valid consent by default: the mentor t-1's written consent given on 2023-08-25, in force.</summary>
public sealed class ConsentBuilder
{
    private ConsentKind _kind = ConsentKind.MentorParticipation;
    private PersonId _givenBy = SampleIds.Person("t-1");
    private PersonId? _onBehalfOf;
    private PairId? _pair;
    private ConsentForm _form = ConsentForm.Written;
    private DateOnly _givenOn = new(2023, 8, 25);
    private DateOnly? _withdrawnOn;

    public ConsentBuilder OfKind(ConsentKind kind)
    {
        _kind = kind;
        return this;
    }

    public ConsentBuilder GivenBy(string person)
    {
        _givenBy = SampleIds.Person(person);
        return this;
    }

    public ConsentBuilder OnBehalfOf(string? person)
    {
        _onBehalfOf = person is null ? null : SampleIds.Person(person);
        return this;
    }

    public ConsentBuilder ForPair(string pair)
    {
        _pair = SampleIds.Pair(pair);
        return this;
    }

    public ConsentBuilder InForm(ConsentForm form)
    {
        _form = form;
        return this;
    }

    public ConsentBuilder GivenOn(DateOnly date)
    {
        _givenOn = date;
        return this;
    }

    public ConsentBuilder WithdrawnOn(DateOnly? date)
    {
        _withdrawnOn = date;
        return this;
    }

    public Result<Consent> BuildResult() =>
        Consent.Create(SampleIds.Document("consent-1"), _kind, _givenBy, _givenOn, _form, _onBehalfOf, _pair, _withdrawnOn);

    public Consent Build() => BuildResult().Value;
}
