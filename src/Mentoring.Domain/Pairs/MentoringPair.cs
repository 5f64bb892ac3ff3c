using System.Collections.Immutable;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Roles;

namespace Mentoring.Domain.Pairs;

/// <summary>
/// A mentoring pair or group (наставническая пара/группа): one or more mentors, one or more mentees, the
/// form they work in, and the order that fixes them.
/// </summary>
/// <remarks>
/// 002 §1 (понятия; вид «в группе»), «Процесс формирования пар»; 003 §4.2 (индивидуальная или групповая
/// форма), §5.2 (a mentee may have several mentors, a mentor several mentees, across pairs). The model
/// refuses only what cannot be: no mentor, no mentee, a repeated person, a person on both sides. Whatever the
/// regulation forbids but a school may still have written (a role model outside its form, a group of two
/// mentors, no approving order) is representable, and the rules judge it.
/// </remarks>
public sealed class MentoringPair
{
    // For an object-relational mapper (Mentoring.EntityFrameworkCore), which sets the state through the backing fields;
    // never called by the model, so no invariant is skipped: what it reads back was written from a valid MentoringPair.
#pragma warning disable CS8618 // set by the mapper
    private MentoringPair()
    {
    }
#pragma warning restore CS8618

    private MentoringPair(
        PairId id,
        OrganizationId organizationId,
        IReadOnlyList<PersonId> mentors,
        IReadOnlyList<PersonId> mentees,
        MentoringForm form,
        RoleModel? roleModel,
        IReadOnlySet<MentoringKind> kinds,
        DocumentId? approvedByOrder,
        DateOnly? formedOn,
        bool? curatorInvolved)
    {
        Id = id;
        OrganizationId = organizationId;
        Mentors = mentors;
        Mentees = mentees;
        Form = form;
        RoleModel = roleModel;
        Kinds = kinds;
        ApprovedByOrder = approvedByOrder;
        FormedOn = formedOn;
        CuratorInvolved = curatorInvolved;
    }

    /// <summary>The identifier.</summary>
    public PairId Id { get; }

    /// <summary>The organization the pair or group belongs to.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The mentors (наставники): at least one, no repeats.</summary>
    public IReadOnlyList<PersonId> Mentors { get; }

    /// <summary>The mentees (наставляемые): at least one, no repeats, none of them a mentor of this pair.</summary>
    public IReadOnlyList<PersonId> Mentees { get; }

    /// <summary>The form of mentoring.</summary>
    public MentoringForm Form { get; }

    /// <summary>The role model inside the form, or null when none is named.</summary>
    /// <remarks>003 §4.2.4, §4.4. One outside its form is kept as written (rule <c>pair.role-model-in-form</c>).</remarks>
    public RoleModel? RoleModel { get; }

    /// <summary>The kinds of mentoring practised (they combine); may be empty.</summary>
    public IReadOnlySet<MentoringKind> Kinds { get; }

    /// <summary>The order that fixes the pair or group, or null when none is known.</summary>
    /// <remarks>002 «Процесс формирования пар»; 003 §2.6 (rule <c>pair.order-approved</c>).</remarks>
    public DocumentId? ApprovedByOrder { get; }

    /// <summary>The day the pair or group was formed, or null when unknown.</summary>
    public DateOnly? FormedOn { get; }

    /// <summary>Whether the curator took part in forming it, or null when unknown.</summary>
    /// <remarks>002 «Процесс формирования пар» (rule <c>pair.curator-involved</c>).</remarks>
    public bool? CuratorInvolved { get; }

    /// <summary>Group when there are two or more mentees, individual otherwise.</summary>
    /// <remarks>002 §1 (в группе); 003 §4.2.1.</remarks>
    public FormScale Scale => Mentees.Count >= 2 ? FormScale.Group : FormScale.Individual;

    /// <summary>True for a group: two or more mentees.</summary>
    public bool IsGroup => Scale == FormScale.Group;

    /// <summary>Creates a pair or group, collecting every error.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="mentors">The mentors.</param>
    /// <param name="mentees">The mentees.</param>
    /// <param name="form">The form of mentoring.</param>
    /// <param name="roleModel">The role model, or null.</param>
    /// <param name="kinds">The kinds practised, or null for none; repeats are kept once.</param>
    /// <param name="approvedByOrder">The fixing order, or null.</param>
    /// <param name="formedOn">The day formed, or null.</param>
    /// <param name="curatorInvolved">Whether the curator took part, or null.</param>
    /// <returns>
    /// The pair, or: <see cref="DomainErrors.Pairs.NoMentor"/> (MD0401) at <c>mentors</c>,
    /// <see cref="DomainErrors.Pairs.NoMentee"/> (MD0402) at <c>mentees</c>,
    /// <see cref="DomainErrors.General.DuplicateId"/> (MD0005) at <c>mentors</c> or <c>mentees</c>,
    /// <see cref="DomainErrors.Pairs.MentorAndMentee"/> (MD0403) at <c>mentees</c>,
    /// <see cref="DomainErrors.General.UnknownCode"/> (MD0008) at <c>form</c>, <c>roleModel</c> or <c>kinds</c>.
    /// </returns>
    public static Result<MentoringPair> Create(
        PairId id,
        OrganizationId organizationId,
        IEnumerable<PersonId> mentors,
        IEnumerable<PersonId> mentees,
        MentoringForm form,
        RoleModel? roleModel = null,
        IEnumerable<MentoringKind>? kinds = null,
        DocumentId? approvedByOrder = null,
        DateOnly? formedOn = null,
        bool? curatorInvolved = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentNullException.ThrowIfNull(mentees);
        PersonId[] mentorList = [.. mentors];
        PersonId[] menteeList = [.. mentees];
        MentoringKind[] kindList = [.. kinds ?? []];
        var checks = new List<Result>
        {
            ResultExtras.Ensure(mentorList.Length != 0, DomainErrors.Pairs.NoMentor()),
            ResultExtras.Ensure(menteeList.Length != 0, DomainErrors.Pairs.NoMentee()),
        };
        checks.AddRange(Duplicates(mentorList, "mentors"));
        checks.AddRange(Duplicates(menteeList, "mentees"));
        checks.AddRange(menteeList.Intersect(mentorList).Select(p => Result.Invalid(DomainErrors.Pairs.MentorAndMentee(p.Value))));
        checks.Add(MentoringForms.Vocabulary.Check(form).ToResult());
        checks.Add(roleModel is { } r ? RoleModels.Vocabulary.Check(r).ToResult() : Result.Success());
        checks.AddRange(kindList.Distinct().Select(k => MentoringKinds.Vocabulary.Check(k).ToResult()));
        return ResultExtras.Combine(checks).Then(() => new MentoringPair(
            id,
            organizationId,
            mentorList,
            menteeList,
            form,
            roleModel,
            ImmutableSortedSet.CreateRange(kindList),
            approvedByOrder,
            formedOn,
            curatorInvolved));
    }

    /// <summary>True when the person is a mentor or a mentee of this pair or group.</summary>
    /// <param name="personId">The person.</param>
    /// <returns>True when involved.</returns>
    public bool Involves(PersonId personId) => RoleOf(personId) is not null;

    /// <summary>The role the person plays here.</summary>
    /// <param name="personId">The person.</param>
    /// <returns><see cref="Role.Mentor"/>, <see cref="Role.Mentee"/>, or null when the person is not in this pair or group.</returns>
    public Role? RoleOf(PersonId personId) =>
        Mentors.Contains(personId) ? Role.Mentor : Mentees.Contains(personId) ? Role.Mentee : null;

    /// <summary>Records the order that fixes the pair or group.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The pair with <see cref="ApprovedByOrder"/> set.</returns>
    /// <remarks>002 «Процесс формирования пар»; 003 §2.6.</remarks>
    public MentoringPair ApproveBy(DocumentId orderId)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        return new(Id, OrganizationId, Mentors, Mentees, Form, RoleModel, Kinds, orderId, FormedOn, CuratorInvolved);
    }

    /// <summary>Replaces a mentor with another, in the same place of the list.</summary>
    /// <param name="leaving">The mentor who leaves.</param>
    /// <param name="incoming">The new mentor.</param>
    /// <returns>
    /// The pair with the new mentor, or <see cref="DomainErrors.Pairs.NotAMentor"/> (MD0404) at <c>mentors</c>,
    /// <see cref="DomainErrors.General.DuplicateId"/> (MD0005) at <c>mentors</c> when the new mentor already is one,
    /// <see cref="DomainErrors.Pairs.MentorAndMentee"/> (MD0403) when the new mentor is a mentee here.
    /// </returns>
    /// <remarks>002 §4 (права наставника: сложение обязанностей; права наставляемого: замена наставника).</remarks>
    public Result<MentoringPair> ReplaceMentor(PersonId leaving, PersonId incoming)
    {
        ArgumentNullException.ThrowIfNull(leaving);
        ArgumentNullException.ThrowIfNull(incoming);
        var index = Mentors.ToList().IndexOf(leaving);
        return ResultExtras.Combine(
                ResultExtras.Ensure(index >= 0, DomainErrors.Pairs.NotAMentor(leaving.Value)),
                ResultExtras.Ensure(incoming == leaving || !Mentors.Contains(incoming), DomainErrors.General.DuplicateId("mentors", incoming.Value)),
                ResultExtras.Ensure(!Mentees.Contains(incoming), DomainErrors.Pairs.MentorAndMentee(incoming.Value)))
            .Then(() =>
            {
                PersonId[] mentors = [.. Mentors];
                mentors[index] = incoming;
                return new MentoringPair(Id, OrganizationId, mentors, Mentees, Form, RoleModel, Kinds, ApprovedByOrder, FormedOn, CuratorInvolved);
            });
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Id} ({Form.Term().NameRu}): {string.Join(", ", Mentors)} → {string.Join(", ", Mentees)}";

    private static IEnumerable<Result> Duplicates(IEnumerable<PersonId> people, string field) =>
        people.GroupBy(p => p)
            .Where(g => g.Count() > 1)
            .Select(g => Result.Invalid(DomainErrors.General.DuplicateId(field, g.Key.Value)));
}
