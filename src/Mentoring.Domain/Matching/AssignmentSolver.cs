namespace Mentoring.Domain.Matching;

/// <summary>
/// The exact assignment of one connected component: a maximum-weight b-matching (every mentee at most one mentor,
/// every mentor at most its capacity) as a min-cost flow, solved by successive shortest paths with potentials.
/// </summary>
/// <remarks>
/// The network: source → mentee (capacity 1, cost 0) → mentor (capacity 1, cost −fit) → sink (the mentor's capacity,
/// cost 0). The initial potentials are the shortest distances of this acyclic network, so every reduced cost is
/// non-negative and Dijkstra applies from the first path. Each round augments one unit along the shortest path; the
/// path costs never decrease, so the first path of non-negative cost ends the search at the maximum total fit (not
/// the maximum flow). Integer costs only. Ties: nodes are numbered in identifier order and the queue orders by
/// (distance, node), so the same input gives the same assignment. Time O(n · E log V) for n mentees.
/// </remarks>
internal static class AssignmentSolver
{
    /// <summary>Solves one component.</summary>
    /// <param name="menteeCount">The mentees, numbered from 0.</param>
    /// <param name="capacities">Each mentor's capacity (at least 1), numbered from 0.</param>
    /// <param name="edges">The admissible pairs with their fit (above 0), ordered by mentee then mentor.</param>
    /// <returns>For each mentee, its mentor's number, or −1.</returns>
    internal static int[] Solve(int menteeCount, IReadOnlyList<int> capacities, IReadOnlyList<(int Mentee, int Mentor, long Fit)> edges)
    {
        var mentorCount = capacities.Count;
        var nodes = menteeCount + mentorCount + 2;
        var source = 0;
        var sink = nodes - 1;
        var edgeCount = 2 * (menteeCount + edges.Count + mentorCount);
        var to = new int[edgeCount];
        var cap = new int[edgeCount];
        var cost = new long[edgeCount];
        var degree = new int[nodes];
        var ends = new (int From, int To, int Cap, long Cost)[edgeCount / 2];
        var k = 0;
        for (var i = 0; i < menteeCount; i++)
        {
            ends[k++] = (source, 1 + i, 1, 0);
        }

        foreach (var (mentee, mentor, fit) in edges)
        {
            ends[k++] = (1 + mentee, 1 + menteeCount + mentor, 1, -fit);
        }

        for (var j = 0; j < mentorCount; j++)
        {
            ends[k++] = (1 + menteeCount + j, sink, capacities[j], 0);
        }

        foreach (var e in ends)
        {
            degree[e.From]++;
            degree[e.To]++;
        }

        // Adjacency in compressed rows, edges in insertion order: deterministic.
        var start = new int[nodes + 1];
        for (var v = 0; v < nodes; v++)
        {
            start[v + 1] = start[v] + degree[v];
        }

        var fill = (int[])start.Clone();
        var adjacency = new int[edgeCount];
        for (var e = 0; e < ends.Length; e++)
        {
            var (from, target, capacity, c) = ends[e];
            to[2 * e] = target;
            cap[2 * e] = capacity;
            cost[2 * e] = c;
            to[(2 * e) + 1] = from;
            cost[(2 * e) + 1] = -c;
            adjacency[fill[from]++] = 2 * e;
            adjacency[fill[target]++] = (2 * e) + 1;
        }

        var potential = InitialPotentials(menteeCount, mentorCount, edges, capacities);
        var dist = new long[nodes];
        var via = new int[nodes];
        var queue = new PriorityQueue<int, (long, int)>();
        while (true)
        {
            Array.Fill(dist, long.MaxValue);
            dist[source] = 0;
            queue.Enqueue(source, (0, source));
            while (queue.TryDequeue(out var u, out var priority))
            {
                if (priority.Item1 != dist[u])
                {
                    continue;
                }

                for (var a = start[u]; a < start[u + 1]; a++)
                {
                    var e = adjacency[a];
                    if (cap[e] == 0)
                    {
                        continue;
                    }

                    var v = to[e];
                    var candidate = dist[u] + cost[e] + potential[u] - potential[v];
                    if (candidate < dist[v])
                    {
                        dist[v] = candidate;
                        via[v] = e;
                        queue.Enqueue(v, (candidate, v));
                    }
                }
            }

            if (dist[sink] == long.MaxValue || dist[sink] + potential[sink] - potential[source] >= 0)
            {
                break;
            }

            for (var v = 0; v < nodes; v++)
            {
                if (dist[v] != long.MaxValue)
                {
                    potential[v] += dist[v];
                }
            }

            for (var v = sink; v != source;)
            {
                var e = via[v];
                cap[e]--;
                cap[e ^ 1]++;
                v = to[e ^ 1];
            }
        }

        var assigned = new int[menteeCount];
        Array.Fill(assigned, -1);
        for (var e = menteeCount; e < menteeCount + edges.Count; e++)
        {
            if (cap[2 * e] == 0)
            {
                assigned[edges[e - menteeCount].Mentee] = edges[e - menteeCount].Mentor;
            }
        }

        return assigned;
    }

    /// <summary>The shortest distances from the source in the acyclic network with no flow.</summary>
    private static long[] InitialPotentials(int menteeCount, int mentorCount, IReadOnlyList<(int Mentee, int Mentor, long Fit)> edges, IReadOnlyList<int> capacities)
    {
        var potential = new long[menteeCount + mentorCount + 2];
        var mentorBase = 1 + menteeCount;
        var reached = new bool[mentorCount];
        foreach (var (_, mentor, fit) in edges)
        {
            var v = mentorBase + mentor;
            potential[v] = reached[mentor] ? Math.Min(potential[v], -fit) : -fit;
            reached[mentor] = true;
        }

        var sink = potential.Length - 1;
        for (var j = 0; j < mentorCount; j++)
        {
            if (reached[j] && capacities[j] > 0)
            {
                potential[sink] = Math.Min(potential[sink], potential[mentorBase + j]);
            }
        }

        return potential;
    }
}
