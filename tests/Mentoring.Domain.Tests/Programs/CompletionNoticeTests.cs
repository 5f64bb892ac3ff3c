using Mentoring.Domain.Programs;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Programs;

public class CompletionNoticeTests
{
    private static readonly PersonId Mentor = SampleIds.Person("mentor");

    [Fact]
    public void Create_WithNotice_KeepsTheNoticeDate()
    {
        var completion = Completion.Create(CompletionGround.ParticipantInitiative, new DateOnly(2025, 3, 14), "переезд", Mentor, new DateOnly(2025, 3, 10)).Value;

        Assert.Equal(new DateOnly(2025, 3, 10), completion.NoticeGivenOn);
    }

    [Fact]
    public void Create_WithoutNotice_NoticeIsNull() =>
        Assert.Null(Completion.Create(CompletionGround.ParticipantInitiative, new DateOnly(2025, 3, 14), "переезд", Mentor).Value.NoticeGivenOn);

    [Fact]
    public void Create_NoticeAfterTheEnd_IsKeptForTheRulesToJudge() =>
        Assert.Equal(
            new DateOnly(2025, 3, 20),
            Completion.Create(CompletionGround.CuratorInitiative, new DateOnly(2025, 3, 14), noticeGivenOn: new DateOnly(2025, 3, 20)).Value.NoticeGivenOn);

    [Fact]
    public void Equals_DifferentNotice_NotEqual()
    {
        var a = Completion.Create(CompletionGround.ParticipantInitiative, new DateOnly(2025, 3, 14), "переезд", Mentor, new DateOnly(2025, 3, 10)).Value;
        var b = Completion.Create(CompletionGround.ParticipantInitiative, new DateOnly(2025, 3, 14), "переезд", Mentor, new DateOnly(2025, 3, 11)).Value;
        var c = Completion.Create(CompletionGround.ParticipantInitiative, new DateOnly(2025, 3, 14), "переезд", Mentor, new DateOnly(2025, 3, 10)).Value;

        Assert.NotEqual(a, b);
        Assert.Equal(a, c);
        Assert.Equal(a.GetHashCode(), c.GetHashCode());
    }
}
