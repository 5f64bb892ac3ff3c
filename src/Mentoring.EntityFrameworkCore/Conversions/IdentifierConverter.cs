using System.Linq.Expressions;
using Mentoring.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mentoring.EntityFrameworkCore.Conversions;

/// <summary>
/// Stores an identifier (<see cref="PersonId"/>, <see cref="PairId"/>, …) as its text (<see cref="Identifier.Value"/>,
/// at most <see cref="Identifier.MaxLength"/> characters) and reads it back through the identifier's validating factory.
/// </summary>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <remarks>
/// A stored text that the factory refuses (written to the table by another program) fails the read with an exception,
/// rather than making an identifier the model forbids.
/// </remarks>
public abstract class IdentifierConverter<TId> : ValueConverter<TId, string>
    where TId : Identifier
{
    /// <summary>Creates the converter.</summary>
    /// <param name="fromText">The identifier from its text, such as <c>text =&gt; PersonId.Create(text).Value</c>.</param>
    protected IdentifierConverter(Expression<Func<string, TId>> fromText)
        : base(id => id.Value, fromText)
    {
    }
}

/// <summary>Compares identifiers by value and snapshots them as they are (identifiers are immutable).</summary>
/// <typeparam name="TId">The identifier type.</typeparam>
public sealed class IdentifierComparer<TId> : ValueComparer<TId>
    where TId : Identifier
{
    /// <summary>Creates the comparer.</summary>
    public IdentifierComparer()
        : base((a, b) => a == b, id => id.GetHashCode(), id => id)
    {
    }
}

/// <summary>Stores a <see cref="Domain.PersonId"/> as its text.</summary>
public sealed class PersonIdConverter() : IdentifierConverter<PersonId>(v => PersonId.Create(v).Value);

/// <summary>Stores an <see cref="Domain.OrganizationId"/> as its text.</summary>
public sealed class OrganizationIdConverter() : IdentifierConverter<OrganizationId>(v => OrganizationId.Create(v).Value);

/// <summary>Stores a <see cref="Domain.PairId"/> as its text.</summary>
public sealed class PairIdConverter() : IdentifierConverter<PairId>(v => PairId.Create(v).Value);

/// <summary>Stores a <see cref="Domain.ProgramId"/> as its text.</summary>
public sealed class ProgramIdConverter() : IdentifierConverter<ProgramId>(v => ProgramId.Create(v).Value);

/// <summary>Stores an <see cref="Domain.ActivityId"/> as its text.</summary>
public sealed class ActivityIdConverter() : IdentifierConverter<ActivityId>(v => ActivityId.Create(v).Value);

/// <summary>Stores a <see cref="Domain.DocumentId"/> (orders, consents) as its text.</summary>
public sealed class DocumentIdConverter() : IdentifierConverter<DocumentId>(v => DocumentId.Create(v).Value);
