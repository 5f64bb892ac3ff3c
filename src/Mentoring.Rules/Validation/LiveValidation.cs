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

namespace Mentoring.Rules.Validation;

/// <summary>
/// The validation of one organization's case kept open while the case is edited: after each change
/// <see cref="Report"/> is the report a fresh validation of the changed case gives. Create it with
/// <see cref="MentoringValidator.Open(MentoringCase, string, DateOnly, ValidationOptions?)"/>.
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
/// After a change the organization is validated again, in a new NRules session of the edition's compiled rule set
/// (compiled once, shared): findings also name people that their match does not hold as facts (a pair's mentor by
/// identifier), so re-running the organization is what keeps the report exact. The report is built on first read
/// after a change. Not thread-safe: one live validation per thread.
/// </para>
/// </remarks>
public sealed class LiveValidation : IDisposable
{
    private readonly MentoringValidator _validator;
    private readonly ValidationOptions _options;
    private ValidationReport? _report;
    private bool _disposed;

    internal LiveValidation(MentoringValidator validator, MentoringCase @case, ResolvedEdition edition, ValidationOptions options)
    {
        _validator = validator;
        _options = options;
        Case = @case;
        Edition = edition;
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
            return _report ??= _validator.Validate(Case, Edition, _options);
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

        _report = null;
        return Result.Success();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _report = null;
    }

    private Result Change(object? oldFact, object? newFact)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (oldFact is not null && !CaseEdit.Contains(Case, oldFact))
        {
            return NotInCase(oldFact);
        }

        var edited = CaseEdit.Apply(Case, oldFact, newFact);
        if (!edited.IsSuccess)
        {
            return Result.Invalid(edited.ValidationErrors);
        }

        Case = edited.Value;
        _report = null;
        return Result.Success();
    }

    private static Result NotInCase(object fact) => Result.Invalid(DomainErrors.Create(
        "MR0701",
        $"{fact.GetType().Name} {MentoringValidator.Describe(fact).Id} is not a part of the case.",
        $"{fact.GetType().Name} {MentoringValidator.Describe(fact).Id} нет в деле.",
        "fact"));
}

/// <summary>Edits of a case by its parts: which parts it holds, and the case with a part added, removed or replaced.</summary>
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
            return DomainErrors.Create(
                "MR0702",
                $"A {oldPart.GetType().Name} can only be replaced by another {oldPart.GetType().Name}, not by a {newPart.GetType().Name}.",
                $"{oldPart.GetType().Name} можно заменить только на {oldPart.GetType().Name}, а не на {newPart.GetType().Name}.",
                "newFact").Fail();
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
            .AddReports(Edit(@case.Reports, oldPart, newPart))
            .AddSigningAuthorities(@case.SigningAuthorities)
            .WithRecords(@case.Records);
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

    private static Result<MentoringCase> Unsupported(object part) => DomainErrors.Create(
        "MR0703",
        $"A {part.GetType().Name} cannot be added or removed on its own: change the part of the case that holds it.",
        $"{part.GetType().Name} нельзя добавить или удалить отдельно: измените ту часть дела, которая его содержит.",
        "fact").Fail();
}
