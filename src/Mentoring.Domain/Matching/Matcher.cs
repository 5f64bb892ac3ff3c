namespace Mentoring.Domain.Matching;

/// <summary>
/// Scores mentor–mentee pairs by the regulation's criteria and proposes the assignment of mentees to mentors that
/// maximizes the total fit under the mentors' capacities, exactly and deterministically.
/// </summary>
/// <remarks>
/// <para>
/// 002 «Процесс формирования пар» (the mentor's profile or competences match the mentee's request; pairs are formed
/// with the curator); 003 §5.2 (a mentor may have several mentees); 003 annex 3 (the registries' preferred age and time
/// available). Every pair within reach is scored by <see cref="MatchCriteria.All"/>; a pair is admissible when no
/// criterion excludes it.
/// </para>
/// <para>
/// The admissible pairs form a bipartite graph; it is split into connected components (admissibility keeps pairs
/// inside an organization or a municipality unless virtual mentoring is allowed), and each is solved exactly as a
/// min-cost flow by successive shortest paths with potentials and integer costs. Inputs are ordered by identifier
/// first, so the result does not depend on the order of the input lists, and ties go the same way every time.
/// </para>
/// </remarks>
public static class Matcher
{
    /// <summary>Scores one pair, with every criterion's explanation.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="options">The options; <see cref="MatchingOptions.Default"/> when null.</param>
    /// <returns>The scored pair.</returns>
    public static PairFit Score(MentorCandidate mentor, MenteeCandidate mentee, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        var o = options ?? MatchingOptions.Default;
        var capacity = Scorer.Capacity(mentor, o, int.MaxValue);
        var (total, excluded) = Scorer.Evaluate(mentor, mentee, o, capacity);
        return new PairFit(mentor, mentee, total, excluded, o, capacity);
    }

    /// <summary>Proposes the assignment.</summary>
    /// <param name="mentors">The mentors; identifiers unique.</param>
    /// <param name="mentees">The mentees to find a mentor for; identifiers unique.</param>
    /// <param name="options">The options; <see cref="MatchingOptions.Default"/> when null.</param>
    /// <returns>The assignment, or MD0005 at <c>mentors</c> or <c>mentees</c> for each repeated identifier.</returns>
    public static Result<MatchingResult> Match(IEnumerable<MentorCandidate> mentors, IEnumerable<MenteeCandidate> mentees, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentNullException.ThrowIfNull(mentees);
        var mentorList = mentors.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var menteeList = mentees.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var unique = ResultExtras.Combine(
            Duplicates(mentorList.Select(m => m.Id)).Select(id => Result.Invalid(DomainErrors.General.DuplicateId("mentors", id)))
                .Concat(Duplicates(menteeList.Select(m => m.Id)).Select(id => Result.Invalid(DomainErrors.General.DuplicateId("mentees", id)))));
        return unique.Then(() => Solve(mentorList, menteeList, options ?? MatchingOptions.Default));
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> sortedIds) =>
        sortedIds.Zip(sortedIds.Skip(1)).Where(p => string.Equals(p.First, p.Second, StringComparison.Ordinal)).Select(p => p.First).Distinct(StringComparer.Ordinal);

    private static MatchingResult Solve(List<MentorCandidate> mentors, List<MenteeCandidate> mentees, MatchingOptions options)
    {
        var n = mentees.Count;
        var m = mentors.Count;
        var unlimited = Math.Max(1, n);
        var capacities = mentors.Select(x => Scorer.Capacity(x, options, unlimited)).ToArray();
        var limited = mentors.Select(x => options.MaxMenteesPerMentor is not null || x.HoursPerWeek is not null).ToArray();

        // Reach: the mentors each mentee may be scored against.
        var buckets = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        if (!options.AllowVirtual)
        {
            for (var j = 0; j < m; j++)
            {
                if (Key(mentors[j].Workplace, mentors[j].Municipality, options) is { } key)
                {
                    if (!buckets.TryGetValue(key, out var list))
                    {
                        buckets[key] = list = [];
                    }

                    list.Add(j);
                }
            }
        }

        var all = Enumerable.Range(0, m).ToList();
        var edges = new List<(int Mentor, int Fit)>[n];
        var excluded = new List<PairFit>[n];
        var inadmissible = new List<PairFit>();
        var considered = 0;
        for (var i = 0; i < n; i++)
        {
            edges[i] = [];
            excluded[i] = [];
            var reach = options.AllowVirtual ? all
                : Key(mentees[i].Workplace, mentees[i].Municipality, options) is { } key && buckets.TryGetValue(key, out var list) ? list
                : [];
            foreach (var j in reach)
            {
                considered++;
                var (total, by) = Scorer.Evaluate(mentors[j], mentees[i], options, capacities[j]);
                if (by is null)
                {
                    edges[i].Add((j, total));
                }
                else
                {
                    var fit = new PairFit(mentors[j], mentees[i], total, by, options, capacities[j]);
                    excluded[i].Add(fit);
                    inadmissible.Add(fit);
                }
            }
        }

        var (assigned, components, largest) = Assign(n, m, capacities, edges);

        var groups = new List<MentorGroup>();
        var byMentor = new List<PairFit>[m];
        for (var i = 0; i < n; i++)
        {
            if (assigned[i] is var j and >= 0)
            {
                (byMentor[j] ??= []).Add(new PairFit(mentors[j], mentees[i], edges[i].First(e => e.Mentor == j).Fit, null, options, capacities[j]));
            }
        }

        for (var j = 0; j < m; j++)
        {
            if (byMentor[j] is { } pairs)
            {
                groups.Add(new MentorGroup(mentors[j], limited[j] ? capacities[j] : null, pairs));
            }
        }

        var unmatched = new List<UnmatchedMentee>();
        for (var i = 0; i < n; i++)
        {
            if (assigned[i] < 0)
            {
                var admissible = edges[i]
                    .OrderByDescending(e => e.Fit).ThenBy(e => e.Mentor)
                    .Select(e => (Fit: new PairFit(mentors[e.Mentor], mentees[i], e.Fit, null, options, capacities[e.Mentor]), Taken: byMentor[e.Mentor]?.Count ?? 0, Capacity: capacities[e.Mentor]))
                    .ToList();
                unmatched.Add(Unmatched(mentees[i], admissible, excluded[i], options));
            }
        }

        return new MatchingResult(groups, unmatched, inadmissible, considered, components, largest);
    }

    private static string? Key(string? workplace, string? municipality, MatchingOptions options) =>
        options.Locality == MatchingLocality.Municipality && municipality is not null ? "m\u0001" + municipality
        : workplace is not null ? "o\u0001" + workplace
        : null;

    /// <summary>Splits the admissible graph into connected components and solves each exactly.</summary>
    private static (int[] Assigned, int Components, int Largest) Assign(int n, int m, int[] capacities, List<(int Mentor, int Fit)>[] edges)
    {
        var parent = Enumerable.Range(0, n + m).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        for (var i = 0; i < n; i++)
        {
            foreach (var (j, _) in edges[i])
            {
                var a = Find(i);
                var b = Find(n + j);
                if (a != b)
                {
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        // Members of each component, in identifier order (mentees, then mentors).
        var menteesOf = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (edges[i].Count != 0)
            {
                var root = Find(i);
                if (!menteesOf.TryGetValue(root, out var list))
                {
                    menteesOf[root] = list = [];
                    order.Add(root);
                }

                list.Add(i);
            }
        }

        var mentorsOf = new Dictionary<int, List<int>>();
        for (var j = 0; j < m; j++)
        {
            var root = Find(n + j);
            if (menteesOf.ContainsKey(root))
            {
                if (!mentorsOf.TryGetValue(root, out var list))
                {
                    mentorsOf[root] = list = [];
                }

                list.Add(j);
            }
        }

        var assigned = new int[n];
        Array.Fill(assigned, -1);
        var largest = 0;
        var local = new int[m];
        foreach (var root in order)
        {
            var componentMentees = menteesOf[root];
            var componentMentors = mentorsOf[root];
            largest = Math.Max(largest, componentMentees.Count + componentMentors.Count);
            for (var k = 0; k < componentMentors.Count; k++)
            {
                local[componentMentors[k]] = k;
            }

            var componentEdges = new List<(int Mentee, int Mentor, long Fit)>();
            for (var k = 0; k < componentMentees.Count; k++)
            {
                foreach (var (j, fit) in edges[componentMentees[k]])
                {
                    componentEdges.Add((k, local[j], fit));
                }
            }

            var result = AssignmentSolver.Solve(componentMentees.Count, [.. componentMentors.Select(j => capacities[j])], componentEdges);
            for (var k = 0; k < result.Length; k++)
            {
                if (result[k] >= 0)
                {
                    assigned[componentMentees[k]] = componentMentors[result[k]];
                }
            }
        }

        return (assigned, order.Count, largest);
    }

    private static UnmatchedMentee Unmatched(
        MenteeCandidate mentee,
        List<(PairFit Fit, int Taken, int Capacity)> admissible,
        List<PairFit> excluded,
        MatchingOptions options)
    {
        if (admissible.Count != 0)
        {
            var ru = string.Join("; ", admissible.Select(x => $"{x.Fit.Mentor.Label} (соответствие {x.Fit.Total}, занято мест {x.Taken} из {x.Capacity})"));
            var en = string.Join("; ", admissible.Select(x => $"{x.Fit.Mentor.Label} (fit {x.Fit.Total}, {x.Taken} of {x.Capacity} places taken)"));
            return new UnmatchedMentee(
                mentee,
                UnmatchedReason.CapacityTaken,
                [.. admissible.Select(x => x.Fit)],
                excluded,
                $"Допустимые наставники заняты: {ru}. Их места отданы наставляемым, с которыми суммарное соответствие больше. Наставляемому нужна поддержка, поиск наставника продолжается (pair.unpaired-mentee-supported).",
                $"The admissible mentors are full: {en}. Their places went to mentees who give a higher total fit. The mentee needs support while the search goes on (pair.unpaired-mentee-supported).");
        }

        if (excluded.Count == 0)
        {
            var where = options.Locality == MatchingLocality.Municipality ? "в том же муниципалитете" : "в той же организации";
            var whereEn = options.Locality == MatchingLocality.Municipality ? "in the same municipality" : "in the same organization";
            return new UnmatchedMentee(
                mentee,
                UnmatchedReason.NoAdmissibleMentor,
                [],
                [],
                $"Нет наставников {where}, а виртуальное наставничество не разрешено. Наставляемому нужна поддержка, поиск наставника продолжается (pair.unpaired-mentee-supported).",
                $"No mentor {whereEn}, and virtual mentoring is not allowed. The mentee needs support while the search goes on (pair.unpaired-mentee-supported).");
        }

        var reasons = excluded.Select(f => (f.Mentor.Label, Exclusion: f.Exclusion!)).ToList();
        return new UnmatchedMentee(
            mentee,
            UnmatchedReason.NoAdmissibleMentor,
            [],
            excluded,
            $"Нет допустимого наставника: {string.Join("; ", reasons.Select(r => $"{r.Label} — {r.Exclusion.Criterion.Term().NameRu}: {r.Exclusion.ReasonRu}"))}. Наставляемому нужна поддержка, поиск наставника продолжается (pair.unpaired-mentee-supported).",
            $"No admissible mentor: {string.Join("; ", reasons.Select(r => $"{r.Label}: {r.Exclusion.Criterion.Term().NameEn}: {r.Exclusion.ReasonEn}"))}. The mentee needs support while the search goes on (pair.unpaired-mentee-supported).");
    }
}
