using Mentoring.Domain.Forms;

namespace Mentoring.Domain.Programs;

/// <summary>What a change of a personalized program changes.</summary>
/// <remarks>002 «Изменение сроков реализации персонализированной программы наставничества».</remarks>
public enum ProgramChangeKind
{
    /// <summary>«продление срока реализации программы».</summary>
    Extension = 1,

    /// <summary>«корректировка плана мероприятий».</summary>
    PlanChange = 2,

    /// <summary>«корректировка формы наставничества».</summary>
    FormChange = 3,
}

/// <summary>The vocabulary of <see cref="ProgramChangeKind"/>.</summary>
public static class ProgramChangeKinds
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<ProgramChangeKind> Vocabulary { get; } = Vocabulary<ProgramChangeKind>.For("change.kind")
        .Add(ProgramChangeKind.Extension, "extension", "продление срока реализации программы", "extension of the term", "002 «Изменение сроков»", "продление срока")
        .Add(ProgramChangeKind.PlanChange, "plan-change", "корректировка плана мероприятий", "change of the plan of activities", "002 «Изменение сроков»", "корректировка плана")
        .Add(ProgramChangeKind.FormChange, "form-change", "корректировка формы наставничества", "change of the form of mentoring", "002 «Изменение сроков»", "корректировка формы")
        .Build();

    /// <summary>The term of a change kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code and names.</returns>
    public static Term<ProgramChangeKind> Term(this ProgramChangeKind kind) => Vocabulary[kind];
}

/// <summary>
/// A change of a personalized program: an extension of its term, a change of its plan or of its form, with the
/// people who consented to it.
/// </summary>
/// <remarks>
/// 002 «Изменение сроков»: by mutual consent of the mentor and the mentee or mentees the term may be extended or the plan
/// or form adjusted. A change without everyone's consent is representable; the rule
/// <c>program.change-by-mutual-consent</c> reports it (see <see cref="IsConsentedByAll"/>). A change of the plan may
/// reschedule one planned activity (<see cref="Activity"/>, <see cref="NewDue"/>): «корректировка плана» sets the
/// activity's due date in force (<see cref="PersonalizedProgram.DueOf"/>, rule <c>program.activities-on-time</c>).
/// </remarks>
public sealed class ProgramChange
{
    private ProgramChange(ProgramChangeKind kind, DateOnly requestedOn, DateOnly? newEnd, MentoringForm? newForm, string description, IReadOnlySet<PersonId> consentedBy, ActivityId? activity, DateOnly? newDue)
    {
        Activity = activity;
        NewDue = newDue;
        Kind = kind;
        RequestedOn = requestedOn;
        NewEnd = newEnd;
        NewForm = newForm;
        Description = description;
        ConsentedBy = consentedBy;
    }

    /// <summary>What the change changes.</summary>
    public ProgramChangeKind Kind { get; }

    /// <summary>The day the change was requested (and, once applied, recorded).</summary>
    public DateOnly RequestedOn { get; }

    /// <summary>The new last day of the program, for an extension.</summary>
    public DateOnly? NewEnd { get; }

    /// <summary>The new form, for a change of form.</summary>
    public MentoringForm? NewForm { get; }

    /// <summary>The planned activity a change of the plan reschedules, or null.</summary>
    public ActivityId? Activity { get; }

    /// <summary>The activity's new due date, for a change of the plan that reschedules <see cref="Activity"/>.</summary>
    public DateOnly? NewDue { get; }

    /// <summary>True for a change of the plan that reschedules an activity.</summary>
    public bool IsRescheduling => Activity is not null && NewDue is not null;

    /// <summary>What the change is, in the documents' words.</summary>
    public string Description { get; }

    /// <summary>The people who consented to the change.</summary>
    public IReadOnlySet<PersonId> ConsentedBy { get; }

    /// <summary>Creates a change request.</summary>
    /// <param name="kind">What it changes.</param>
    /// <param name="requestedOn">The day it was requested.</param>
    /// <param name="description">What the change is; not empty.</param>
    /// <param name="consentedBy">Who consented (may be empty: that is for the rules to judge).</param>
    /// <param name="newEnd">The new last day; required for an extension.</param>
    /// <param name="newForm">The new form; required for a change of form.</param>
    /// <param name="activity">The activity a change of the plan reschedules; given with <paramref name="newDue"/>.</param>
    /// <param name="newDue">The rescheduled activity's new due date; given with <paramref name="activity"/>.</param>
    /// <returns>
    /// The change, or every error: MD0008 at <c>change.kind</c> or <c>change.newForm</c> for an undefined value,
    /// MD0001 at <c>change.description</c>, MD0509 at <c>change.newEnd</c>, <c>change.newForm</c>, <c>change.activity</c>
    /// or <c>change.newDue</c> for a missing value, MD0510 for a rescheduling in a change that is not a change of the plan.
    /// </returns>
    public static Result<ProgramChange> Create(
        ProgramChangeKind kind,
        DateOnly requestedOn,
        string? description,
        IEnumerable<PersonId>? consentedBy = null,
        DateOnly? newEnd = null,
        MentoringForm? newForm = null,
        ActivityId? activity = null,
        DateOnly? newDue = null)
    {
        var rescheduleCheck = (activity, newDue) switch
        {
            (null, null) => Result.Success(),
            _ when kind != ProgramChangeKind.PlanChange => Result.Invalid(DomainErrors.Programs.ReschedulingNotPlanChange()),
            (null, _) => Result.Invalid(DomainErrors.Programs.ChangeValueMissing("plan-change", "change.activity")),
            (_, null) => Result.Invalid(DomainErrors.Programs.ChangeValueMissing("plan-change", "change.newDue")),
            _ => Result.Success(),
        };
        var kindCheck = ProgramChangeKinds.Vocabulary.Check(kind).ToResult();
        var descriptionCheck = Texts.Required(description, "change.description");
        var newEndCheck = ResultExtras.Ensure(
            kind != ProgramChangeKind.Extension || newEnd is not null,
            DomainErrors.Programs.ChangeValueMissing("extension", "change.newEnd"));
        var newFormCheck = kind == ProgramChangeKind.FormChange
            ? newForm is null
                ? Result.Invalid(DomainErrors.Programs.ChangeValueMissing("form-change", "change.newForm"))
                : MentoringForms.Vocabulary.Check(newForm.Value).ToResult().ValidationErrors.Select(e => e.At("change.newForm")).ToResultOrSuccess()
            : Result.Success();

        return ResultExtras.Combine(kindCheck, descriptionCheck.ToResult(), newEndCheck, newFormCheck, rescheduleCheck)
            .Then(() => new ProgramChange(
                kind,
                requestedOn,
                newEnd,
                newForm,
                descriptionCheck.ValueOr(string.Empty),
                (consentedBy ?? []).Where(p => p is not null).ToHashSet(),
                activity,
                newDue));
    }

    /// <summary>True when every one of <paramref name="participants"/> consented.</summary>
    /// <param name="participants">The mentor and the mentee(s) of the pair or group.</param>
    /// <returns>True when none of them is missing from <see cref="ConsentedBy"/>.</returns>
    public bool IsConsentedByAll(IEnumerable<PersonId> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        return participants.All(ConsentedBy.Contains);
    }

    /// <summary>The participants who did not consent.</summary>
    /// <param name="participants">The mentor and the mentee(s) of the pair or group.</param>
    /// <returns>Those missing from <see cref="ConsentedBy"/>, in the given order.</returns>
    public IReadOnlyList<PersonId> MissingConsentOf(IEnumerable<PersonId> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        return [.. participants.Where(p => !ConsentedBy.Contains(p)).Distinct()];
    }

    /// <inheritdoc />
    public override string ToString() => IsRescheduling
        ? $"{Kind.Term().Code} {RequestedOn:dd.MM.yyyy}: {Description} ({Activity} → {NewDue:dd.MM.yyyy})"
        : $"{Kind.Term().Code} {RequestedOn:dd.MM.yyyy}: {Description}";
}

/// <summary>Small helpers for collected errors.</summary>
internal static class ErrorLists
{
    /// <summary>Success when there is no error, otherwise a failure with all of them.</summary>
    internal static Result ToResultOrSuccess(this IEnumerable<ValidationError> errors)
    {
        var list = errors.ToArray();
        return list.Length == 0 ? Result.Success() : Result.Invalid(list);
    }
}
