using Mentoring.Domain.Consents;
using Mentoring.Rules.Policies.Consents;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Consents;

public sealed class ConsentFactsTests
{
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    [Fact]
    public void Standing_WithdrawnOnTheDayJudged_InForceWithTheWithdrawalAsALaterEvent()
    {
        var @case = School().Teacher("m1").Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 1), withdrawnOn: D(2023, 9, 1)).Build();

        var standing = ConsentFacts.Standing(ConsentFacts.About(@case.Consents, P("m1"), AsOf), D(2023, 9, 1), AsOf);

        Assert.Equal((ConsentState.InForce, "c1", D(2023, 9, 1)), (standing.State, standing.Deciding?.Id.Value, standing.EndedOn));
    }

    [Fact]
    public void Standing_RefusalWithoutConsent_RefusedAndNamedInTheBreach()
    {
        var @case = School().Teacher("m1").Refusal("r1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 20)).Build();
        var standing = ConsentFacts.Standing(ConsentFacts.About(@case.Consents, P("m1"), AsOf), D(2023, 9, 1), AsOf);

        var breach = ConsentFacts.Breach(standing, ("согласие", "consent"), ("письменное согласие", "a written consent"), ("приказа", "the order"));

        Assert.Equal(ConsentState.Refused, standing.State);
        Assert.Equal("в деле записан отказ от дачи согласия (согласие) от 20.08.2023; письменное согласие не дано", breach?.Ru);
    }

    [Fact]
    public void Standing_ConsentAfterARefusal_InForce()
    {
        var @case = School().Teacher("m1").Refusal("r1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 20))
            .Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 25)).Build();

        var standing = ConsentFacts.Standing(ConsentFacts.About(@case.Consents, P("m1"), AsOf), D(2023, 9, 1), AsOf);

        Assert.Equal((ConsentState.InForce, "c1"), (standing.State, standing.Deciding?.Id.Value));
        Assert.Null(standing.EndedOn);
    }

    [Fact]
    public void AppointedOn_TwoOrdersOnTheSameDay_TheFirstInTheCase()
    {
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2").Pair("p1", ["m1"], ["t1"]).Pair("p2", ["m1"], ["t2"])
            .PairingOrder("po-2", D(2023, 9, 5), "p2").PairingOrder("po-1", D(2023, 9, 1), "p2").PairingOrder("po-0", D(2023, 9, 1), "p1").Build();

        var appointment = ConsentFacts.AppointedOn(@case.Pairs, @case, AsOf);

        Assert.NotNull(appointment);
        Assert.Equal("po-1", appointment.Order?.Id.Value);
        Assert.Equal("p2", appointment.Pair.Id.Value);
    }

    [Fact]
    public void AppointedOn_NoOrderIssuedByTheDate_TheEarliestFormedPair()
    {
        var @case = School().Teacher("m1").Teacher("t1").Teacher("t2")
            .Pair("p1", ["m1"], ["t1"], formedOn: D(2023, 10, 1)).Pair("p2", ["m1"], ["t2"], formedOn: D(2023, 9, 1)).Pair("p3", ["m1"], ["t2"], formedOn: D(2023, 9, 1))
            .PairingOrder("po-1", D(2024, 2, 1), "p1").Build();

        var appointment = ConsentFacts.AppointedOn(@case.Pairs, @case, AsOf);

        Assert.NotNull(appointment);
        Assert.Null(appointment.Order);
        Assert.Equal("p2", appointment.Pair.Id.Value);
        Assert.Equal("при формировании пары p2 01.09.2023", appointment.Ru);
    }

    [Fact]
    public void Standing_WrittenWithdrawnAndMutualInForce_WithdrawnUnlessMutualIsAccepted()
    {
        var @case = School().Teacher("m1")
            .Consent("c1", ConsentKind.MentorParticipation, "m1", D(2023, 8, 1), withdrawnOn: D(2023, 12, 1))
            .Consent("c2", ConsentKind.MentorParticipation, "m1", D(2023, 9, 1), ConsentForm.Mutual).Build();
        var given = ConsentFacts.About(@case.Consents, P("m1"), AsOf);

        var written = ConsentFacts.Standing(given, AsOf, AsOf);
        var mutual = ConsentFacts.Standing(given, AsOf, AsOf, acceptMutual: true);

        Assert.Equal((ConsentState.Withdrawn, "c1"), (written.State, written.Deciding?.Id.Value));
        Assert.Equal((ConsentState.InForce, "c2"), (mutual.State, mutual.Deciding?.Id.Value));
    }
}
