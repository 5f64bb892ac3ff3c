using System.Diagnostics;
using Mentoring.Domain;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Roadmaps;

namespace Mentoring.Rules.Policies;

/// <summary>What a finding is about: a person, a pair, a program, a document, the organization.</summary>
public enum SubjectKind
{
    /// <summary>The organization as a whole.</summary>
    Organization = 1,

    /// <summary>A person (teacher, student, external person).</summary>
    Person = 2,

    /// <summary>A pair or group.</summary>
    Pair = 3,

    /// <summary>A personalized program.</summary>
    Program = 4,

    /// <summary>A document: an order, a consent, an addendum, a petition, a report.</summary>
    Document = 5,

    /// <summary>A roadmap or one of its activities.</summary>
    Roadmap = 6,

    /// <summary>A record of the mentor or mentee registry.</summary>
    RegistryRecord = 7,
}

/// <summary>One subject of a finding: its kind, identifier and, unless redacted, its name.</summary>
public sealed class Subject : IEquatable<Subject>
{
    // A document's or person's name is written from the fact on first read (most findings are only counted);
    // the fact is immutable, so the name is the same whenever it is written.
    private readonly object? _named;
    private string? _name;
    private int _hash; // kept once computed (0: not yet)

    private Subject(SubjectKind kind, string id, string? name)
    {
        Kind = kind;
        Id = id;
        _name = name;
    }

    private Subject(SubjectKind kind, string id, object named)
    {
        Kind = kind;
        Id = id;
        _named = named;
    }

    /// <summary>The kind of subject.</summary>
    public SubjectKind Kind { get; }

    /// <summary>The identifier as the case file gives it.</summary>
    public string Id { get; }

    /// <summary>The display name (a person's short name, an order's number and date), or null when redacted.</summary>
    public string? Name => _name ??= _named is null ? null : NameOf(_named);

    /// <summary>A subject from its parts.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The display name, if any.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(SubjectKind kind, string id, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new Subject(kind, id, name);
    }

    /// <summary>The organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new(SubjectKind.Organization, organization.Id.Value, organization.Name);
    }

    /// <summary>A person, named by the short name («Иванова М. П.»).</summary>
    /// <param name="person">The person.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(IPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new(SubjectKind.Person, person.Id.Value, (object)person);
    }

    /// <summary>A person known only by identifier (not in the case).</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(PersonId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new(SubjectKind.Person, id.Value, null);
    }

    /// <summary>A pair or group.</summary>
    /// <param name="pair">The pair.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(MentoringPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return new(SubjectKind.Pair, pair.Id.Value, null);
    }

    /// <summary>A personalized program.</summary>
    /// <param name="program">The program.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(PersonalizedProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return new(SubjectKind.Program, program.Id.Value, program.Direction);
    }

    /// <summary>An order, named «№ 12 от 01.09.2023 (…)».</summary>
    /// <param name="order">The order.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(SubjectKind.Document, order.Id.Value, (object)order);
    }

    /// <summary>A consent.</summary>
    /// <param name="consent">The consent.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new(SubjectKind.Document, consent.Id.Value, (object)consent);
    }

    /// <summary>An employment-contract addendum.</summary>
    /// <param name="addendum">The addendum.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(EmploymentAddendum addendum)
    {
        ArgumentNullException.ThrowIfNull(addendum);
        return new(SubjectKind.Document, addendum.Id.Value, (object)addendum);
    }

    /// <summary>A petition.</summary>
    /// <param name="petition">The petition.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(Petition petition)
    {
        ArgumentNullException.ThrowIfNull(petition);
        return new(SubjectKind.Document, petition.Id.Value, (object)petition);
    }

    /// <summary>A roadmap.</summary>
    /// <param name="roadmap">The roadmap.</param>
    /// <returns>The subject.</returns>
    public static Subject Of(Roadmap roadmap)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        return new(SubjectKind.Roadmap, roadmap.Id.Value, roadmap.Title);
    }

    /// <summary>The same subject without its name.</summary>
    /// <returns>The redacted subject.</returns>
    public Subject Redacted() => _name is null && _named is null ? this : new Subject(Kind, Id, (string?)null);

    private static string NameOf(object named) => named switch
    {
        IPerson person => person.Name.ShortName,
        Order order => order.ToString(),
        Consent { IsRefusal: true } refusal => $"{refusal.Kind.Term().NameRu}: {refusal.Status.Term().NameRu} (запись от {refusal.GivenOn:dd.MM.yyyy})",
        Consent consent => $"{consent.Kind.Term().NameRu} от {consent.GivenOn:dd.MM.yyyy}",
        EmploymentAddendum addendum => $"дополнительное соглашение от {addendum.SignedOn:dd.MM.yyyy}",
        Petition petition => $"{petition.Kind.Term().NameRu} от {petition.FiledOn:dd.MM.yyyy}",
        _ => throw new UnreachableException($"No name is written for a {named.GetType().Name}."),
    };

    /// <inheritdoc />
    public bool Equals(Subject? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Kind == other.Kind && string.Equals(Id, other.Id, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Subject);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = _hash;
        if (hash == 0)
        {
            _hash = hash = HashCode.Combine((int)Kind, StringComparer.Ordinal.GetHashCode(Id));
        }

        return hash;
    }

    /// <inheritdoc />
    public override string ToString() => Name is null ? $"{Kind} {Id}" : $"{Kind} {Id} ({Name})";
}
