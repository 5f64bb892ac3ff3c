using Mentoring.Domain.Petitions;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Petitions;

public sealed class PetitionTests
{
    private static readonly DateOnly Filed = new(2024, 1, 15);

    [Fact]
    public void Create_Defaults_PendingAndAddressedToBoth()
    {
        var petition = new PetitionBuilder().Build();

        Assert.Equal(PetitionKind.MentorReplacement, petition.Kind);
        Assert.Equal("pair-1", petition.PairId.Value);
        Assert.Equal("t-2", petition.From.Value);
        Assert.True(petition.AddressedToCurator);
        Assert.True(petition.AddressedToHead);
        Assert.False(petition.IsDecided);
        Assert.Null(petition.Outcome);
        Assert.Null(petition.DecidedOn);
    }

    [Fact]
    public void Create_AddressedToHeadOnly_IsRepresentable()
    {
        var petition = new PetitionBuilder().AddressedTo(curator: false, head: true).Build();

        Assert.False(petition.AddressedToCurator);
    }

    [Fact]
    public void Create_DecidedOnUnknownDate_IsRepresentable()
    {
        var petition = new PetitionBuilder().Decided(PetitionOutcome.Granted, null).Build();

        Assert.True(petition.IsDecided);
        Assert.Null(petition.DecidedOn);
    }

    [Fact]
    public void Create_DecisionDateWithoutOutcome_FailsWithMD0308()
    {
        var error = Assert.Single(new PetitionBuilder().Decided(null, Filed.AddDays(3)).BuildResult().ValidationErrors);

        Assert.Equal("MD0308", error.ErrorCode);
        Assert.Equal("outcome", error.Identifier);
    }

    [Fact]
    public void Create_DecidedBeforeFiledAndSelfAsNewMentor_ReportsBoth()
    {
        var errors = new PetitionBuilder().FiledOn(Filed).Decided(PetitionOutcome.Refused, Filed.AddDays(-1)).AskingFor("t-2").BuildResult().ValidationErrors;

        Assert.Equal(["MD0307", "MD0310"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["decidedOn", "newMentor"], errors.Select(e => e.Identifier));
    }

    [Fact]
    public void Create_UndefinedKindAndOutcome_ReportsBoth()
    {
        var errors = new PetitionBuilder().OfKind((PetitionKind)0).Decided((PetitionOutcome)5, Filed).BuildResult().ValidationErrors;

        Assert.Equal(["MD0008", "MD0008"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["kind", "outcome"], errors.Select(e => e.Identifier));
    }

    [Fact]
    public void Grant_Pending_RecordsDecisionAndNewMentor()
    {
        var granted = new PetitionBuilder().Build().Grant(Filed.AddDays(5), SampleIds.Person("t-7")).Value;

        Assert.Equal(PetitionOutcome.Granted, granted.Outcome);
        Assert.Equal(Filed.AddDays(5), granted.DecidedOn);
        Assert.Equal("t-7", granted.NewMentor?.Value);
    }

    [Fact]
    public void Grant_WithoutNewMentor_KeepsTheOneAskedFor()
    {
        var granted = new PetitionBuilder().AskingFor("t-8").Build().Grant(Filed).Value;

        Assert.Equal("t-8", granted.NewMentor?.Value);
    }

    [Fact]
    public void Refuse_MentorRelease_RecordsRefusal()
    {
        var refused = new PetitionBuilder().OfKind(PetitionKind.MentorRelease).From("t-1").Build().Refuse(Filed.AddDays(1)).Value;

        Assert.Equal(PetitionOutcome.Refused, refused.Outcome);
        Assert.True(refused.IsDecided);
    }

    [Fact]
    public void Grant_AlreadyDecided_FailsWithMD0309()
    {
        var refused = new PetitionBuilder().Build().Refuse(Filed).Value;

        var error = Assert.Single(refused.Grant(Filed.AddDays(1)).ValidationErrors);

        Assert.Equal("MD0309", error.ErrorCode);
        Assert.Equal("outcome", error.Identifier);
    }

    [Fact]
    public void Refuse_BeforeFiled_FailsWithMD0307()
    {
        Assert.Equal("MD0307", Assert.Single(new PetitionBuilder().FiledOn(Filed).Build().Refuse(Filed.AddDays(-2)).ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Grant_PetitionerAsNewMentor_FailsWithMD0310()
    {
        Assert.Equal("MD0310", Assert.Single(new PetitionBuilder().From("t-2").Build().Grant(Filed, SampleIds.Person("t-2")).ValidationErrors).ErrorCode);
    }

    [Theory]
    [InlineData("ходатайство о замене наставника", PetitionKind.MentorReplacement)]
    [InlineData("заявление о сложении обязанностей наставника", PetitionKind.MentorRelease)]
    public void PetitionKindsParse_RussianName_FindsKind(string text, PetitionKind expected)
    {
        Assert.Equal(expected, PetitionKinds.Vocabulary.Parse(text).Value);
    }

    [Theory]
    [InlineData("удовлетворено", PetitionOutcome.Granted)]
    [InlineData("в удовлетворении отказано", PetitionOutcome.Refused)]
    public void PetitionOutcomesParse_RussianName_FindsOutcome(string text, PetitionOutcome expected)
    {
        Assert.Equal(expected, PetitionOutcomes.Vocabulary.Parse(text).Value);
    }
}
