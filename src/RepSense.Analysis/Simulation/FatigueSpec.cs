using System.Globalization;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// Fatigue as written on the command line: a percentage for every set (<c>30</c>) or for named sets
/// (<c>30@3,40@6</c>, sets 1-based across the recording). See <see cref="SetPlan.FatiguePct"/>.
/// </summary>
public sealed record FatigueSpec(IReadOnlyList<(double Pct, int? SetIndex)> Rules)
{
    public static FatigueSpec? TryParse(string text, out string? error)
    {
        error = null;
        var rules = new List<(double, int?)>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('@');
            int? set = null;
            if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int s) && s >= 1)
                set = s;
            else if (parts.Length != 1)
            {
                error = $"'{item}': expected a percentage, optionally @set (e.g. 30 or 30@3)";
                return null;
            }
            if (!double.TryParse(parts[0].TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out double pct)
                || pct < 0 || pct > 200)
            {
                error = $"'{item}': fatigue is a percentage from 0 to 200; found '{parts[0]}'";
                return null;
            }
            rules.Add((pct, set));
        }
        return new FatigueSpec(rules);
    }

    /// <exception cref="ArgumentException">A rule names a set the recording does not have.</exception>
    public SessionPlan ApplyTo(SessionPlan session)
    {
        foreach (var (_, set) in Rules)
            if (set > session.Sets.Count)
                throw new ArgumentException($"--fatigue names set {set}; the recording has {session.Sets.Count} set(s).");
        var sets = session.Sets.Select((plan, i) =>
        {
            foreach (var (pct, set) in Rules)
                if (set is null || set == i + 1) plan = plan with { FatiguePct = pct };
            return plan;
        }).ToList();
        return session with { Sets = sets };
    }
}
