using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Rules.Editions;
using NRules.RuleModel;

namespace Mentoring.Rules.Policies;

/// <summary>
/// The context of one validation, inserted as a fact so that policy rules can match it: the case, the date of
/// validation, the resolved edition (parameters) and whether names are redacted.
/// </summary>
/// <remarks>There is no clock: the date is always the caller's <see cref="AsOf"/>.</remarks>
public sealed class Evaluation
{
    private readonly MentoringCase _case;

    // What messages print, computed once per validation: actions name the same people and pairs over and over.
    private Dictionary<PersonId, string>? _names;
    private Dictionary<PersonId, Subject>? _people;
    private Dictionary<MentoringPair, (string Ru, string En)>? _pairs;
    private Dictionary<MentoringPair, Subject[]>? _pairSubjects;
    private IRuleDefinition? _parametersRule;

    // The case's look-ups the domain does not key, built once per validation (rules take them instead of engine joins,
    // which NRules 1.0.4 does not index: issue #14).
    private Dictionary<Consent, int>? _consentPositions;
    private Dictionary<PersonId, List<EmploymentAddendum>>? _addenda;
    private Dictionary<DocumentId, List<(Order Order, int Position)>>? _orders;
    private Dictionary<(PairId, PetitionKind), List<Petition>>? _petitions;
    private RuleParameters? _parameters;

    internal Evaluation(MentoringCase @case, ResolvedEdition edition, bool redact)
    {
        _case = @case;
        Edition = edition;
        Redact = redact;
    }

    /// <summary>The case being validated.</summary>
    public MentoringCase Case => _case;

    /// <summary>The date of validation.</summary>
    public DateOnly AsOf => Edition.AsOf;

    /// <summary>The edition, resolved for <see cref="AsOf"/>.</summary>
    public ResolvedEdition Edition { get; }

    /// <summary>True when findings must not name people (only identifiers).</summary>
    public bool Redact { get; }

    /// <summary>The parameters of the rule that is firing.</summary>
    /// <param name="context">The action's context.</param>
    /// <returns>The rule's parameter values.</returns>
    public RuleParameters ParametersOf(IContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A rule's matches fire one after another: the previous rule's parameters are usually the ones asked for.
        var rule = context.Rule;
        if (!ReferenceEquals(rule, _parametersRule))
        {
            _parameters = Edition.Parameters(rule.Name);
            _parametersRule = rule;
        }

        return _parameters!;
    }

    /// <summary>
    /// How a message quotes free text of the case — a title, a reason, a note, who is responsible, where something was
    /// published —, which may hold a name: as written, or «***» when redacted (docs/cli.md, <c>--redact</c>).
    /// </summary>
    /// <param name="text">The text as the case writes it.</param>
    /// <returns>The text to print.</returns>
    public string Text(string text) => Redaction.Text(text, Redact);

    /// <summary>How a message quotes a roadmap activity's deadline: as written, or «***» when redacted and the cell can hold more than dates (<see cref="Redaction.Deadline"/>).</summary>
    /// <param name="deadline">The deadline.</param>
    /// <returns>The text to print.</returns>
    public string Quote(Mentoring.Domain.Roadmaps.Deadline deadline) => Redaction.Deadline(deadline, Redact);

    /// <summary>What a redacted free text prints instead: «***» (<see cref="Redaction.Mark"/>).</summary>
    public const string RedactedText = Redaction.Mark;

    /// <summary>How a message names a person: the short name («Иванова М. П.»), or the identifier when redacted.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The name to print.</returns>
    public string Name(IPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Redact ? person.Id.Value : person.Name.ShortName;
    }

    /// <summary>How a message names a person known by identifier: the short name if the case has the person.</summary>
    /// <param name="id">The person's identifier.</param>
    /// <returns>The name to print.</returns>
    public string Name(PersonId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _names ??= [];
        if (!_names.TryGetValue(id, out var name))
        {
            name = _case.FindPerson(id) is { } person ? Name(person) : id.Value;
            _names.Add(id, name);
        }

        return name;
    }

    /// <summary>The subject of a person known by identifier, with the name when the case has the person.</summary>
    /// <param name="id">The person's identifier.</param>
    /// <returns>The subject.</returns>
    public Subject Person(PersonId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _people ??= [];
        if (!_people.TryGetValue(id, out var subject))
        {
            subject = _case.FindPerson(id) is { } person ? Subject.Of(person) : Subject.Of(id);
            _people.Add(id, subject);
        }

        return subject;
    }

    /// <summary>A list of people for a message: «Иванова М. П., Петров П. П.».</summary>
    /// <param name="ids">The people.</param>
    /// <returns>The names joined with commas.</returns>
    public string Names(IEnumerable<PersonId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids is not IReadOnlyList<PersonId> list)
        {
            return string.Join(", ", ids.Select(Name));
        }

        if (list.Count == 1)
        {
            return Name(list[0]);
        }

        var names = new string[list.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Name(list[i]);
        }

        return string.Join(", ", names);
    }

    /// <summary>
    /// A pair's name for messages in Russian and English, built once per pair by <paramref name="build"/> (which
    /// names the pair's mentors and mentees).
    /// </summary>
    internal (string Ru, string En) PairText(MentoringPair pair, Func<Evaluation, MentoringPair, (string Ru, string En)> build)
    {
        _pairs ??= new(ReferenceEqualityComparer.Instance);
        if (_pairs.TryGetValue(pair, out var text))
        {
            return text;
        }

        text = build(this, pair);
        _pairs.Add(pair, text);
        return text;
    }

    /// <summary>
    /// A pair's subjects for findings, built once per pair by <paramref name="build"/> (which looks up the pair's
    /// mentors and mentees). Never change the array.
    /// </summary>
    internal Subject[] PairSubjects(MentoringPair pair, Func<Evaluation, MentoringPair, Subject[]> build)
    {
        _pairSubjects ??= new(ReferenceEqualityComparer.Instance);
        if (_pairSubjects.TryGetValue(pair, out var subjects))
        {
            return subjects;
        }

        subjects = build(this, pair);
        _pairSubjects.Add(pair, subjects);
        return subjects;
    }

    /// <summary>The pairs and groups that have the person among their mentees, in case order (by key).</summary>
    internal IReadOnlyList<MentoringPair> PairsMentoring(PersonId mentee)
    {
        var involving = _case.PairsInvolving(mentee);
        List<MentoringPair>? found = null;
        for (var i = 0; i < involving.Count; i++)
        {
            if (involving[i].Mentees.Contains(mentee))
            {
                (found ??= []).Add(involving[i]);
            }
        }

        return found ?? (IReadOnlyList<MentoringPair>)[];
    }

    /// <summary>The consents of either of two kinds about a person (<see cref="Consent.Subject"/>), in case order (by key).</summary>
    internal IReadOnlyList<Consent> ConsentsAbout(PersonId person, ConsentKind first, ConsentKind second)
    {
        var a = _case.ConsentsAbout(person, first);
        var b = _case.ConsentsAbout(person, second);
        if (b.Count == 0 || ReferenceEquals(a, b))
        {
            return a;
        }

        if (a.Count == 0)
        {
            return b;
        }

        if (_consentPositions is null)
        {
            _consentPositions = new(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < _case.Consents.Count; i++)
            {
                _consentPositions.TryAdd(_case.Consents[i], i);
            }
        }

        var merged = new List<Consent>(a.Count + b.Count);
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            merged.Add(y == b.Count || (x < a.Count && _consentPositions[a[x]] < _consentPositions[b[y]]) ? a[x++] : b[y++]);
        }

        return merged;
    }

    /// <summary>The employment addenda of a teacher (<see cref="EmploymentAddendum.TeacherId"/>), in case order (by key).</summary>
    internal IReadOnlyList<EmploymentAddendum> AddendaOf(PersonId teacher)
    {
        if (_addenda is null)
        {
            _addenda = [];
            foreach (var addendum in _case.Addenda)
            {
                if (!_addenda.TryGetValue(addendum.TeacherId, out var list))
                {
                    _addenda.Add(addendum.TeacherId, list = []);
                }

                list.Add(addendum);
            }
        }

        return _addenda.TryGetValue(teacher, out var found) ? found : [];
    }

    /// <summary>
    /// The orders that approve a pair: the order it names (<see cref="MentoringPair.ApprovedByOrder"/>) and the pairing
    /// orders that fix it, each once, in case order (by key).
    /// </summary>
    internal IReadOnlyList<Order> OrdersApproving(MentoringPair pair)
    {
        if (_orders is null)
        {
            _orders = [];
            for (var i = 0; i < _case.Orders.Count; i++)
            {
                var order = _case.Orders[i];
                if (!_orders.TryGetValue(order.Id, out var list))
                {
                    _orders.Add(order.Id, list = []);
                }

                list.Add((order, i));
            }
        }

        var found = new List<(Order Order, int Position)>();
        if (pair.ApprovedByOrder is { } named && _orders.TryGetValue(named, out var byId))
        {
            found.AddRange(byId);
        }

        foreach (var fixing in _case.PairingOrdersFixing(pair.Id))
        {
            foreach (var entry in _orders[fixing.Id])
            {
                if (ReferenceEquals(entry.Order, fixing) && !found.Contains(entry))
                {
                    found.Add(entry);
                }
            }
        }

        found.Sort((l, r) => l.Position.CompareTo(r.Position));
        return [.. found.Select(f => f.Order)];
    }

    /// <summary>The petitions of one kind about a pair, in case order (by key).</summary>
    internal IReadOnlyList<Petition> PetitionsAbout(PairId pair, PetitionKind kind)
    {
        if (_petitions is null)
        {
            _petitions = [];
            foreach (var petition in _case.Petitions)
            {
                if (!_petitions.TryGetValue((petition.PairId, petition.Kind), out var list))
                {
                    _petitions.Add((petition.PairId, petition.Kind), list = []);
                }

                list.Add(petition);
            }
        }

        return _petitions.TryGetValue((pair, kind), out var found) ? found : [];
    }
}
