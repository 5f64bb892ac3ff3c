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

namespace Mentoring.Domain.Cases;

/// <summary>
/// The whole mentoring state of one educational organization as its documents describe it: staff and students,
/// orders, consents, employment-contract addenda, pairs and groups, personalized programs, petitions, the mentor
/// and mentee registries, roadmaps, monitoring assessments and the curator's analytical reports.
/// </summary>
/// <remarks>
/// This is what the rules validate. It is built only through <see cref="MentoringCaseBuilder"/>, which refuses
/// duplicate identifiers and references to people, pairs, programs or documents the case does not contain;
/// everything the regulation merely forbids is kept for the rules to find.
/// </remarks>
public sealed class MentoringCase
{
    private readonly Dictionary<PersonId, IPerson> _people;
    private readonly Dictionary<PairId, MentoringPair> _pairs;
    private readonly Dictionary<ProgramId, PersonalizedProgram> _programs;

    // The model's keyed queries, built once with the (immutable) case: a rule asks for one person's or one pair's
    // items by key instead of scanning the whole organization for each of them (issue #14: validation linear in size).
    private readonly Dictionary<PairId, PersonalizedProgram[]> _programsOfPair;
    private readonly Dictionary<(PersonId Person, ConsentKind Kind), Consent[]> _consentsAbout;
    private readonly Dictionary<PersonId, MentoringPair[]> _pairsMentoredBy;
    private readonly Dictionary<PersonId, MentorRecord[]> _mentorRecordsOf;
    private readonly Dictionary<PersonId, MenteeRecord[]> _menteeRecordsOf;
    private readonly Dictionary<string, IPerson> _peopleByFullName;
    private readonly Dictionary<PairId, PairingOrder[]> _pairingOrdersFixing;
    private readonly Dictionary<DocumentId, MentoringPair[]> _pairsFixedBy;
    private readonly Dictionary<DocumentId, int> _orderPositions;
    private readonly Dictionary<ProgramId, int> _programPositions;
    private readonly Dictionary<PersonId, int> _personPositions;
    private readonly Dictionary<PersonId, MentoringPair[]> _pairsInvolving;

    internal MentoringCase(MentoringCaseBuilder source)
    {
        Organization = source.Organization;
        Teachers = [.. source.Teachers];
        Students = [.. source.Students];
        ExternalPeople = [.. source.ExternalPeople];
        Orders = [.. source.Orders];
        Consents = [.. source.Consents];
        Addenda = [.. source.Addenda];
        Pairs = [.. source.Pairs];
        Programs = [.. source.Programs];
        Petitions = [.. source.Petitions];
        MentorRegistry = source.MentorRegistry;
        MenteeRegistry = source.MenteeRegistry;
        Roadmaps = [.. source.Roadmaps];
        Assessments = [.. source.Assessments];
        Reports = [.. source.Reports];
        SigningAuthorities = [.. source.SigningAuthorities];
        Records = source.Records;
        _people = People.ToDictionary(p => p.Id);
        _personPositions = new Dictionary<PersonId, int>(_people.Count);
        foreach (var person in People)
        {
            _personPositions.Add(person.Id, _personPositions.Count);
        }

        _pairs = Pairs.ToDictionary(p => p.Id);
        _programs = Programs.ToDictionary(p => p.Id);
        _programsOfPair = Index<PairId, PersonalizedProgram>(Programs, p => [p.PairId]);
        _programPositions = new Dictionary<ProgramId, int>(Programs.Count);
        for (var i = 0; i < Programs.Count; i++)
        {
            _programPositions.TryAdd(Programs[i].Id, i);
        }

        _consentsAbout = Index<(PersonId, ConsentKind), Consent>(Consents, c => [(c.Subject, c.Kind)]);
        _pairsMentoredBy = Index(Pairs, p => p.Mentors.Distinct());
        _pairsInvolving = Index(Pairs, p => p.Mentors.Concat(p.Mentees).Distinct());
        (_pairingOrdersFixing, _pairsFixedBy, _orderPositions) = IndexPairingOrders(Orders, Pairs);
        _mentorRecordsOf = Index<PersonId, MentorRecord>(MentorRegistry?.Records ?? [], r => r.PersonId is { } id ? [id] : []);
        _menteeRecordsOf = Index<PersonId, MenteeRecord>(MenteeRegistry?.Records ?? [], r => r.PersonId is { } id ? [id] : []);
        _peopleByFullName = new Dictionary<string, IPerson>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in People)
        {
            _peopleByFullName.TryAdd(person.Name.FullName, person); // the first person of that name, in People order
        }
    }

    /// <summary>
    /// Builds the case of one organization from plain values, collecting every error of every value into one result.
    /// </summary>
    /// <param name="organizationId">The organization's identifier, such as <c>school-7</c>.</param>
    /// <param name="organizationName">The organization's name.</param>
    /// <param name="kind">The organization's kind.</param>
    /// <param name="describe">Adds the staff, students, pairs and programs (<see cref="MentoringCaseBuilder.AddTeacher"/> and the others).</param>
    /// <example>
    /// <code>
    /// var @case = MentoringCase.Build("school-7", "СОШ № 7", OrganizationKind.School, c => c
    ///     .AddTeacher("T-01", "Соколова Анна Викторовна")
    ///     .AddTeacher("T-02", "Егоров Илья Сергеевич")
    ///     .AddPair("P-1", mentors: ["T-01"], mentees: ["T-02"], MentoringForm.TeacherTeacher));
    /// </code>
    /// </example>
    /// <returns>The case, or every error, each at its place (<c>organization.name</c>, <c>teachers[1].name</c>, <c>pairs[0].mentors[0]</c>).</returns>
    /// <remarks>
    /// Each value still goes through the domain's validating factories (<see cref="PersonName.Parse"/>,
    /// <see cref="ProgramTerm.Create"/>, …): the builder only collects their errors instead of stopping at the first.
    /// </remarks>
    public static Result<MentoringCase> Build(string organizationId, string organizationName, OrganizationKind kind, Action<MentoringCaseBuilder> describe) =>
        MentoringCaseBuilder.FromValues(organizationId, organizationName, kind, describe);

    /// <summary>The organization.</summary>
    public Organization Organization { get; }

    /// <summary>The pedagogical and other staff.</summary>
    public IReadOnlyList<Teacher> Teachers { get; }

    /// <summary>The students (003: mentoring of students aged 10 to 18).</summary>
    public IReadOnlyList<Student> Students { get; }

    /// <summary>People from outside the organization: employers, university or college teachers, legal representatives.</summary>
    public IReadOnlyList<ExternalPerson> ExternalPeople { get; }

    /// <summary>Every person of the case: teachers, then students, then external people.</summary>
    public IEnumerable<IPerson> People => Teachers.Cast<IPerson>().Concat(Students).Concat(ExternalPeople);

    /// <summary>The head's orders (regulation, curator, pairing, roadmap, release).</summary>
    public IReadOnlyList<Order> Orders { get; }

    /// <summary>The consents given (and withdrawn).</summary>
    public IReadOnlyList<Consent> Consents { get; }

    /// <summary>The employment-contract addenda on mentoring (TK 351.8).</summary>
    public IReadOnlyList<EmploymentAddendum> Addenda { get; }

    /// <summary>The pairs and groups.</summary>
    public IReadOnlyList<MentoringPair> Pairs { get; }

    /// <summary>The personalized programs.</summary>
    public IReadOnlyList<PersonalizedProgram> Programs { get; }

    /// <summary>The mentors' and mentees' petitions (release, replacement).</summary>
    public IReadOnlyList<Petition> Petitions { get; }

    /// <summary>The mentor registry (база наставников), when kept.</summary>
    public MentorRegistry? MentorRegistry { get; }

    /// <summary>The mentee registry (база наставляемых), when kept.</summary>
    public MenteeRegistry? MenteeRegistry { get; }

    /// <summary>The organization's roadmaps.</summary>
    public IReadOnlyList<Roadmap> Roadmaps { get; }

    /// <summary>The monitoring assessments (before entry, after completion).</summary>
    public IReadOnlyList<Assessment> Assessments { get; }

    /// <summary>The curator's analytical reports.</summary>
    public IReadOnlyList<MonitoringReport> Reports { get; }

    /// <summary>The records of people who may sign the head's orders for a time (acting head, delegation).</summary>
    /// <remarks>readings.md, <c>pair.order-approved</c>.</remarks>
    public IReadOnlyList<SigningAuthority> SigningAuthorities { get; }
    /// <summary>
    /// What the file records about the mentoring system beyond documents above: the curator's refreshes, the mentors'
    /// training, the website section's contents, the act introducing the target model, the methodical association,
    /// the reviews of the Положение and roadmap, the submissions of the bases to the municipal coordinator.
    /// </summary>
    public OrganizationRecords Records { get; }

    /// <summary>Finds a person of the case.</summary>
    /// <param name="id">The person's identifier.</param>
    /// <returns>The person, or null.</returns>
    public IPerson? FindPerson(PersonId id) => _people.GetValueOrDefault(id);

    /// <summary>The people of the case among some identifiers (a pair's mentors, its participants).</summary>
    /// <param name="ids">The identifiers; those of no one in the case are left out.</param>
    /// <returns>The people, each once, in <see cref="People"/> order: teachers, students, then people from outside.</returns>
    public IReadOnlyList<IPerson> PeopleAmong(IEnumerable<PersonId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new List<IPerson>();
        var seen = new HashSet<PersonId>();
        foreach (var id in ids)
        {
            if (seen.Add(id) && FindPerson(id) is { } person)
            {
                found.Add(person);
            }
        }

        if (found.Count > 1)
        {
            found.Sort((a, b) => _personPositions[a.Id].CompareTo(_personPositions[b.Id]));
        }

        return found;
    }

    /// <summary>Finds a pair or group.</summary>
    /// <param name="id">The pair's identifier.</param>
    /// <returns>The pair, or null.</returns>
    public MentoringPair? FindPair(PairId id) => _pairs.GetValueOrDefault(id);

    /// <summary>Finds a program.</summary>
    /// <param name="id">The program's identifier.</param>
    /// <returns>The program, or null.</returns>
    public PersonalizedProgram? FindProgram(ProgramId id) => _programs.GetValueOrDefault(id);

    /// <summary>The programs of a pair or group.</summary>
    /// <param name="pairId">The pair.</param>
    /// <returns>Its programs, in case order (looked up by key: no scan of the case).</returns>
    public IReadOnlyList<PersonalizedProgram> ProgramsOf(PairId pairId) => _programsOfPair.GetValueOrDefault(pairId) ?? [];

    /// <summary>The programs of several pairs or groups.</summary>
    /// <param name="pairIds">The pairs.</param>
    /// <returns>Their programs, each once, in case order.</returns>
    public IReadOnlyList<PersonalizedProgram> ProgramsOf(IEnumerable<PairId> pairIds)
    {
        ArgumentNullException.ThrowIfNull(pairIds);
        var found = new List<PersonalizedProgram>();
        var seen = new HashSet<PairId>();
        foreach (var pairId in pairIds)
        {
            if (seen.Add(pairId))
            {
                found.AddRange(ProgramsOf(pairId));
            }
        }

        if (seen.Count > 1 && found.Count > 1)
        {
            found.Sort((a, b) => _programPositions[a.Id].CompareTo(_programPositions[b.Id]));
        }

        return found;
    }

    /// <summary>
    /// The pairing orders that fix a pair or group: the orders that list it, and the order the pair itself names as
    /// approving it (<see cref="MentoringPair.ApprovedByOrder"/>) when that is a pairing order of the case; either side is
    /// enough. Orders of every date.
    /// </summary>
    /// <param name="pairId">The pair.</param>
    /// <returns>The orders, each once, in case order (looked up by key: no scan of the case).</returns>
    public IReadOnlyList<PairingOrder> PairingOrdersFixing(PairId pairId) => _pairingOrdersFixing.GetValueOrDefault(pairId) ?? [];

    /// <summary>The pairing orders that fix any of several pairs (<see cref="PairingOrdersFixing(PairId)"/>).</summary>
    /// <param name="pairIds">The pairs.</param>
    /// <returns>The orders, each once, in case order.</returns>
    public IReadOnlyList<PairingOrder> PairingOrdersFixing(IEnumerable<PairId> pairIds)
    {
        ArgumentNullException.ThrowIfNull(pairIds);
        var found = new List<PairingOrder>();
        var seen = new HashSet<DocumentId>();
        foreach (var pairId in pairIds)
        {
            foreach (var order in PairingOrdersFixing(pairId))
            {
                if (seen.Add(order.Id))
                {
                    found.Add(order);
                }
            }
        }

        if (found.Count > 1)
        {
            found.Sort((a, b) => _orderPositions[a.Id].CompareTo(_orderPositions[b.Id]));
        }

        return found;
    }

    /// <summary>
    /// The pairs and groups a pairing order fixes: those it lists, and those that name it as approving them
    /// (<see cref="PairingOrdersFixing(PairId)"/> the other way round).
    /// </summary>
    /// <param name="orderId">The order's identifier.</param>
    /// <returns>The pairs, each once, in case order (looked up by key: no scan of the case).</returns>
    public IReadOnlyList<MentoringPair> PairsFixedBy(DocumentId orderId) => _pairsFixedBy.GetValueOrDefault(orderId) ?? [];

    /// <summary>The pairs and groups that have the person among their mentors or mentees.</summary>
    /// <param name="personId">The person.</param>
    /// <returns>The pairs, in case order (looked up by key: no scan of the case).</returns>
    public IReadOnlyList<MentoringPair> PairsInvolving(PersonId personId) => _pairsInvolving.GetValueOrDefault(personId) ?? [];

    /// <summary>The consents of one kind about a person: given by the person, or for the person by a representative.</summary>
    /// <param name="personId">The person the consent is about (<see cref="Consent.Subject"/>).</param>
    /// <param name="kind">The kind of consent.</param>
    /// <returns>The consents, in case order (looked up by key: no scan of the case).</returns>
    public IReadOnlyList<Consent> ConsentsAbout(PersonId personId, ConsentKind kind) => _consentsAbout.GetValueOrDefault((personId, kind)) ?? [];

    /// <summary>The pairs and groups that have the person among their mentors.</summary>
    /// <param name="personId">The person.</param>
    /// <returns>The pairs, in case order (looked up by key: no scan of the case).</returns>
    public IReadOnlyList<MentoringPair> PairsMentoredBy(PersonId personId) => _pairsMentoredBy.GetValueOrDefault(personId) ?? [];

    /// <summary>The records of the mentor registry linked to a person.</summary>
    /// <param name="personId">The person.</param>
    /// <returns>The records, in registry order; empty when the case keeps no mentor registry.</returns>
    public IReadOnlyList<MentorRecord> MentorRecordsOf(PersonId personId) => _mentorRecordsOf.GetValueOrDefault(personId) ?? [];

    /// <summary>The records of the mentee registry linked to a person.</summary>
    /// <param name="personId">The person.</param>
    /// <returns>The records, in registry order; empty when the case keeps no mentee registry.</returns>
    public IReadOnlyList<MenteeRecord> MenteeRecordsOf(PersonId personId) => _menteeRecordsOf.GetValueOrDefault(personId) ?? [];

    /// <summary>Finds the person whose full name is the text, case aside (a registry record that writes a name but links no one).</summary>
    /// <param name="fullName">The full name as written.</param>
    /// <returns>The first such person in <see cref="People"/> order, or null.</returns>
    public IPerson? FindPersonByFullName(string? fullName) =>
        fullName is null ? null : _peopleByFullName.GetValueOrDefault(fullName);

    /// <summary>The consents a person gave, or that were given on the person's behalf.</summary>
    /// <param name="personId">The person.</param>
    /// <returns>The consents, in case order.</returns>
    public IEnumerable<Consent> ConsentsOf(PersonId personId) =>
        Consents.Where(c => c.GivenBy == personId || c.OnBehalfOf == personId);

    /// <summary>The records that let a person sign for the head on a day (acting head, delegation).</summary>
    /// <param name="personId">The signatory.</param>
    /// <param name="day">The day of the signature.</param>
    /// <returns>The records whose term holds the day, in case order.</returns>
    public IEnumerable<SigningAuthority> AuthoritiesOf(PersonId personId, DateOnly day) =>
        SigningAuthorities.Where(a => a.Covers(personId, day));

    /// <summary>The orders of one kind.</summary>
    /// <typeparam name="TOrder">The kind of order.</typeparam>
    /// <returns>The orders, in case order.</returns>
    public IEnumerable<TOrder> OrdersOf<TOrder>()
        where TOrder : Order => Orders.OfType<TOrder>();

    /// <summary>
    /// The pairing orders fixing each pair, the pairs each pairing order fixes (both in case order), and each pairing
    /// order's place in the case's orders.
    /// </summary>
    private static (Dictionary<PairId, PairingOrder[]> Fixing, Dictionary<DocumentId, MentoringPair[]> FixedBy, Dictionary<DocumentId, int> Positions) IndexPairingOrders(
        IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs)
    {
        var positions = new Dictionary<DocumentId, int>();
        var listing = new Dictionary<PairId, List<int>>();
        for (var i = 0; i < orders.Count; i++)
        {
            if (orders[i] is not PairingOrder pairing || !positions.TryAdd(pairing.Id, i))
            {
                continue;
            }

            foreach (var pairId in pairing.Pairs.Distinct())
            {
                if (!listing.TryGetValue(pairId, out var at))
                {
                    listing.Add(pairId, at = []);
                }

                at.Add(i);
            }
        }

        var fixing = new Dictionary<PairId, PairingOrder[]>();
        foreach (var pair in pairs)
        {
            var at = listing.GetValueOrDefault(pair.Id) ?? [];
            if (pair.ApprovedByOrder is { } named && positions.TryGetValue(named, out var approving) && !at.Contains(approving))
            {
                at = [.. at, approving];
                at.Sort();
            }

            if (at.Count != 0)
            {
                fixing.TryAdd(pair.Id, [.. at.Select(i => (PairingOrder)orders[i])]);
            }
        }

        var fixedBy = Index(pairs, p => (fixing.GetValueOrDefault(p.Id) ?? []).Select(o => o.Id));
        return (fixing, fixedBy, positions);
    }

    /// <summary>Items grouped by their keys, each group in the items' order.</summary>
    private static Dictionary<TKey, TItem[]> Index<TKey, TItem>(IEnumerable<TItem> items, Func<TItem, IEnumerable<TKey>> keys)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<TItem>>();
        foreach (var item in items)
        {
            foreach (var key in keys(item))
            {
                if (!groups.TryGetValue(key, out var group))
                {
                    groups.Add(key, group = []);
                }

                group.Add(item);
            }
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray());
    }
}
