using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Pairs;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>A valid individual pair by default: mentor t-1, mentee t-2, «педагог – педагог», traditional, approved by order-1.</summary>
public sealed class MentoringPairBuilder
{
    private string _id = "pair-1";
    private PersonId[] _mentors = [SampleIds.Person("t-1")];
    private PersonId[] _mentees = [SampleIds.Person("t-2")];
    private MentoringForm _form = MentoringForm.TeacherTeacher;
    private RoleModel? _roleModel = RoleModel.ExperiencedTeacherYoungSpecialist;
    private MentoringKind[] _kinds = [MentoringKind.Traditional];
    private DocumentId? _order = SampleIds.Document("order-1");
    private DateOnly? _formedOn = new(2023, 9, 1);
    private bool? _curatorInvolved = true;

    public MentoringPairBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public MentoringPairBuilder WithMentors(params string[] mentors)
    {
        _mentors = [.. mentors.Select(SampleIds.Person)];
        return this;
    }

    public MentoringPairBuilder WithMentees(params string[] mentees)
    {
        _mentees = [.. mentees.Select(SampleIds.Person)];
        return this;
    }

    public MentoringPairBuilder InForm(MentoringForm form, RoleModel? roleModel = null)
    {
        _form = form;
        _roleModel = roleModel;
        return this;
    }

    public MentoringPairBuilder WithKinds(params MentoringKind[] kinds)
    {
        _kinds = kinds;
        return this;
    }

    public MentoringPairBuilder Unapproved()
    {
        _order = null;
        return this;
    }

    public MentoringPairBuilder WithUnknowns()
    {
        _formedOn = null;
        _curatorInvolved = null;
        return this;
    }

    public Result<MentoringPair> BuildResult() => MentoringPair.Create(
        SampleIds.Pair(_id), SampleIds.Organization(), _mentors, _mentees, _form, _roleModel, _kinds, _order, _formedOn, _curatorInvolved);

    public MentoringPair Build() => BuildResult().Value;
}
