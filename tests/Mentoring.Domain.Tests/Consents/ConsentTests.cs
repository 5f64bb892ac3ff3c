using FsCheck.Xunit;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Consents;

public sealed class ConsentTests
{
    private static readonly DateOnly Given = new(2023, 8, 25);

    [Fact]
    public void Create_Defaults_WrittenAndInForce()
    {
        var consent = new ConsentBuilder().Build();

        Assert.Equal(ConsentKind.MentorParticipation, consent.Kind);
        Assert.Equal(ConsentForm.Written, consent.Form);
        Assert.Equal("t-1", consent.GivenBy.Value);
        Assert.Null(consent.OnBehalfOf);
        Assert.Null(consent.WithdrawnOn);
        Assert.Equal(consent.GivenBy, consent.Subject);
    }

    [Fact]
    public void Create_LegalRepresentativeForMinor_SubjectIsTheMinor()
    {
        var consent = new ConsentBuilder().OfKind(ConsentKind.LegalRepresentative).GivenBy("parent-1").OnBehalfOf("s-1").Build();

        Assert.Equal("parent-1", consent.GivenBy.Value);
        Assert.Equal("s-1", consent.Subject.Value);
    }

    [Fact]
    public void Create_PairingDutiesForPair_KeepsPair()
    {
        Assert.Equal("pair-1", new ConsentBuilder().OfKind(ConsentKind.PairingDuties).ForPair("pair-1").Build().PairId?.Value);
    }

    [Fact]
    public void Create_MutualForm_IsRepresentable()
    {
        Assert.Equal(ConsentForm.Mutual, new ConsentBuilder().InForm(ConsentForm.Mutual).Build().Form);
    }

    [Fact]
    public void Create_RepresentativeWithoutMinor_IsRepresentable()
    {
        Assert.True(new ConsentBuilder().OfKind(ConsentKind.LegalRepresentative).OnBehalfOf(null).BuildResult().IsSuccess);
    }

    [Fact]
    public void Create_OnBehalfOfSelf_FailsWithMD0305()
    {
        var error = Assert.Single(new ConsentBuilder().GivenBy("t-1").OnBehalfOf("t-1").BuildResult().ValidationErrors);

        Assert.Equal("MD0305", error.ErrorCode);
        Assert.Equal("onBehalfOf", error.Identifier);
    }

    [Fact]
    public void Create_WithdrawnBeforeGiven_FailsWithMD0303()
    {
        var error = Assert.Single(new ConsentBuilder().GivenOn(Given).WithdrawnOn(Given.AddDays(-1)).BuildResult().ValidationErrors);

        Assert.Equal("MD0303", error.ErrorCode);
        Assert.Equal("withdrawnOn", error.Identifier);
    }

    [Fact]
    public void Create_UndefinedKindAndForm_ReportsBoth()
    {
        var errors = new ConsentBuilder().OfKind((ConsentKind)0).InForm((ConsentForm)7).BuildResult().ValidationErrors;

        Assert.Equal(["MD0008", "MD0008"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["kind", "form"], errors.Select(e => e.Identifier));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(400, true)]
    public void IsInForceOn_NotWithdrawn_FromTheDayGiven(int offset, bool expected)
    {
        Assert.Equal(expected, new ConsentBuilder().GivenOn(Given).Build().IsInForceOn(Given.AddDays(offset)));
    }

    [Fact]
    public void Withdraw_LaterDate_EndsForceFromThatDay()
    {
        var withdrawn = new ConsentBuilder().GivenOn(Given).Build().Withdraw(Given.AddDays(10)).Value;

        Assert.Equal(Given.AddDays(10), withdrawn.WithdrawnOn);
        Assert.True(withdrawn.IsInForceOn(Given.AddDays(9)));
        Assert.False(withdrawn.IsInForceOn(Given.AddDays(10)));
    }

    [Fact]
    public void Withdraw_KeepsTheOriginalUnchanged()
    {
        var consent = new ConsentBuilder().Build();

        _ = consent.Withdraw(Given.AddDays(1));

        Assert.Null(consent.WithdrawnOn);
    }

    [Fact]
    public void Withdraw_AlreadyWithdrawn_FailsWithMD0304()
    {
        var withdrawn = new ConsentBuilder().GivenOn(Given).WithdrawnOn(Given.AddDays(5)).Build();

        var error = Assert.Single(withdrawn.Withdraw(Given.AddDays(6)).ValidationErrors);

        Assert.Equal("MD0304", error.ErrorCode);
        Assert.Equal("withdrawnOn", error.Identifier);
    }

    [Fact]
    public void Withdraw_BeforeGiven_FailsWithMD0303()
    {
        Assert.Equal("MD0303", Assert.Single(new ConsentBuilder().GivenOn(Given).Build().Withdraw(Given.AddDays(-3)).ValidationErrors).ErrorCode);
    }

    [Property(Arbitrary = new[] { typeof(ConsentArbitraries) })]
    public bool IsInForceOn_AnyDates_InForceExactlyFromGivenUntilTheDayBeforeWithdrawal(ConsentDays t)
    {
        // The day falls near the day given, near the withdrawal, or anywhere, so both boundaries are hit.
        var (given, withdrawn, day) = t;
        var consent = new ConsentBuilder().GivenOn(given).Build().Withdraw(withdrawn).Value;
        return consent.IsInForceOn(day) == (given.DayNumber <= day.DayNumber && day.DayNumber < withdrawn.DayNumber);
    }

    [Theory]
    [InlineData("согласие на обработку персональных данных", ConsentKind.PersonalData)]
    [InlineData("согласие законного представителя", ConsentKind.LegalRepresentative)]
    [InlineData("согласие наставника", ConsentKind.MentorParticipation)]
    public void ConsentKindsParse_RussianName_FindsKind(string text, ConsentKind expected)
    {
        Assert.Equal(expected, ConsentKinds.Vocabulary.Parse(text).Value);
    }

    [Theory]
    [InlineData("письменное согласие", ConsentForm.Written)]
    [InlineData("обоюдное согласие", ConsentForm.Mutual)]
    public void ConsentFormsParse_RussianName_FindsForm(string text, ConsentForm expected)
    {
        Assert.Equal(expected, ConsentForms.Vocabulary.Parse(text).Value);
    }

    [Fact]
    public void Refused_Record_NeverInForceAndNotWithdrawable()
    {
        var refusal = Consent.Refused(Id("r-1"), ConsentKind.MentorParticipation, Person("t-1"), Given).Value;

        Assert.Equal(ConsentStatus.Refused, refusal.Status);
        Assert.True(refusal.IsRefusal);
        Assert.False(refusal.IsInForceOn(Given.AddDays(10)));
        var error = Assert.Single(refusal.Withdraw(Given.AddDays(1)).ValidationErrors);
        Assert.Equal(("MD0311", "status"), (error.ErrorCode, error.Identifier));
    }

    [Fact]
    public void NotGiven_OnBehalfOfSelf_FailsWithMD0305()
    {
        var error = Assert.Single(Consent.NotGiven(Id("r-1"), ConsentKind.LegalRepresentative, Person("p-1"), Given, onBehalfOf: Person("p-1")).ValidationErrors);

        Assert.Equal("MD0305", error.ErrorCode);
    }

    [Fact]
    public void NotGiven_Record_KeepsItsStatusAndDay()
    {
        var record = Consent.NotGiven(Id("r-1"), ConsentKind.LegalRepresentative, Person("p-1"), Given, onBehalfOf: Person("s-1")).Value;

        Assert.Equal((ConsentStatus.NotGiven, Given, "s-1"), (record.Status, record.GivenOn, record.Subject.Value));
        Assert.Equal("not-given", record.Status.Term().Code);
    }

    private static DocumentId Id(string id) => DocumentId.Create(id).Value;

    private static PersonId Person(string id) => PersonId.Create(id).Value;
}
