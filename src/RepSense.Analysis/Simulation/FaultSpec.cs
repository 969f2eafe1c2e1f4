using System.Globalization;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// Which reps get which faults, as written on the command line: comma-separated rules, each
/// <c>kind:rep</c>, <c>kind:first-last</c> or <c>kind:probability</c>, optionally <c>@set</c> (1-based across the
/// recording), or a bare probability for a random kind. Kinds: <c>momentum</c>, <c>rushed</c>
/// (rushed-eccentric), <c>missing-pause</c> (no-pause), <c>partial</c> (partial-rep).
/// Example: <c>momentum:3,partial:7-8@2,rushed:0.1</c>. A probability is a number below 1 with a decimal point.
/// </summary>
public sealed record FaultSpec(IReadOnlyList<FaultSpec.Rule> Rules)
{
    /// <summary>One rule: a kind (<see cref="RepFaults.None"/> for a random one) on a rep range or with a probability.</summary>
    public sealed record Rule(RepFaults Kind, int FirstRep, int LastRep, double? Probability, int? SetIndex, string Text);

    public static FaultSpec Empty { get; } = new([]);

    private static readonly (string Name, RepFaults Kind)[] KindNames =
    [
        ("momentum", RepFaults.Momentum),
        ("rushed", RepFaults.RushedEccentric),
        ("rushed-eccentric", RepFaults.RushedEccentric),
        ("missing-pause", RepFaults.MissingPause),
        ("no-pause", RepFaults.MissingPause),
        ("partial", RepFaults.PartialRange),
        ("partial-rep", RepFaults.PartialRange),
    ];

    /// <summary>Parses the rules; null and a one-sentence reason when the text is not valid.</summary>
    public static FaultSpec? TryParse(string text, out string? error)
    {
        error = null;
        var rules = new List<Rule>();
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string item = raw;
            int? set = null;
            int at = item.IndexOf('@');
            if (at >= 0)
            {
                if (!int.TryParse(item[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int s) || s < 1)
                {
                    error = $"'{raw}': after @ comes a set number from 1; found '{item[(at + 1)..]}'";
                    return null;
                }
                set = s;
                item = item[..at];
            }

            int colon = item.IndexOf(':');
            string kindText = colon >= 0 ? item[..colon].Trim().ToLowerInvariant() : "";
            string target = colon >= 0 ? item[(colon + 1)..].Trim() : item.Trim();
            var kind = RepFaults.None;
            if (colon >= 0)
            {
                var match = KindNames.FirstOrDefault(k => k.Name == kindText);
                if (match.Name is null)
                {
                    error = $"'{raw}': unknown fault '{kindText}' (known: momentum, rushed, missing-pause, partial)";
                    return null;
                }
                kind = match.Kind;
            }

            if (target.Contains('.'))
            {
                if (!double.TryParse(target, NumberStyles.Float, CultureInfo.InvariantCulture, out double p) || p <= 0 || p >= 1)
                {
                    error = $"'{raw}': a fault rate is a probability between 0 and 1 such as 0.1; found '{target}'";
                    return null;
                }
                rules.Add(new Rule(kind, 0, 0, p, set, raw));
                continue;
            }
            if (colon < 0)
            {
                error = $"'{raw}': expected kind:rep (e.g. momentum:3) or a rate below 1 (e.g. 0.1)";
                return null;
            }
            var range = target.Split('-');
            if (range.Length > 2
                || !int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
                || !int.TryParse(range[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int last)
                || first < 1 || last < first)
            {
                error = $"'{raw}': expected a rep number (3), a range (7-8) or a rate (0.1) after '{kindText}:'; found '{target}'";
                return null;
            }
            rules.Add(new Rule(kind, first, last, null, set, raw));
        }
        return new FaultSpec(rules);
    }

    /// <summary>The session with these faults added to its sets. Rules on rep numbers skip sets too short for them
    /// (and missing-pause skips sets whose tempo has no pause) unless a set is named, in which case that is an error,
    /// as is a rule that matches no rep at all. Probabilities are drawn from <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentException">A rule names a set or rep that does not exist, or matches nothing.</exception>
    public SessionPlan ApplyTo(SessionPlan session, int seed)
    {
        if (Rules.Count == 0) return session;
        var random = new Random(SimulationSeeds.Derive(seed, SimulationSeeds.Faults));
        var matched = new bool[Rules.Count];
        var sets = new List<SetPlan>();
        for (int s = 0; s < session.Sets.Count; s++)
        {
            var set = session.Sets[s];
            var faults = new Dictionary<int, RepFaults>(set.Faults);
            bool pause = SimulationPlan.HasPause(set);
            for (int rep = 1; rep <= set.Reps; rep++)
            {
                for (int r = 0; r < Rules.Count; r++)
                {
                    var rule = Rules[r];
                    if (rule.SetIndex is { } named && named != s + 1) continue;
                    var kind = rule.Kind;
                    if (rule.Probability is { } p)
                    {
                        if (random.NextDouble() >= p) continue;
                        if (kind == RepFaults.None) kind = RandomKind(random, pause);
                    }
                    else if (rep < rule.FirstRep || rep > rule.LastRep) continue;
                    if (kind == RepFaults.MissingPause && !pause)
                    {
                        if (rule.SetIndex is not null)
                            throw new ArgumentException($"--faults '{rule.Text}': set {s + 1} ({set.Exercise.Name} at {set.Tempo}) has no pause to skip.");
                        continue;
                    }
                    faults[rep] = faults.GetValueOrDefault(rep) | kind;
                    matched[r] = true;
                }
            }
            sets.Add(set with { Faults = faults });
        }

        for (int r = 0; r < Rules.Count; r++)
        {
            var rule = Rules[r];
            if (rule.SetIndex is { } named && named > session.Sets.Count)
                throw new ArgumentException($"--faults '{rule.Text}': the recording has {session.Sets.Count} set(s).");
            if (!matched[r] && rule.Probability is null)
                throw new ArgumentException($"--faults '{rule.Text}' matches no rep of the recording" +
                    (rule.Kind == RepFaults.MissingPause ? " (a missing pause needs a set whose tempo has a pause)." : "."));
        }
        return session with { Sets = sets };
    }

    private static RepFaults RandomKind(Random random, bool pauseAllowed)
    {
        RepFaults[] kinds = pauseAllowed
            ? [RepFaults.Momentum, RepFaults.RushedEccentric, RepFaults.PartialRange, RepFaults.MissingPause]
            : [RepFaults.Momentum, RepFaults.RushedEccentric, RepFaults.PartialRange];
        return kinds[random.Next(kinds.Length)];
    }
}
