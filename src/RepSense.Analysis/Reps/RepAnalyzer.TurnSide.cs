using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Reps;

// Which end of the swing is rest and which the turn.
public sealed partial class RepAnalyzer
{
    /// <summary>Where the burst of movement around the core starts and ends: the movement energy, smoothed over
    /// half a period, above 30 % of its median in the core (dips shorter than half a period bridged).</summary>
    private static (int From, int To) Envelope(double[][] features, int ca, int cb, int lag)
    {
        int n = features[0].Length;
        // Movement, whatever the posture: the energy of the sample-to-sample change.
        var e = new double[n];
        for (int c = 0; c < 3; c++) for (int i = 1; i < n; i++) { double d = features[c][i] - features[c][i - 1]; e[i] += d * d; }
        var env = MovingRms(e, Math.Max(3, lag / 2));
        double threshold = 0.3 * Stats.Median(env.AsSpan(ca, cb - ca));
        int maxDip = lag / 2, a = (ca + cb) / 2, b = a, dip = 0;
        for (int i = a; i >= 0; i--) { if (env[i] > threshold) { dip = 0; a = i; } else if (++dip > maxDip) break; }
        dip = 0;
        for (int i = b; i < n; i++) { if (env[i] > threshold) { dip = 0; b = i; } else if (++dip > maxDip) break; }
        return (a, b);
    }

    /// <summary>
    /// Which side of the swing is the turn. Before its first rep a lifter stands at the rest position (holding the
    /// bar, the handle, the dumbbells), so the rest-side turning points lie at the level the counting signal holds
    /// just before the set, the turns far from it. When that level does not tell (the set starts straight from a
    /// pick-up), the side whose first rep starts where the burst of movement starts is taken.
    /// </summary>
    private static Candidate? ChooseTurnSide(List<Candidate> candidates, List<Extremum> ext, double[] signal,
                                             double[][] features, int ca, int cb, int lag)
    {
        if (candidates.Count == 0) return null;
        if (candidates.Count == 1) return candidates[0];
        long setStart = candidates.Min(c => c.Cycles[0].Start);
        int a = (int)Math.Max(0, setStart - (long)AnalysisRate.Hertz), b = (int)Math.Max(a + 1, setStart);
        double before = Stats.Median(signal.AsSpan(a, Math.Min(b, signal.Length) - a));
        foreach (var c in candidates)
        {
            var turnLevels = new double[c.Cycles.Count];
            var restLevels = new double[2 * c.Cycles.Count];
            for (int i = 0; i < turnLevels.Length; i++)
            {
                var x = c.Cycles[i];
                turnLevels[i] = signal[x.Turn];
                (restLevels[2 * i], restLevels[2 * i + 1]) = (signal[x.Start], signal[x.End]);
            }
            c.RestEvidence = (Math.Abs(Stats.Median(turnLevels) - before) - Math.Abs(Stats.Median(restLevels) - before)) / c.TypicalSwing;
            c.Coverage = Coverage(c.Cycles, Envelope(features, ca, cb, lag), lag);
        }
        // Two candidates, one per side of the swing; on a tie the first (the maximum side) is taken.
        Candidate byLevel = candidates[0], other = candidates[1];
        if (other.RestEvidence.CompareTo(byLevel.RestEvidence) > 0) (byLevel, other) = (other, byLevel);
        if (byLevel.RestEvidence - other.RestEvidence >= RestEvidenceMargin) return byLevel;
        return candidates[1].Coverage.CompareTo(candidates[0].Coverage) > 0 ? candidates[1] : candidates[0];
    }

    /// <summary>How clearly (in typical swings) one side's turns must sit farther from the level before the set than
    /// the other's for the level to decide.</summary>
    private const double RestEvidenceMargin = 0.3;

    /// <summary>How well the cycles, placed as whole reps (half a period either side of each turn), start where the
    /// burst of movement starts: 1 for a perfect match, falling with the mismatch in periods. The set's start is
    /// already in the past when the set is recognised (its end is not), and on the wrong side of the swing the
    /// first rep would start half a rep off.</summary>
    private static double Coverage(List<Cycle> cycles, (int From, int To) envelope, int lag)
    {
        if (cycles.Count == 0) return double.NegativeInfinity;
        double start = cycles[0].Turn - lag / 2.0;
        return 1 - Math.Abs(start - envelope.From) / lag;
    }
}
