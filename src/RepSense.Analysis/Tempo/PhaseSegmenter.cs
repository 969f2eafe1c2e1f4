using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Signal;
using RepSense.Ingest;

namespace RepSense.Analysis.Tempo;

/// <summary>
/// Where each rep's two halves start and end, from the set's <see cref="TempoSignal"/>.
/// <list type="number">
/// <item><b>Still points.</b> The wrist is still at the rest between reps and at each turn (for a moment at least,
/// longer with a hold). Its speed — the rate of change of the force it feels and its rotation rate, each relative
/// to the set's typical value — is lowest there. Near each of the counter's turns the slowest frame is the turn's
/// still point; between two reps' turns, the slowest frame between the fastest frames of the halves on either side
/// is the rest's. Before the first rep and after the last, where the set-up and the re-racking move too, the rest is
/// the first valley of the speed reached from the turn through the half. A turn's still point is then moved to the
/// middle of its still stretch (its slowest frame may lie at the edge of a hold).</item>
/// <item><b>Phase edges.</b> Around a still point the pose stays where it is; the movement on either side begins
/// where the force or the rotation rate has moved away from its value there by <see cref="TempoOptions.StillFraction"/>
/// of its whole excursion in that half, or by twice what a still wrist wanders, whichever is more (positions between
/// frames are interpolated). The force shows a movement's acceleration at once (it grows linearly from the onset),
/// the rotation rate only as fast as the speed (quadratically), so an edge the rotation rate placed is moved out by
/// the lag a minimum-jerk movement has at that threshold. The edge is where the departure last rose through that
/// threshold from a still wrist before its largest value, so sway or a noise spike that crosses it in a hold and
/// comes back is not taken for the movement. In a long hold the search starts from just before the end of the still
/// stretch on a quick half's side, and again from just before the edge found, so the slow sway of a still wrist
/// does not add up to a departure.</item>
/// </list>
/// A rep is then [start of the first half, end of the second half]; the hold at the turn lies between the halves;
/// the pause before the next rep between its end and the next rep's start.
/// </summary>
internal static class PhaseSegmenter
{
    /// <summary>One rep's movement in fractional frame indexes of the <see cref="TempoSignal"/>.</summary>
    /// <param name="RestBefore">The still point before the rep.</param>
    /// <param name="MoveStart">The first half begins.</param>
    /// <param name="HoldStart">The first half ends (the hold at the turn begins).</param>
    /// <param name="Turn">The still point at the turn.</param>
    /// <param name="HoldEnd">The second half begins.</param>
    /// <param name="MoveEnd">The second half ends.</param>
    /// <param name="RestAfter">The still point after the rep.</param>
    /// <param name="FirstCoreS">The first half's core: seconds between its departure from and its arrival at the still
    /// points reaching <see cref="TempoOptions.CoreFraction"/> of its excursion. It leaves out the half's gentle
    /// ends, where a small excursion is hardest to tell from a still wrist's sway, so it compares the pace of two
    /// halves better than their full durations.</param>
    /// <param name="SecondCoreS">The same for the second half.</param>
    internal readonly record struct Marks(int RestBefore, double MoveStart, double HoldStart, int Turn, double HoldEnd,
                                          double MoveEnd, int RestAfter, double FirstCoreS, double SecondCoreS);

    /// <summary>A set's reps placed: the marks of its whole reps and, where the recording cut the last one before it
    /// came back (<see cref="Rep.SecondHalfCut"/>), that rep's first half in fractional frames — null when the wrist was
    /// not seen to stop at the turn (the recording cut the first half short too).</summary>
    internal sealed record Segmentation(List<Marks> Whole, (double Start, double Arrival)? CutFirstHalf);

    /// <summary>Whether the set's last rep was cut by the end of the recording (a set of one rep is taken whole).</summary>
    internal static bool EndsCut(IReadOnlyList<Rep> reps) => reps.Count > 1 && reps[^1].SecondHalfCut;

    public static Segmentation Segment(TempoSignal signal, IReadOnlyList<Rep> reps, TempoOptions options)
    {
        int n = reps.Count;
        var speed = Speed(signal, reps);
        var anchors = StillPoints(signal, speed, reps);
        bool cut = EndsCut(reps);

        var marks = new List<Marks>(n);
        (double Start, double Arrival)? cutFirstHalf = null;
        for (int k = 0; k < n; k++)
        {
            int rest = anchors[2 * k], turn = anchors[2 * k + 1], next = anchors[2 * k + 2];
            // Before the first rep and after the last there is no half of a rep beyond the rest to compare with.
            int? turnBefore = k > 0 ? anchors[2 * k - 1] : null, turnAfter = k + 1 < n ? anchors[2 * k + 3] : null;
            var moveStart = Edge(signal, speed, rest, turn, options.StillFraction, turnBefore);
            var holdStart = Edge(signal, speed, turn, rest, options.StillFraction, next);
            // An edge the rotation rate placed lags the true one as a minimum-jerk speed profile does (its speed
            // grows as the square of the time from the onset); one the force placed lags hardly at all (the
            // acceleration grows linearly). The rotation-placed edges are moved out by that lag.
            double lag = MinimumJerkLag(options.StillFraction);
            double Out(Crossing c, double half, int direction) =>
                c.ByRotation && half > 0 ? c.Position + direction * lag * half : c.Position;
            double first = holdStart.Position - moveStart.Position;
            if (k == n - 1 && cut)
            {
                // The recording ended before the way back: the first half, where the wrist was seen to stop at the
                // turn (where it still moved, the recording cut the way out short too).
                if (speed[turn] < StoppedShareOfPeak * PeakSpeed(speed, rest, turn))
                    cutFirstHalf = (Out(moveStart, first, -1), Out(holdStart, first, +1));
                break;
            }
            double firstCore = Core(signal, speed, turn, rest, options) - Core(signal, speed, rest, turn, options);
            var holdEnd = Edge(signal, speed, turn, next, options.StillFraction, rest);
            var moveEnd = Edge(signal, speed, next, turn, options.StillFraction, turnAfter);
            double second = moveEnd.Position - holdEnd.Position;
            double secondCore = Core(signal, speed, next, turn, options) - Core(signal, speed, turn, next, options);
            marks.Add(new Marks(rest, Out(moveStart, first, -1), Out(holdStart, first, +1), turn, Out(holdEnd, second, -1),
                                Out(moveEnd, second, +1), next,
                                Math.Max(0, firstCore) * AnalysisRate.PeriodS, Math.Max(0, secondCore) * AnalysisRate.PeriodS));
        }
        return new Segmentation(marks, cutFirstHalf);
    }

    /// <summary>Where a half's core begins or ends: where the departure from the still point first reaches
    /// <see cref="TempoOptions.CoreFraction"/> of its excursion. Not where it last rose through it, as for the edges:
    /// a quarter of the excursion is far above sway, while the force alone can fall back below it in the middle of
    /// a brisk half, where the acceleration passes zero.</summary>
    private static double Core(TempoSignal signal, double[] speed, int still, int other, TempoOptions options) =>
        Edge(signal, speed, still, other, options.CoreFraction, beyond: null, forGood: false).Position;

    /// <summary>How far inside a movement of duration 1 its speed first reaches <paramref name="fraction"/> of its
    /// peak, over the part of the movement between the two crossings: the minimum-jerk speed 30s²(1−s)² reaches
    /// a fraction f of its peak at s(1−s) = √f / 4.</summary>
    internal static double MinimumJerkLag(double fraction)
    {
        double s = (1 - Math.Sqrt(1 - Math.Sqrt(fraction))) / 2;
        return s / (1 - 2 * s);
    }

    /// <summary>Where a movement leaves a still point, and whether the rotation rate (rather than the force) told.</summary>
    private readonly record struct Crossing(double Position, bool ByRotation);

    /// <summary>The still points, rest and turn alternating: rest before rep 1, turn of rep 1, rest between reps 1
    /// and 2, …, rest after the last rep (2n + 1 frames, increasing).</summary>
    internal static int[] StillPoints(TempoSignal signal, double[] speed, IReadOnlyList<Rep> reps)
    {
        int n = reps.Count, last = signal.Count - 1;
        var turns = new int[n];
        for (int k = 0; k < n; k++)
        {
            int start = signal.IndexAt(reps[k].StartS), turn = signal.IndexAt(reps[k].TurnS), end = signal.IndexAt(reps[k].EndS);
            int w = Math.Max(2, (end - start) / 5);
            turns[k] = ArgMin(speed, Math.Max(0, turn - w), Math.Min(last, turn + w));
        }
        var anchors = new int[2 * n + 1];
        for (int k = 0; k < n; k++) anchors[2 * k + 1] = turns[k];
        for (int k = 1; k < n; k++)
        {
            // The rest lies between the fastest frame of the half before it and that of the half after it.
            int before = turns[k - 1], after = turns[k];
            double counted = (reps[k - 1].EndS + reps[k].StartS) / 2;
            int centre = Math.Clamp(signal.IndexAt(counted), Math.Min(before + 1, after), Math.Max(after - 1, before));
            anchors[2 * k] = ArgMin(speed, ArgMax(speed, before, centre), ArgMax(speed, centre, after));
        }
        // Before the first rep and after the last, the set-up and the re-racking move too: the rest is the first
        // still point reached from the turn through the half (the half's speed risen and fallen again).
        // The typical peak of the halves of the same kind (first or second) among the reps with rests on both sides.
        double firstPeak = 0, secondPeak = 0;
        if (n > 1)
        {
            var firstPeaks = new double[n - 1];
            var secondPeaks = new double[n - 1];
            for (int k = 0; k < n - 1; k++)
            {
                firstPeaks[k] = speed[ArgMax(speed, anchors[2 * k + 2], anchors[2 * k + 3])]; // reps 2..n
                secondPeaks[k] = speed[ArgMax(speed, anchors[2 * k + 1], anchors[2 * k + 2])]; // reps 1..n-1
            }
            firstPeak = Stats.Median(firstPeaks);
            secondPeak = Stats.Median(secondPeaks);
        }
        // A last rep the recording cut before it came back (see Rep.SecondHalfCut) has no half after its turn: its
        // turn stays the slowest frame near the counter's, and the data's end stands for the rest after it.
        bool cut = EndsCut(reps);
        anchors[0] = RestBeyond(speed, turns[0], -1, firstPeak);
        anchors[2 * n] = cut ? last : RestBeyond(speed, turns[n - 1], +1, secondPeak);
        // The turns again, now between the fastest frames of their own halves.
        for (int k = 0; k < (cut ? n - 1 : n); k++)
        {
            int p1 = ArgMax(speed, anchors[2 * k], anchors[2 * k + 1]);
            int p2 = ArgMax(speed, anchors[2 * k + 1], anchors[2 * k + 2]);
            anchors[2 * k + 1] = ArgMin(speed, p1, p2);
        }
        // Within a hold the slowest frame is where sway happens to be least: at either end of the hold, or in the
        // first frames of a slow half, which are as slow. So the still point moves to the middle of the still
        // stretch around it, each side as slow as the still point plus a tenth of the peak of the half on that side
        // (what sway adds is small beside a quick half, so its side reaches the half's arrival; beside a slow half,
        // whose start is barely faster than sway, its side stops soon). At a brisk turn that stretch is a frame or
        // two, and the still point stays. (Rests keep their slowest frame: a pause between reps is shorter, and a
        // dead stop's middle is no better.)
        var centred = (int[])anchors.Clone();
        for (int a = 1; a < (cut ? anchors.Length - 2 : anchors.Length); a += 2)
        {
            int from = anchors[a - 1], to = anchors[a + 1];
            double left = speed[ArgMax(speed, from, anchors[a])], right = speed[ArgMax(speed, anchors[a], to)];
            var (quickSide, slowSide) = left >= right ? (from, to) : (to, from);
            int quick = StillStretchEnd(speed, anchors[a], quickSide, Math.Max(left, right));
            int slow = StillStretchEnd(speed, anchors[a], slowSide, Math.Min(left, right));
            centred[a] = (quick + slow) / 2;
        }
        anchors = centred;
        return anchors;
    }

    /// <summary>From the still point <paramref name="turn"/>, walking in <paramref name="direction"/> through a half
    /// (its speed rising to at least half the typical peak of such halves), the first still point after it: the first frame
    /// below a fifth of the half's peak that stays there for <see cref="StillFrames"/>, then on down to the bottom of
    /// that valley.</summary>
    private static int RestBeyond(double[] speed, int turn, int direction, double typicalPeak)
    {
        int last = speed.Length - 1, i = turn;
        double peak = 0;
        bool inHalf = false;
        // Still for a moment, not a dip within the half (the force's rate of change passes zero between a
        // movement's speeding up and its slowing down).
        bool Stays(int at)
        {
            for (int j = 1; j <= StillFrames; j++)
            {
                int x = at + j * direction;
                if (x < 0 || x > last) return true;
                if (speed[x] >= StoppedShareOfPeak * peak) return false;
            }
            return true;
        }
        while (i + direction >= 0 && i + direction <= last)
        {
            i += direction;
            peak = Math.Max(peak, speed[i]);
            if (speed[i] >= 0.5 * typicalPeak) inHalf = true;
            if (inHalf && speed[i] < StoppedShareOfPeak * peak && Stays(i)) break;
        }
        while (i + direction >= 0 && i + direction <= last && speed[i + direction] <= speed[i]) i += direction;
        return i;
    }

    /// <summary>A still stretch is as slow as its slowest frame plus this share of the neighbouring half's peak
    /// speed: what sway and noise add to a wrist at rest.</summary>
    private const double StillShareOfPeak = 0.1;

    /// <summary>The fastest a wrist still at <paramref name="still"/> is taken to move beside a half whose peak speed
    /// is <paramref name="peak"/>.</summary>
    private static double StillSpeed(double[] speed, int still, double peak) => speed[still] + StillShareOfPeak * peak;

    /// <summary>The last frame of the still stretch that starts at <paramref name="still"/> and runs towards
    /// <paramref name="limit"/> (not reaching it): the frames no faster than <see cref="StillSpeed"/>.</summary>
    private static int StillStretchEnd(double[] speed, int still, int limit, double peak)
    {
        if (limit == still) return still;
        int step = limit > still ? 1 : -1, end = still;
        double ceiling = StillSpeed(speed, still, peak);
        while (end + step != limit && speed[end + step] <= ceiling) end += step;
        return end;
    }

    /// <summary>A wrist slower than this share of the half's peak speed has stopped.</summary>
    private const double StoppedShareOfPeak = 0.2;

    /// <summary>Frames the wrist must stay slow for a valley to be the rest before or after the set (0.15 s).</summary>
    private const int StillFrames = 3;

    /// <summary>How fast the wrist moves: the rate of change of the force and the rotation rate, each over its 90th
    /// percentile during the reps (so neither sensor's units dominate), combined as a vector length.</summary>
    internal static double[] Speed(TempoSignal signal, IReadOnlyList<Rep> reps)
    {
        int n = signal.Count;
        var jerk = new double[n];
        var turn = new double[n];
        for (int i = 0; i < n; i++)
        {
            int a = Math.Max(0, i - 1), b = Math.Min(n - 1, i + 1);
            jerk[i] = b > a ? (signal.ForceMs2[b] - signal.ForceMs2[a]).Length / ((b - a) * AnalysisRate.PeriodS) : 0;
            turn[i] = signal.RotationRadS[i].Length;
        }
        int from = signal.IndexAt(reps[0].StartS), to = Math.Max(from + 1, signal.IndexAt(reps[^1].EndS));
        double sj = Stats.Quantile(jerk.AsSpan(from, to - from), 0.9), st = Stats.Quantile(turn.AsSpan(from, to - from), 0.9);
        var speed = new double[n];
        for (int i = 0; i < n; i++)
        {
            double x = sj > 0 ? jerk[i] / sj : 0, y = signal.HasGyroscope && st > 0 ? turn[i] / st : 0;
            speed[i] = Math.Sqrt(x * x + y * y);
        }
        return speed;
    }

    /// <summary>
    /// Where the movement between still point <paramref name="still"/> and the still point <paramref name="other"/>
    /// leaves (or reaches) <paramref name="still"/>: walking from <paramref name="still"/> towards
    /// <paramref name="other"/>, the position at which the departure from the still pose reaches
    /// <paramref name="fraction"/> of its largest value on the way (interpolated between frames): with
    /// <paramref name="forGood"/>, where it last rose through it from a still wrist; otherwise where it first did.
    /// <paramref name="beyond"/> is the still point on the far side of <paramref name="still"/> (null: the search
    /// starts at <paramref name="still"/>).
    /// </summary>
    private static Crossing Edge(TempoSignal signal, double[] speed, int still, int other, double fraction, int? beyond,
                                 bool forGood = true)
    {
        // A long hold drifts a little (sway): measured from a still point far back in it, the drift alone could pass
        // for the movement. So where this half is the quicker of the two around the still point (a quick half stops
        // sharply, a slow one starts imperceptibly), the search starts from just before the end of the still stretch
        // on its side (as slow as the still point plus what sway adds); and in any case again from just before each
        // edge found, until it stays put.
        int step = other > still ? 1 : -1;
        double halfPeak = PeakSpeed(speed, still, other);
        if (beyond is { } b && halfPeak >= PeakSpeed(speed, still, b))
        {
            int stretchEnd = StillStretchEnd(speed, still, other, halfPeak);
            if (Math.Abs(stretchEnd - still) > ReanchorFrames) still = stretchEnd - step * ReanchorFrames;
        }
        var crossing = EdgeFrom(signal, speed, still, other, fraction, forGood);
        for (int round = 0; round < MaxReanchoring; round++)
        {
            int closer = (int)Math.Floor(Math.Abs(crossing.Position - still)) - ReanchorFrames;
            if (closer <= 0) break;
            still += step * closer;
            crossing = EdgeFrom(signal, speed, still, other, fraction, forGood);
        }
        return crossing;
    }

    /// <summary>Frames kept between a still point and the edge found from it when the search starts again (a quarter
    /// of a second), and how often it may start again.</summary>
    private const int ReanchorFrames = 5, MaxReanchoring = 40;

    private static Crossing EdgeFrom(TempoSignal signal, double[] speed, int still, int other, double fraction, bool forGood)
    {
        if (still == other) return new Crossing(still, false);
        int step = other > still ? 1 : -1;
        var f0 = signal.ForceMs2[still];
        var r0 = signal.RotationRadS[still];
        double Force(int i) => (signal.ForceMs2[i] - f0).Length;
        double Rotation(int i) => (signal.RotationRadS[i] - r0).Length;
        double forceMax = 0, rotationMax = 0;
        for (int i = still; i != other + step; i += step)
        {
            forceMax = Math.Max(forceMax, Force(i));
            rotationMax = Math.Max(rotationMax, Rotation(i));
        }
        // Each measure against its own excursion in this half, so the one that moves first tells, but never against
        // less than what a still wrist wanders (its noise would tell early).
        double forceAt = Math.Max(fraction * forceMax, NoiseFactor * signal.ForceNoiseMs2);
        double rotationAt = Math.Max(fraction * rotationMax, NoiseFactor * signal.RotationNoiseRadS);
        double ForcePart(int i) => forceAt > 0 ? Force(i) / forceAt : 0;
        double RotationPart(int i) => signal.HasGyroscope && rotationAt > 0 ? Rotation(i) / rotationAt : 0;
        double Departure(int i) => fraction * Math.Max(ForcePart(i), RotationPart(i));
        Crossing Rising(int above)
        {
            double d = Departure(above), previous = Departure(above - step);
            double share = d > previous ? (fraction - previous) / (d - previous) : 0;
            return new Crossing(above - step + step * share, RotationPart(above) > ForcePart(above));
        }
        if (!forGood)
        {
            for (int i = still + step; i != other + step; i += step)
                if (Departure(i) >= fraction) return Rising(i);
            return new Crossing(other, false);
        }
        // Walking back from the largest departure, the edge is where the departure last rose through the threshold
        // from a still wrist: a sway or a noise spike in the hold that crosses it and comes back is not the movement
        // leaving. Where the departure dips below the threshold while the wrist moves fast (the force alone passes
        // its value at the still point where the acceleration changes sign), the movement goes on.
        int peak = still;
        double peakDeparture = Departure(still);
        for (int i = still + step; i != other + step; i += step)
        {
            double d = Departure(i);
            if (d > peakDeparture) (peak, peakDeparture) = (i, d);
        }
        if (peakDeparture < fraction) return new Crossing(other, false);
        double stillSpeed = StillSpeed(speed, still, PeakSpeed(speed, still, other));
        int first = peak;
        for (int i = peak - step; i != still; i -= step)
        {
            if (Departure(i) >= fraction) first = i;
            else if (speed[i] <= stillSpeed) break;
        }
        return Rising(first);
    }

    /// <summary>A departure counts once it is this many times what a still wrist wanders.</summary>
    private const double NoiseFactor = 2;

    /// <summary>The highest speed from <paramref name="from"/> to <paramref name="to"/> (either order).</summary>
    private static double PeakSpeed(double[] speed, int from, int to) =>
        speed[ArgMax(speed, Math.Min(from, to), Math.Max(from, to))];

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
