using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Sets;

namespace RepSense.Analysis.Tempo;

/// <summary>
/// Where a rep's movement starts, turns and ends, from the set's movement signal (the counting direction smoothed
/// only at 3 Hz): its speed falls below a fraction of the rep's peak speed wherever the lifter holds or pauses.
/// Between the counter's rest point before the rep and its turn lie the pause at rest and the first half; around the
/// turn lies the hold (if any); between the turn and the next rest point lie the second half and the pause.
/// </summary>
internal static class PhaseSegmenter
{
    /// <summary>Frame indexes (into the set's signals) of one rep's movement.</summary>
    /// <param name="MoveStart">First frame moving after the pause at rest.</param>
    /// <param name="HoldStart">First frame of the hold at the turn (equals <paramref name="HoldEnd"/> without hold).</param>
    /// <param name="HoldEnd">Last frame of the hold at the turn.</param>
    /// <param name="MoveEnd">Frame where the second half comes to rest.</param>
    internal readonly record struct Marks(int MoveStart, int HoldStart, int HoldEnd, int MoveEnd);

    public static List<Marks> Segment(SetSignals signals, IReadOnlyList<Rep> reps, TempoOptions options)
    {
        var speed = Speed(signals.Movement);
        var marks = new List<Marks>(reps.Count);
        int minPause = (int)Math.Round(options.MinPauseS * AnalysisRate.Hertz);
        foreach (var rep in reps)
        {
            int r0 = signals.IndexAt(rep.StartS), turn = signals.IndexAt(rep.TurnS), r1 = signals.IndexAt(rep.EndS);
            if (!(r0 < turn && turn < r1)) { marks.Add(new Marks(r0, turn, turn, r1)); continue; }
            double peak = 0;
            for (int i = r0; i <= r1; i++) peak = Math.Max(peak, speed[i]);
            double slow = options.HoldSpeedFraction * peak;

            // The first half starts where the pause at rest ends: the last slow frame before the fastest frame of
            // the half, searching back from that peak.
            int peak1 = ArgMax(speed, r0, turn);
            int moveStart = peak1;
            while (moveStart > r0 && speed[moveStart - 1] > slow) moveStart--;

            // The hold at the turn: slow frames around the turn, between the two halves' peaks.
            int peak2 = ArgMax(speed, turn, r1);
            int holdStart = turn, holdEnd = turn;
            if (speed[turn] <= slow)
            {
                while (holdStart > peak1 && speed[holdStart - 1] <= slow) holdStart--;
                while (holdEnd < peak2 && speed[holdEnd + 1] <= slow) holdEnd++;
            }
            else
            {
                // No hold: the turn is the slowest frame between the peaks.
                holdStart = holdEnd = ArgMin(speed, peak1, peak2);
            }
            if (holdEnd - holdStart < minPause) holdStart = holdEnd = (holdStart + holdEnd) / 2;

            int moveEnd = peak2;
            while (moveEnd < r1 && speed[moveEnd + 1] > slow) moveEnd++;
            marks.Add(new Marks(moveStart, holdStart, holdEnd, moveEnd));
        }
        return marks;
    }

    /// <summary>|d movement / dt| per frame (central difference), smoothed over three frames.</summary>
    internal static double[] Speed(IReadOnlyList<double> m)
    {
        int n = m.Count;
        var v = new double[n];
        for (int i = 1; i < n - 1; i++) v[i] = Math.Abs(m[i + 1] - m[i - 1]) * AnalysisRate.Hertz / 2;
        if (n > 1) { v[0] = v[1]; v[n - 1] = v[n - 2]; }
        var s = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = 0; int c = 0;
            for (int k = Math.Max(0, i - 1); k <= Math.Min(n - 1, i + 1); k++) { sum += v[k]; c++; }
            s[i] = sum / c;
        }
        return s;
    }

    private static int ArgMax(double[] x, int from, int to)
    {
        int best = from;
        for (int i = from; i <= to; i++) if (x[i] > x[best]) best = i;
        return best;
    }

    private static int ArgMin(double[] x, int from, int to)
    {
        int best = from;
        for (int i = from; i <= to; i++) if (x[i] < x[best]) best = i;
        return best;
    }
}
