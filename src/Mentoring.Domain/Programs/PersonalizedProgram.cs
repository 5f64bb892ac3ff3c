using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Stages;

namespace Mentoring.Domain.Programs;

/// <summary>
/// A personalized mentoring program (персонализированная программа наставничества) of one pair or group: its term,
/// direction, the mentee's difficulties and strengths, forms and kinds, plan of activities, stages, status, changes,
/// completion and the publication of its results.
/// </summary>
/// <remarks>
/// 002 §1 (понятия): «краткосрочная (от трёх месяцев до одного года) программа, включающая описание форм и видов
/// наставничества, участников, направлений наставнической деятельности и перечень мероприятий, нацеленных на
/// устранение выявленных профессиональных затруднений наставляемого и на поддержку его сильных сторон»;
/// 002 «Изменение сроков», «Завершение»; 003 §5 (stages).
/// <para>
/// The aggregate refuses only what is structurally impossible: an unknown status move, a step dated before the
/// previous one, a completion without a ground, an early termination on the ground «plan completed», an extension
/// that shortens the term, duplicate activity identifiers, and any change of a finished program. Everything the
/// regulation merely forbids (a two-month term, activities outside the term, stages out of order, a change without
/// mutual consent, results published before completion) is kept, and the rules report it.
/// </para>
/// <para>Status life cycle: Draft → Approved → Active → Completed; Approved or Active → Terminated.</para>
/// </remarks>
public sealed class PersonalizedProgram
{
    private readonly List<PlannedActivity> _activities;
    private readonly List<StageEntry> _stageHistory = [];
    private readonly List<ProgramChange> _changes = [];
    private readonly List<ResultsPublication> _publications = [];

    // For an object-relational mapper (Mentoring.EntityFrameworkCore), which sets the state through the backing fields;
    // never called by the model, so no invariant is skipped: what it reads back was written from a valid PersonalizedProgram.
#pragma warning disable CS8618 // set by the mapper
    private PersonalizedProgram()
    {
        _activities = [];
    }
#pragma warning restore CS8618

    private PersonalizedProgram(
        ProgramId id,
        PairId pairId,
        ProgramTerm term,
        string? direction,
        IReadOnlyList<string> menteeDifficulties,
        IReadOnlyList<string> menteeStrengths,
        MentoringForm? form,
        IReadOnlySet<MentoringKind> kinds,
        List<PlannedActivity> activities)
    {
        Id = id;
        PairId = pairId;
        Term = term;
        InitialTerm = term;
        Direction = direction;
        MenteeDifficulties = menteeDifficulties;
        MenteeStrengths = menteeStrengths;
        Form = form;
        InitialForm = form;
        Kinds = kinds;
        _activities = activities;
        Status = ProgramStatus.Draft;
    }

    /// <summary>The program's identifier.</summary>
    public ProgramId Id { get; }

    /// <summary>The pair or group the program is for (002 МР stage 5 п.2: one program per pair or group).</summary>
    public PairId PairId { get; }

    /// <summary>The term (срок реализации), changed only by an applied extension.</summary>
    public ProgramTerm Term { get; private set; }

    /// <summary>The direction of the mentoring (направление наставнической деятельности), or null when the program states none.</summary>
    public string? Direction { get; }

    /// <summary>The mentee's identified professional difficulties (выявленные профессиональные затруднения).</summary>
    public IReadOnlyList<string> MenteeDifficulties { get; }

    /// <summary>The mentee's strengths the program supports (сильные стороны).</summary>
    public IReadOnlyList<string> MenteeStrengths { get; }

    /// <summary>The form as the program states it, or null when it states none; changed by an applied change of form.</summary>
    public MentoringForm? Form { get; private set; }

    /// <summary>The term as the program was created, before any extension (a case file stores it and replays the changes).</summary>
    internal ProgramTerm InitialTerm { get; }

    /// <summary>
    /// The term as the program was approved, before any extension: what rule <c>program.duration</c> judges (an extension
    /// agreed by mutual consent may take the program past a year and is judged by <c>program.change-by-mutual-consent</c>).
    /// </summary>
    public ProgramTerm ApprovedTerm => InitialTerm;

    /// <summary>
    /// The mentor's (tutor's) report on the program («отчёт о реализации программы сопровождения», 003 §5.5), or null
    /// when none is recorded (rule <c>program.mentor-report</c>).
    /// </summary>
    public MentorReport? MentorReport { get; private set; }

    /// <summary>The form as the program was created, before any form change (a case file stores it and replays the changes).</summary>
    internal MentoringForm? InitialForm { get; }

    /// <summary>The kinds as the program states them (kinds combine; may be empty).</summary>
    public IReadOnlySet<MentoringKind> Kinds { get; }

    /// <summary>The plan of activities.</summary>
    public IReadOnlyList<PlannedActivity> Activities => _activities;

    /// <summary>The life-cycle status.</summary>
    public ProgramStatus Status { get; private set; }

    /// <summary>The day the program was approved, once it is.</summary>
    public DateOnly? ApprovedOn { get; private set; }

    /// <summary>The day the program started running, once it has.</summary>
    public DateOnly? ActivatedOn { get; private set; }

    /// <summary>How the program ended; present exactly when <see cref="IsFinished"/>.</summary>
    public Completion? Completion { get; private set; }

    /// <summary>The current stage (the last one entered), or null before any.</summary>
    public ProgramStage? Stage => _stageHistory.Count == 0 ? null : _stageHistory[^1].Stage;

    /// <summary>The stages entered, in the order recorded.</summary>
    public IReadOnlyList<StageEntry> StageHistory => _stageHistory;

    /// <summary>The changes applied, in the order recorded.</summary>
    public IReadOnlyList<ProgramChange> Changes => _changes;

    /// <summary>The publications of the program's results.</summary>
    public IReadOnlyList<ResultsPublication> Publications => _publications;

    /// <summary>True when the program is completed or terminated.</summary>
    public bool IsFinished => Status.IsFinished();

    /// <summary>True when every planned activity is done (true for an empty plan).</summary>
    public bool AllActivitiesDone => _activities.TrueForAll(a => a.IsDone);

    /// <summary>
    /// True when the stages were entered in the order of 003 §5 without going back or repeating
    /// (each entry later in the order than the one before); true for an empty history.
    /// </summary>
    public bool StagesInOrder
    {
        get
        {
            for (var i = 1; i < _stageHistory.Count; i++)
            {
                if (_stageHistory[i].Stage <= _stageHistory[i - 1].Stage)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Creates a draft program.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="pairId">The pair or group.</param>
    /// <param name="term">The term.</param>
    /// <param name="direction">The direction, if stated.</param>
    /// <param name="menteeDifficulties">The mentee's difficulties (blanks are dropped).</param>
    /// <param name="menteeStrengths">The mentee's strengths (blanks are dropped).</param>
    /// <param name="form">The form, if stated.</param>
    /// <param name="kinds">The kinds, if stated.</param>
    /// <param name="activities">The plan of activities.</param>
    /// <returns>
    /// The program in status <see cref="ProgramStatus.Draft"/>, or every error: MD0008 at <c>form</c> or <c>kinds</c>
    /// for an undefined value, MD0005 at <c>activities</c> for a repeated activity identifier.
    /// </returns>
    public static Result<PersonalizedProgram> Create(
        ProgramId id,
        PairId pairId,
        ProgramTerm term,
        string? direction = null,
        IEnumerable<string>? menteeDifficulties = null,
        IEnumerable<string>? menteeStrengths = null,
        MentoringForm? form = null,
        IEnumerable<MentoringKind>? kinds = null,
        IEnumerable<PlannedActivity>? activities = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(pairId);
        ArgumentNullException.ThrowIfNull(term);

        var kindList = (kinds ?? []).ToArray();
        var activityList = (activities ?? []).ToList();
        var formCheck = form is null ? Result.Success() : MentoringForms.Vocabulary.Check(form.Value).ToResult();
        var kindChecks = kindList.Select(k => MentoringKinds.Vocabulary.Check(k).ToResult());
        var duplicates = activityList
            .GroupBy(a => a.Id)
            .Where(g => g.Count() > 1)
            .Select(g => Result.Invalid(DomainErrors.General.DuplicateId("activities", g.Key.Value)));

        return ResultExtras.Combine([formCheck, .. kindChecks, .. duplicates])
            .Then(() => new PersonalizedProgram(
                id,
                pairId,
                term,
                Texts.Optional(direction),
                Texts.List(menteeDifficulties),
                Texts.List(menteeStrengths),
                form,
                kindList.ToHashSet(),
                activityList));
    }

    /// <summary>Approves a draft program (Draft → Approved).</summary>
    /// <param name="date">The day of approval.</param>
    /// <returns>Success, or MD0503 when finished, MD0502 from any status but Draft.</returns>
    public Result Approve(DateOnly date)
    {
        var check = Guard("approve", ProgramStatus.Approved, ProgramStatus.Draft);
        if (!check.IsSuccess)
        {
            return check;
        }

        ApprovedOn = date;
        Status = ProgramStatus.Approved;
        return Result.Success();
    }

    /// <summary>Starts an approved program (Approved → Active).</summary>
    /// <param name="date">The day it started.</param>
    /// <returns>Success, or MD0503 when finished, MD0502 from any status but Approved, MD0505 at <c>activatedOn</c> before the approval.</returns>
    public Result Activate(DateOnly date)
    {
        var check = Guard("activate", ProgramStatus.Active, ProgramStatus.Approved);
        if (!check.IsSuccess)
        {
            return check;
        }

        if (date < ApprovedOn)
        {
            return DomainErrors.Programs.DateBeforePreviousStep("activatedOn", date, ApprovedOn.Value).Fail();
        }

        ActivatedOn = date;
        Status = ProgramStatus.Active;
        return Result.Success();
    }

    /// <summary>Completes a running program (Active → Completed) on any recognized ground.</summary>
    /// <param name="completion">How and when it ended.</param>
    /// <returns>Success, or MD0503 when finished, MD0502 from any status but Active, MD0505 at <c>completion.date</c> before the start.</returns>
    public Result Complete(Completion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var check = Guard("complete", ProgramStatus.Completed, ProgramStatus.Active);
        return !check.IsSuccess ? check : Finish(ProgramStatus.Completed, completion);
    }

    /// <summary>Ends an approved or running program early (Approved or Active → Terminated).</summary>
    /// <param name="completion">How and when it ended; its ground must be an early one.</param>
    /// <returns>Success, or MD0503 when finished, MD0502 from Draft, MD0504 for the ground «plan completed», MD0505 for a date before the previous step.</returns>
    public Result Terminate(Completion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var check = Guard("terminate", ProgramStatus.Terminated, ProgramStatus.Approved, ProgramStatus.Active);
        if (!check.IsSuccess)
        {
            return check;
        }

        return completion.IsEarly ? Finish(ProgramStatus.Terminated, completion) : DomainErrors.Programs.EarlyGroundRequired().Fail();
    }

    /// <summary>Adds an activity to the plan.</summary>
    /// <param name="activity">The activity; its identifier must be new to the plan.</param>
    /// <returns>Success, or MD0503 when finished, MD0005 at <c>activities</c> for a repeated identifier.</returns>
    public Result AddActivity(PlannedActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var check = RefuseWhenFinished("add an activity");
        if (!check.IsSuccess)
        {
            return check;
        }

        if (_activities.Exists(a => a.Id == activity.Id))
        {
            return DomainErrors.General.DuplicateId("activities", activity.Id.Value).Fail();
        }

        _activities.Add(activity);
        return Result.Success();
    }

    /// <summary>Records a planned activity as done.</summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="date">The day it was done.</param>
    /// <returns>Success, or MD0503 when finished, MD0508 for an unknown activity, MD0507 when already done.</returns>
    public Result MarkActivityDone(ActivityId activityId, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(activityId);
        var check = RefuseWhenFinished("mark an activity done");
        if (!check.IsSuccess)
        {
            return check;
        }

        var activity = _activities.Find(a => a.Id == activityId);
        return activity is null ? DomainErrors.Programs.ActivityNotFound(activityId.Value).Fail() : activity.MarkDone(date);
    }

    /// <summary>Records that the program entered a stage. Any order is accepted (the rule <c>program.stage-order</c> judges it).</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="date">The day it was entered; not before the previous entry.</param>
    /// <returns>Success, or MD0503 when finished, MD0008 at <c>stage</c> for an undefined value, MD0505 at <c>stage.enteredOn</c>.</returns>
    public Result EnterStage(ProgramStage stage, DateOnly date)
    {
        var check = RefuseWhenFinished("move to another stage");
        if (!check.IsSuccess)
        {
            return check;
        }

        var stageCheck = ProgramStages.Vocabulary.Check(stage).ToResult();
        if (!stageCheck.IsSuccess)
        {
            return stageCheck;
        }

        if (_stageHistory.Count != 0 && date < _stageHistory[^1].EnteredOn)
        {
            return DomainErrors.Programs.DateBeforePreviousStep("stage.enteredOn", date, _stageHistory[^1].EnteredOn).Fail();
        }

        _stageHistory.Add(new StageEntry(stage, date));
        return Result.Success();
    }

    /// <summary>
    /// Applies a change: an extension sets the new end, a change of form sets the new form, a change of plan is
    /// recorded. It is applied whoever consented (the rule <c>program.change-by-mutual-consent</c> judges that).
    /// </summary>
    /// <param name="change">The change.</param>
    /// <returns>Success, or MD0503 when finished, MD0506 for an extension ending before the current end.</returns>
    public Result ApplyChange(ProgramChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var check = RefuseWhenFinished("change the program");
        if (!check.IsSuccess)
        {
            return check;
        }

        switch (change.Kind)
        {
            case ProgramChangeKind.Extension when change.NewEnd is { } newEnd:
                if (newEnd < Term.End)
                {
                    return DomainErrors.Programs.ExtensionShortens(newEnd, Term.End).Fail();
                }

                Term = Term.WithEnd(newEnd);
                break;
            case ProgramChangeKind.FormChange when change.NewForm is { } newForm:
                Form = newForm;
                break;
            case ProgramChangeKind.PlanChange when change.Activity is { } rescheduled && !_activities.Exists(a => a.Id == rescheduled):
                return DomainErrors.Programs.ActivityNotFound(rescheduled.Value).At("change.activity").Fail();
            default:
                break;
        }

        _changes.Add(change);
        return Result.Success();
    }

    /// <summary>Records a publication of the program's results; allowed in any status (the rule <c>monitoring.publish-after-completion</c> judges the timing).</summary>
    /// <param name="date">The day of publication.</param>
    /// <param name="where">Where the results were published; not empty.</param>
    /// <returns>Success, or MD0001 at <c>publication.where</c>.</returns>
    public Result PublishResults(DateOnly date, string? where)
    {
        var whereCheck = Texts.Required(where, "publication.where");
        if (!whereCheck.IsSuccess)
        {
            return whereCheck.ToResult();
        }

        _publications.Add(new ResultsPublication(date, whereCheck.ValueOr(string.Empty)));
        return Result.Success();
    }

    /// <summary>
    /// Records the mentor's (tutor's) report on the program; allowed in any status, also after the program ended (the
    /// report is written when it ends, 003 §5.5). A later report replaces an earlier one.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>Success.</returns>
    public Result RecordMentorReport(MentorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        MentorReport = report;
        return Result.Success();
    }

    /// <summary>
    /// The due date in force of a planned activity: the new due date of the last change of the plan that rescheduled it
    /// («корректировка плана», 002 «Изменение сроков»), or the date the plan gave.
    /// </summary>
    /// <param name="activity">An activity of this program's plan.</param>
    /// <returns>The due date in force.</returns>
    /// <remarks>Rules <c>program.activities-on-time</c> and <c>program.activities-within-term</c>.</remarks>
    public DateOnly DueOf(PlannedActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var due = activity.Due;
        foreach (var change in _changes)
        {
            if (change.Activity == activity.Id && change.NewDue is { } newDue)
            {
                due = newDue;
            }
        }

        return due;
    }

    /// <summary>The activities due outside the program's term (rule <c>program.activities-within-term</c>).</summary>
    /// <returns>The activities whose due date is before the start or after the end.</returns>
    public IReadOnlyList<PlannedActivity> ActivitiesOutsideTerm() => [.. _activities.Where(a => !Term.Contains(DueOf(a)))];

    /// <summary>The activities not done by <paramref name="asOf"/> whose due date has passed.</summary>
    /// <param name="asOf">The day of reckoning.</param>
    /// <returns>The overdue activities.</returns>
    public IReadOnlyList<PlannedActivity> ActivitiesOverdue(DateOnly asOf) =>
        [.. new Specifications.OverdueActivitySpec(asOf).Evaluate(_activities)];

    /// <summary>The stages of 003 §5 before the current one that were never entered.</summary>
    /// <returns>The skipped stages, in order; empty before any stage.</returns>
    public IReadOnlyList<ProgramStage> SkippedStages()
    {
        if (Stage is not { } current)
        {
            return [];
        }

        var entered = _stageHistory.Select(e => e.Stage).ToHashSet();
        return [.. ProgramStages.Vocabulary.All.Select(t => t.Value).Where(s => s < current && !entered.Contains(s))];
    }

    /// <summary>The publications made before the program ended (all of them while it runs).</summary>
    /// <returns>The publications dated before the completion, or all when not finished.</returns>
    public IReadOnlyList<ResultsPublication> PublicationsBeforeCompletion() =>
        [.. _publications.Where(p => Completion is null || p.PublishedOn < Completion.Date)];

    /// <summary>The changes applied without the consent of every one of <paramref name="participants"/>.</summary>
    /// <param name="participants">The mentor and the mentee(s) of the pair or group.</param>
    /// <returns>The changes lacking someone's consent.</returns>
    public IReadOnlyList<ProgramChange> ChangesWithoutConsentOf(IEnumerable<PersonId> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var list = participants.ToArray();
        return [.. _changes.Where(c => !c.IsConsentedByAll(list))];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Status.Term().Code}, {Term})";

    private Result Finish(ProgramStatus status, Completion completion)
    {
        var previous = ActivatedOn ?? ApprovedOn;
        if (previous is { } p && completion.Date < p)
        {
            return DomainErrors.Programs.DateBeforePreviousStep("date", completion.Date, p).Under("completion").Fail();
        }

        Completion = completion;
        Status = status;
        return Result.Success();
    }

    private Result Guard(string action, ProgramStatus target, params ProgramStatus[] allowedFrom)
    {
        var finished = RefuseWhenFinished(action);
        if (!finished.IsSuccess)
        {
            return finished;
        }

        return ResultExtras.Ensure(
            Array.IndexOf(allowedFrom, Status) >= 0,
            DomainErrors.Programs.InvalidTransition(Status.Term().Code, target.Term().Code));
    }

    private Result RefuseWhenFinished(string action) =>
        ResultExtras.Ensure(!IsFinished, DomainErrors.Programs.ProgramFinished(action, Status.Term().Code));
}
