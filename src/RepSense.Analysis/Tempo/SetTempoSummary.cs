using System.Runtime.InteropServices;
using RepSense.Analysis.Reports;
using RepSense.Analysis.Signal;

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
        double sum = 0;
        foreach (var r in reps) sum += (r.ConcentricS ?? 0) + (r.EccentricS ?? 0) + (r.TopHoldS ?? 0) + (r.BottomHoldS ?? 0);
        return Math.Round(sum, 3);
    }

    /// <summary>How much longer the set's last reps took than its first, percent: the mean duration
    /// (<see cref="RepReport.EndS"/> − <see cref="RepReport.StartS"/>) of the last two reps against the first two, or
    /// of the last rep against the first with two or three reps. Rounded to 0.1 %. Null with fewer than two reps.
    /// A rep the recording cut before it came back (<see cref="RepReport.SecondHalfCut"/>) is left out: it did not
    /// take as long as it looks.</summary>
    public static double? SlowdownPct(IReadOnlyList<RepReport> reps)
    {
        var durationsS = new List<double>(reps.Count);
        foreach (var r in reps)
            if (!r.SecondHalfCut) durationsS.Add(r.EndS - r.StartS);
        return SlowdownPct(CollectionsMarshal.AsSpan(durationsS));
    }

    /// <summary><see cref="SlowdownPct(IReadOnlyList{RepReport})"/> from the reps' durations in order.</summary>
    public static double? SlowdownPct(ReadOnlySpan<double> durationsS)
    {
        if (durationsS.Length < 2) return null;
        int k = durationsS.Length >= 4 ? 2 : 1;
        double first = Mean(durationsS[..k]);
        double last = Mean(durationsS[^k..]);
        return first > 0 ? Math.Round((last / first - 1) * 100, 1) : null;
    }

    /// <summary>The mean, summed from the first value (as LINQ's <c>Average</c> does: the same bits for a −0).</summary>
    private static double Mean(ReadOnlySpan<double> x)
    {
        double sum = x[0];
        for (int i = 1; i < x.Length; i++) sum += x[i];
        return sum / x.Length;
    }

    /// <summary>The middle value, or the mean of the two middle ones.</summary>
    private static double? Median(IReadOnlyList<RepReport> reps, Func<RepReport, double?> phase)
    {
        var values = new List<double>(reps.Count);
        foreach (var r in reps) if (phase(r) is { } v) values.Add(v);
        if (values.Count == 0) return null;
        var span = CollectionsMarshal.AsSpan(values);
        int mid = span.Length / 2;
        double upper = Stats.SelectInplace(span, mid);
        if (span.Length % 2 == 1) return upper;
        double lower = span[0]; // the largest of those before the middle one
        foreach (double v in span[..mid]) lower = Math.Max(lower, v);
        return (lower + upper) / 2;
    }
}
