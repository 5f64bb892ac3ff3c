namespace Mentoring.Domain.Registries;

/// <summary>The mentor registry of an organization («база наставников»): its records, each identifier once.</summary>
/// <remarks>003 annex 3; 002 МР stage 3 («формирование банка наставников»).</remarks>
public sealed class MentorRegistry
{
    private readonly List<MentorRecord> _records;

    private MentorRegistry(OrganizationId organizationId, List<MentorRecord> records)
    {
        OrganizationId = organizationId;
        _records = records;
    }

    /// <summary>The organization (or municipality body) that keeps the registry.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The records, in the registry's order.</summary>
    public IReadOnlyList<MentorRecord> Records => _records;

    /// <summary>Creates a registry.</summary>
    /// <param name="organizationId">The organization.</param>
    /// <param name="records">The records; identifiers must be unique.</param>
    /// <returns>The registry, or MD0005 at <c>records</c> for each repeated identifier, naming it.</returns>
    public static Result<MentorRegistry> Create(OrganizationId organizationId, IEnumerable<MentorRecord>? records = null)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        var list = (records ?? []).ToList();
        return RegistryChecks.Unique(list.Select(r => r.Id)).Then(() => new MentorRegistry(organizationId, list));
    }

    /// <summary>Adds a record.</summary>
    /// <param name="record">The record; its identifier must be new.</param>
    /// <returns>Success, or MD0005 at <c>records</c> naming the identifier.</returns>
    public Result Add(MentorRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_records.Exists(r => r.Id == record.Id))
        {
            return DomainErrors.General.DuplicateId("records", record.Id.Value).Fail();
        }

        _records.Add(record);
        return Result.Success();
    }

    /// <summary>The record with the identifier, or null.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The record, or null.</returns>
    public MentorRecord? Find(RegistryRecordId id) => _records.Find(r => r.Id == id);
}

/// <summary>The mentee registry of an organization («база наставляемых»): its records, each identifier once.</summary>
/// <remarks>003 annex 3; 002 МР stage 2 («формирование банка наставляемых»).</remarks>
public sealed class MenteeRegistry
{
    private readonly List<MenteeRecord> _records;

    private MenteeRegistry(OrganizationId organizationId, List<MenteeRecord> records)
    {
        OrganizationId = organizationId;
        _records = records;
    }

    /// <summary>The organization (or municipality body) that keeps the registry.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The records, in the registry's order.</summary>
    public IReadOnlyList<MenteeRecord> Records => _records;

    /// <summary>The records of mentees without a mentor (002 МР stage 5 п.3).</summary>
    public IReadOnlyList<MenteeRecord> Unpaired => [.. _records.Where(r => r.IsUnpaired)];

    /// <summary>Creates a registry.</summary>
    /// <param name="organizationId">The organization.</param>
    /// <param name="records">The records; identifiers must be unique.</param>
    /// <returns>The registry, or MD0005 at <c>records</c> for each repeated identifier, naming it.</returns>
    public static Result<MenteeRegistry> Create(OrganizationId organizationId, IEnumerable<MenteeRecord>? records = null)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        var list = (records ?? []).ToList();
        return RegistryChecks.Unique(list.Select(r => r.Id)).Then(() => new MenteeRegistry(organizationId, list));
    }

    /// <summary>Adds a record.</summary>
    /// <param name="record">The record; its identifier must be new.</param>
    /// <returns>Success, or MD0005 at <c>records</c> naming the identifier.</returns>
    public Result Add(MenteeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_records.Exists(r => r.Id == record.Id))
        {
            return DomainErrors.General.DuplicateId("records", record.Id.Value).Fail();
        }

        _records.Add(record);
        return Result.Success();
    }

    /// <summary>The record with the identifier, or null.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The record, or null.</returns>
    public MenteeRecord? Find(RegistryRecordId id) => _records.Find(r => r.Id == id);
}

/// <summary>Checks shared by the registries.</summary>
internal static class RegistryChecks
{
    internal static Result Unique(IEnumerable<RegistryRecordId> ids) => ResultExtras.Combine(
        ids.GroupBy(id => id)
            .Where(g => g.Count() > 1)
            .Select(g => Result.Invalid(DomainErrors.General.DuplicateId("records", g.Key.Value))));
}
