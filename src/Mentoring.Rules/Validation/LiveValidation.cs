using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Registries;
using Mentoring.Domain.Roadmaps;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Network;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Validation;

/// <summary>
/// The validation of one organization's case kept open: after a change only what depends on it is re-evaluated (the
/// engine's incremental propagation), and <see cref="Report"/> is the report a fresh validation of the changed case gives.
/// Create it with <see cref="MentoringValidator.Open(MentoringCase, string, DateOnly, ValidationOptions?)"/>.
/// </summary>
/// <remarks>
/// <para>
/// A change is given as the parts of the case (a teacher, a consent, an order, a pair, a program, a registry, a
/// roadmap …) that leave, enter or replace one another; the case is rebuilt with <see cref="MentoringCaseBuilder"/>, so
/// a change that would make it inconsistent (an unknown reference, a repeated identifier) is refused and nothing
/// changes. A part replaced by another keeps its place in the case. A program changed in place (its aggregate methods
/// mutate it) is announced with <see cref="Update"/>.
/// </para>
/// <para>
/// Every match of a rule remembers the findings it emitted; a match that goes away (a fact it used left, or no longer
/// satisfies its conditions) takes its findings with it, and a match re-activated by an update fires again and
/// replaces them. Actions that read the case beyond their match (a person named by identifier, the case as a whole)
/// are recorded, and re-run when that person, or anything, changes. Not thread-safe: one live validation per thread.
/// </para>
/// </remarks>
public sealed class LiveValidation : IDisposable
{
    private readonly MentoringValidator _validator;
    private readonly ValidationOptions _options;
    private readonly Session _session;
    private readonly Evaluation _evaluation;
    private readonly Dictionary<Activation, List<(long Order, Finding Finding)>> _findings = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PersonId, HashSet<Activation>> _readsPerson = [];
    private readonly HashSet<Activation> _readsCase = new(ReferenceEqualityComparer.Instance);
    private readonly List<Activation> _scratch = [];
    private ValidationReport? _report;
    private Activation? _writingFor;
    private long _order;
    private bool _disposed;

    internal LiveValidation(MentoringValidator validator, MentoringCase @case, ResolvedEdition edition, ValidationOptions options, Session session)
    {
        _validator = validator;
        _options = options;
        _session = session;
        Case = @case;
        Edition = edition;
        _evaluation = new Evaluation(@case, edition, options.Redact) { Reads = OnRead };
        _session.ActivationWithdrawn = OnWithdrawn;
        _session.InsertAll(MentoringValidator.Facts(@case, _evaluation));
        FireAndCollect();
    }

    /// <summary>The case as it stands after the changes so far.</summary>
    public MentoringCase Case { get; private set; }

    /// <summary>The resolved edition (its date is the date of validation).</summary>
    public ResolvedEdition Edition { get; }

    /// <summary>The current findings: the same, in the same order, as a fresh validation of <see cref="Case"/>.</summary>
    public ValidationReport Report
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _report ??= BuildReport();
        }
    }

    /// <summary>Replaces a part of the case by another (an edited teacher, consent, order, pair, program …).</summary>
    /// <param name="oldFact">The part in the case now.</param>
    /// <param name="newFact">The part that takes its place.</param>
    /// <returns>Success, or why the change was refused (MR0701 not in the case or not a part, or the case's build errors).</returns>
    public Result Replace(object oldFact, object newFact)
    {
        ArgumentNullException.ThrowIfNull(oldFact);
        ArgumentNullException.ThrowIfNull(newFact);
        return Change(oldFact, newFact);
    }

    /// <summary>Adds a part to the case (a consent, an order, a teacher …).</summary>
    /// <param name="fact">The part.</param>
    /// <returns>Success, or why the change was refused.</returns>
    public Result Add(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Change(null, fact);
    }

    /// <summary>Removes a part of the case.</summary>
    /// <param name="fact">The part.</param>
    /// <returns>Success, or why the change was refused.</returns>
    public Result Remove(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Change(fact, null);
    }

    /// <summary>Tells the validation that a part of the case changed in place (a program whose plan or stage was updated).</summary>
    /// <param name="fact">The part, as it is in the case.</param>
    /// <returns>Success, or MR0701 when it is not a part of the case.</returns>
    public Result Update(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!CaseEdit.Contains(Case, fact))
        {
            return NotInCase(fact);
        }

        _session.Update(fact);
        Settle(fact, null);
        return Result.Success();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _session.ActivationWithdrawn = null;
        _evaluation.Reads = null;
        _findings.Clear();
        _readsPerson.Clear();
        _readsCase.Clear();
    }

    private Result Change(object? oldFact, object? newFact)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (oldFact is not null && !CaseEdit.Contains(Case, oldFact))
        {
            return NotInCase(oldFact);
        }

        var edited = CaseEdit.Apply(Case, oldFact, newFact);
        if (edited.IsFailure)
        {
            return Result.Failure(edited.Errors);
        }

        Case = edited.Value;
        _evaluation.Rebind(Case);
        var oldFacts = oldFact is null ? [] : CaseEdit.FactsOf(oldFact);
        var newFacts = newFact is null ? [] : CaseEdit.FactsOf(newFact);
        if (oldFacts.Count == 1 && newFacts.Count == 1 && oldFact!.GetType() == newFact!.GetType() && !Equals(oldFact, newFact))
        {
            // One fact for another: reuse its place, and re-evaluate only what depends on it.
            _session.ReplaceCore(oldFact, newFact);
        }
        else
        {
            if (oldFacts.Count > 0)
            {
                _session.RetractAll(oldFacts);
            }

            if (newFacts.Count > 0)
            {
                _session.InsertAll(newFacts);
            }
        }

        Settle(oldFact, newFact);
        return Result.Success();
    }

    /// <summary>Re-runs the actions that read what changed beyond their match, fires, and collects the new findings.</summary>
    private void Settle(object? oldFact, object? newFact)
    {
        _scratch.Clear();
        _scratch.AddRange(_readsCase);
        AddReaders(oldFact);
        AddReaders(newFact);
        foreach (var activation in _scratch)
        {
            _session.Reactivate(activation);
        }

        FireAndCollect();
    }

    private void AddReaders(object? fact)
    {
        if (fact is IPerson person && _readsPerson.Remove(person.Id, out var readers))
        {
            _scratch.AddRange(readers);
        }
    }

    private void FireAndCollect()
    {
        _session.Fire();
        var organizationId = Case.Organization.Id.Value;
        var rule = default(MentoringValidator.FiringRule);
        foreach (var output in _session.Outputs)
        {
            if (_validator.ToFinding(organizationId, output, Edition, _options, _evaluation, ref rule) is not { } finding)
            {
                continue;
            }

            var activation = output.Firing.Activation;
            if (activation.IsDead)
            {
                continue;
            }

            // Messages are written now, on behalf of the match that emitted them, so that the people they name are
            // recorded as read by it (and are written again when one of them changes).
            _writingFor = activation;
            ((Verdict)output.Value!).Write();
            _writingFor = null;

            if (!_findings.TryGetValue(activation, out var list))
            {
                _findings[activation] = list = [];
            }

            list.Add((++_order, finding));
        }

        _session.ClearOutputs();
        _report = null;
    }

    private ValidationReport BuildReport()
    {
        var fired = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<(long Order, Finding Finding)>();
        foreach (var list in _findings.Values)
        {
            all.AddRange(list);
        }

        all.Sort((x, y) => x.Order.CompareTo(y.Order));
        var findings = new List<Finding>(all.Count + _validator.Policies.Policies.Count);
        foreach (var (_, finding) in all)
        {
            fired.Add(finding.RuleId);
            findings.Add(finding);
        }

        return _validator.Assemble(Case, Edition, findings, fired);
    }

    private void OnWithdrawn(Activation activation)
    {
        if (_findings.Remove(activation))
        {
            _report = null;
        }

        _readsCase.Remove(activation);
    }

    private void OnRead(PersonId? id)
    {
        if ((_session.FiringActivation ?? _writingFor) is not { } activation)
        {
            return;
        }

        if (id is null)
        {
            _readsCase.Add(activation);
            return;
        }

        if (!_readsPerson.TryGetValue(id, out var readers))
        {
            _readsPerson[id] = readers = new HashSet<Activation>(ReferenceEqualityComparer.Instance);
        }

        readers.Add(activation);
    }

    private static Result NotInCase(object fact) => Result.Failure(Error.Create(
        "MR0701",
        $"{fact.GetType().Name} {MentoringValidator.Describe(fact).Id} is not a part of the case.",
        $"{fact.GetType().Name} {MentoringValidator.Describe(fact).Id} нет в деле.",
        "fact"));
}

/// <summary>Edits an immutable case: a part leaves, enters or replaces another, and the case is rebuilt and checked.</summary>
internal static class CaseEdit
{
    /// <summary>The facts a part of the case puts in working memory: itself, and a roadmap's activities or a registry's records.</summary>
    internal static IReadOnlyList<object> FactsOf(object part) => part switch
    {
        Roadmap roadmap => [roadmap, .. roadmap.Activities],
        MentorRegistry registry => [registry, .. registry.Records],
        MenteeRegistry registry => [registry, .. registry.Records],
        _ => [part],
    };

    /// <summary>Whether the object is a part of the case (by reference).</summary>
    internal static bool Contains(MentoringCase @case, object part) => part switch
    {
        Organization o => ReferenceEquals(@case.Organization, o),
        Teacher t => Has(@case.Teachers, t),
        Student s => Has(@case.Students, s),
        ExternalPerson p => Has(@case.ExternalPeople, p),
        Order o => Has(@case.Orders, o),
        Consent c => Has(@case.Consents, c),
        EmploymentAddendum a => Has(@case.Addenda, a),
        MentoringPair p => Has(@case.Pairs, p),
        PersonalizedProgram p => Has(@case.Programs, p),
        Petition p => Has(@case.Petitions, p),
        Roadmap r => Has(@case.Roadmaps, r),
        Assessment a => Has(@case.Assessments, a),
        MonitoringReport r => Has(@case.Reports, r),
        MentorRegistry r => ReferenceEquals(@case.MentorRegistry, r),
        MenteeRegistry r => ReferenceEquals(@case.MenteeRegistry, r),
        _ => false,
    };

    /// <summary>The case with <paramref name="oldPart"/> replaced by <paramref name="newPart"/> (either may be null).</summary>
    internal static Result<MentoringCase> Apply(MentoringCase @case, object? oldPart, object? newPart)
    {
        if (oldPart is not null && newPart is not null && oldPart.GetType() != newPart.GetType()
            && !(oldPart is Order && newPart is Order))
        {
            return Error.Create(
                "MR0702",
                $"A {oldPart.GetType().Name} can only be replaced by another {oldPart.GetType().Name}, not by a {newPart.GetType().Name}.",
                $"{oldPart.GetType().Name} можно заменить только на {oldPart.GetType().Name}, а не на {newPart.GetType().Name}.",
                "newFact");
        }

        var kind = newPart ?? oldPart;
        if (kind is Organization organization)
        {
            return oldPart is null || newPart is null ? Unsupported(kind) : Rebuild(@case, organization, null, null);
        }

        if (kind is MentorRegistry or MenteeRegistry)
        {
            return Rebuild(@case, @case.Organization, oldPart, newPart);
        }

        return kind is Teacher or Student or ExternalPerson or Order or Consent or EmploymentAddendum or MentoringPair
            or PersonalizedProgram or Petition or Roadmap or Assessment or MonitoringReport
            ? Rebuild(@case, @case.Organization, oldPart, newPart)
            : Unsupported(kind!);
    }

    private static Result<MentoringCase> Rebuild(MentoringCase @case, Organization organization, object? oldPart, object? newPart)
    {
        var builder = new MentoringCaseBuilder(organization)
            .AddTeachers(Edit(@case.Teachers, oldPart, newPart))
            .AddStudents(Edit(@case.Students, oldPart, newPart))
            .AddExternalPeople(Edit(@case.ExternalPeople, oldPart, newPart))
            .AddOrders(Edit(@case.Orders, oldPart, newPart))
            .AddConsents(Edit(@case.Consents, oldPart, newPart))
            .AddAddenda(Edit(@case.Addenda, oldPart, newPart))
            .AddPairs(Edit(@case.Pairs, oldPart, newPart))
            .AddPrograms(Edit(@case.Programs, oldPart, newPart))
            .AddPetitions(Edit(@case.Petitions, oldPart, newPart))
            .AddRoadmaps(Edit(@case.Roadmaps, oldPart, newPart))
            .AddAssessments(Edit(@case.Assessments, oldPart, newPart))
            .AddReports(Edit(@case.Reports, oldPart, newPart));
        var mentors = newPart is MentorRegistry m ? m : oldPart is MentorRegistry ? null : @case.MentorRegistry;
        var mentees = newPart is MenteeRegistry e ? e : oldPart is MenteeRegistry ? null : @case.MenteeRegistry;
        if (mentors is not null)
        {
            builder.WithMentorRegistry(mentors);
        }

        if (mentees is not null)
        {
            builder.WithMenteeRegistry(mentees);
        }

        return builder.Build();
    }

    /// <summary>The list with the old part replaced in place (or removed), and the new one added at the end if it replaced nothing.</summary>
    private static List<T> Edit<T>(IReadOnlyList<T> items, object? oldPart, object? newPart)
        where T : class
    {
        var list = new List<T>(items.Count + 1);
        var placed = newPart is not T;
        foreach (var item in items)
        {
            if (ReferenceEquals(item, oldPart))
            {
                if (newPart is T replacement)
                {
                    list.Add(replacement);
                    placed = true;
                }

                continue;
            }

            list.Add(item);
        }

        if (!placed)
        {
            list.Add((T)newPart!);
        }

        return list;
    }

    private static bool Has<T>(IReadOnlyList<T> items, T part)
        where T : class
    {
        foreach (var item in items)
        {
            if (ReferenceEquals(item, part))
            {
                return true;
            }
        }

        return false;
    }

    private static Result<MentoringCase> Unsupported(object part) => Error.Create(
        "MR0703",
        $"A {part.GetType().Name} cannot be added or removed on its own: change the part of the case that holds it.",
        $"{part.GetType().Name} нельзя добавить или удалить отдельно: измените ту часть дела, которая его содержит.",
        "fact");
}
