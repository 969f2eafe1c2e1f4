using RepSense.Analysis.Reports;

namespace RepSense.Analysis.Tempo;

/// <summary>
/// The set-level tempo numbers of a report (<see cref="SetReport.Tempo"/>, <see cref="SetReport.TimeUnderTensionS"/>,
/// <see cref="SetReport.SlowdownPct"/>), computed from the reps' phases. One definition for the analyzer and the
/// simulator's truth, so the two compare field by field.
/// </summary>
public static class SetTempoSummary
{
    /// <summary>The median of each phase over the reps that have it, in tempo notation. Null when no rep has
    /// concentric and eccentric times.</summary>
    public static string? TypicalTempo(IReadOnlyList<RepReport> reps)
    {
        double? ecc = Median(reps, r => r.EccentricS);
        double? con = Median(reps, r => r.ConcentricS);
        if (ecc is null || con is null) return null;
        return new TempoNotation(ecc.Value, Median(reps, r => r.BottomHoldS) ?? 0, con.Value,
            Median(reps, r => r.TopHoldS) ?? 0).ToString();
    }

    /// <summary>Sum over the reps of concentric, eccentric, top and bottom hold (a missing hold counts 0; the pause
    /// after the last rep is null and so not counted). Null when no rep has phases.</summary>
    public static double? TimeUnderTensionS(IReadOnlyList<RepReport> reps)
    {
        if (!reps.Any(r => r.ConcentricS is not null || r.EccentricS is not null)) return null;
        double sum = reps.Sum(r => (r.ConcentricS ?? 0) + (r.EccentricS ?? 0) + (r.TopHoldS ?? 0) + (r.BottomHoldS ?? 0));
        return Math.Round(sum, 3);
    }

    /// <summary>How much longer the set's last reps took than its first, percent: the mean duration
    /// (<see cref="RepReport.EndS"/> − <see cref="RepReport.StartS"/>) of the last two reps against the first two, or
    /// of the last rep against the first with two or three reps. Rounded to 0.1 %. Null with fewer than two reps.</summary>
    public static double? SlowdownPct(IReadOnlyList<RepReport> reps) =>
        SlowdownPct(reps.Select(r => r.EndS - r.StartS).ToArray());

    /// <summary><see cref="SlowdownPct(IReadOnlyList{RepReport})"/> from the reps' durations in order.</summary>
    public static double? SlowdownPct(IReadOnlyList<double> durationsS)
    {
        if (durationsS.Count < 2) return null;
        int k = durationsS.Count >= 4 ? 2 : 1;
        double first = durationsS.Take(k).Average();
        double last = durationsS.Skip(durationsS.Count - k).Average();
        return first > 0 ? Math.Round((last / first - 1) * 100, 1) : null;
    }

    private static double? Median(IReadOnlyList<RepReport> reps, Func<RepReport, double?> phase)
    {
        var values = reps.Select(phase).Where(v => v is not null).Select(v => v!.Value).Order().ToArray();
        if (values.Length == 0) return null;
        int mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
