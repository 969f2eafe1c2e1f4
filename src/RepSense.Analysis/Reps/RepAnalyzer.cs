using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Signal;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Reps;

/// <summary>
/// Finds sets and counts reps in a stream of <see cref="Frame"/>s, online. Every half second (a hop) it looks at the
/// recent signal and commits what it is sure of; nothing committed is ever revised, so a file and a live replay of
/// it give the same events.
/// <list type="number">
/// <item><b>Rest or work.</b> A <see cref="PeriodicityTracker"/> measures how periodic the movement is. A train of
/// periodic movement lasting a period or more becomes a candidate set.</item>
/// <item><b>Learning the set.</b> On the candidate's signal the analyzer picks the sensor (accelerometer or
/// gyroscope) and direction in which the movement is most periodic (principal axes — no axis is assumed), smooths
/// the projection at 1.5 cycles per rep period, finds its turning points with hysteresis and decides which side of
/// the swing is the turn (the side whose cycles, placed as whole reps, cover the burst of movement best). It learns
/// the typical swing and rep shape from the periodic core, then walks outward: a cycle is a rep while its spacing,
/// swing and shape stay like the core's. Three reps, four seconds and enough periodicity make a set.</item>
/// <item><b>Following the set.</b> Each hop extends the train with the next cycle if it still looks like a rep;
/// a rep is committed once its return to rest is <see cref="CountingOptions.CommitLagS"/> behind the newest sample.
/// When no rep comes within two periods, the set is over.</item>
/// </list>
/// Latency: a rep inside a recognised set is final about <see cref="CountingOptions.CommitLagS"/> plus one hop after
/// it ends. The first reps of a set are reported together when the set is recognised, after one to two periods of
/// periodic movement (a single cycle cannot be told from a fidget). Memory: <see cref="CountingOptions.HistoryS"/>
/// of frames plus the current set's reps.
/// </summary>
public sealed class RepAnalyzer
{
    private const int HopFrames = 10;
    private const double FeatureLowPassHz = 3.0;
    private const double FilterMarginS = 8.0;
    /// <summary>Signal kept before a set's first rep and after its last, for the pauses around them.</summary>
    private const double SignalMarginS = 2.0;

    private static readonly SampleRate Rate = SampleRate.FromHertz(AnalysisRate.Hertz);
    private static readonly IirDesign FeatureLowPass = Butterworth.LowPass(2, FeatureLowPassHz, Rate);
    private static readonly IirDesign GravityLowPass = Butterworth.LowPass(2, 0.3, Rate);

    private readonly CountingOptions _options;
    private readonly bool _hasGyro;
    private readonly FrameHistory _history;
    private readonly PeriodicityTracker _tracker;
    private Run? _run;
    private ActiveSet? _set;
    private int _setCount;
    private int _hop;
    private double _consumedUntilS = double.NegativeInfinity;
    private double _nowS;

    public RepAnalyzer(CountingOptions options, bool hasGyro)
    {
        _options = options;
        _hasGyro = hasGyro;
        _history = new FrameHistory((int)(options.HistoryS * AnalysisRate.Hertz));
        _tracker = new PeriodicityTracker(hasGyro, options.EnergyGateMs2);
    }

    /// <summary>Feeds the next frame; events it completes are appended to <paramref name="output"/>.</summary>
    public void Push(in Frame frame, List<AnalysisEvent> output)
    {
        _history.Add(frame);
        _nowS = frame.TimeS;
        var point = _tracker.Push(frame);
        if (point is { } p) Track(p);
        if (++_hop % HopFrames == 0) Step(output, final: false);
    }

    /// <summary>
    /// The recording has a hole (a Bluetooth dropout, a paused recorder). A set under way when the hole opens — its
    /// last rep turned within <see cref="AwaitedSpacingPeriods"/> periods of it — and a hole no longer than
    /// <see cref="CountingOptions.MaxHoleInSetS"/> carry the set across: what came before the hole is committed as at
    /// the end of the data, and after it the set is followed with the model it had. A stretch that begins mid-set is
    /// too little to learn a set from anew (its period comes out doubled, its first reps unseen, a short remainder
    /// is no set at all). Otherwise whatever is open ends before the hole and analysis restarts after it.
    /// </summary>
    public void Gap(double fromS, double toS, List<AnalysisEvent> output)
    {
        bool shortHole = toS - fromS <= _options.MaxHoleInSetS;
        if (_set is null && _run is not null && !_history.IsEmpty) TryStartSet(output, final: true);
        if (_set is not null) FollowSet(output, final: true, hole: shortHole);
        if (_set is { } open)
        {
            long lag = (long)Math.Round(open.Model.PeriodS * AnalysisRate.Hertz);
            bool underWay = FrameHistory.IndexOf(fromS) - open.RhythmTurn <= AwaitedSpacingPeriods * lag;
            // After the hole the rhythm counts from a turn half a period before the data come back: the next turn
            // is then due within a period, wherever in its rep the hole ended.
            if (underWay) open.Resume(FrameHistory.IndexOf(toS) - lag / 2, new SignalHole(fromS, toS));
            else EndSet(output);
        }
        output.Add(new SignalGap(fromS, toS));
        _tracker.Reset();
        _history.Restart(FrameHistory.IndexOf(toS));
        _run = null;
        if (_set is null) _consumedUntilS = toS;
    }

    /// <summary>The stream has ended: everything still open is decided and committed.</summary>
    public void Complete(List<AnalysisEvent> output) => Step(output, final: true);

    // ---- rest or work -------------------------------------------------------------------------------------------

    private void Track(PeriodicityPoint p)
    {
        if (_set is not null) return;
        double windowS = WindowS(p.PeriodS);
        bool eligible = p.PeriodS > 0 && p.EnergyMs2 >= _options.EnergyGateMs2 && p.TimeS - windowS >= _consumedUntilS;
        bool on = eligible && p.Rho > (_run is null ? _options.RhoOn : _options.RhoOff);
        if (on)
        {
            _run ??= new Run(p.TimeS);
            _run.Points.Add(p);
        }
        else if (_run is not null) _run.Closed = true;
    }

    private static double WindowS(double periodS) => Math.Max(4.0, 2.5 * periodS);

    private void Step(List<AnalysisEvent> output, bool final)
    {
        if (_history.IsEmpty) return;
        if (_set is null && _run is not null) TryStartSet(output, final);
        if (_set is not null) FollowSet(output, final);
    }

    // ---- learning a set -----------------------------------------------------------------------------------------

    private void TryStartSet(List<AnalysisEvent> output, bool final)
    {
        var run = _run!;
        var points = run.Points;
        var lags = new double[points.Count];
        for (int i = 0; i < lags.Length; i++) lags[i] = points[i].PeriodS;
        double periodS = Stats.Median(lags);
        double lengthS = run.Points[^1].TimeS - run.StartS;
        if (lengthS < _options.ConfirmPeriods * periodS)
        {
            if (run.Closed || final) _run = null;
            return;
        }

        // The run's points describe trailing windows; their centres lie half a window earlier.
        double half = WindowS(periodS) / 2;
        double coreFromS = run.StartS - half - 0.5 * periodS, coreToS = run.Points[^1].TimeS - half + 0.5 * periodS;
        long now = _history.EndIndex;
        long from = Math.Max(Math.Max(_history.FirstIndex, FrameHistory.IndexOf(_consumedUntilS)),
                             FrameHistory.IndexOf(coreFromS - _options.EdgePeriods * periodS));
        long coreFrom = Math.Clamp(FrameHistory.IndexOf(coreFromS), from, now - 1);
        long coreTo = Math.Clamp(FrameHistory.IndexOf(coreToS), coreFrom + 1, now);
        double rhoSum = points[0].Rho;
        for (int i = 1; i < points.Count; i++) rhoSum += points[i].Rho;
        double rhoMean = rhoSum / points.Count;
        // Wait until a rep twice as long could be seen twice, so a half-rep period can be caught (RefinePeriod).
        bool canDouble = 2 * periodS <= PeriodicityTracker.MaxPeriodS;
        // (Also when the train has already stopped: the history holds it, and a wrong period would count every
        // rep twice.)
        // The period is refined by up to 15 % before the check, hence 1.15² on the two doubled periods.
        if (canDouble && !final && now - from < (long)Math.Ceiling(2 * 1.15 * 1.15 * 2 * periodS * AnalysisRate.Hertz) + 2) return;

        var learned = Learn(from, now, coreFrom, coreTo, periodS, rhoMean);
        if (learned is null)
        {
            if (run.Closed || final) _run = null;
            return;
        }
        var (model, cycles, signalFrom, signals) = learned.Value;
        _set = new ActiveSet(_setCount + 1, model, signalFrom);
        _set.Remember(signalFrom, signals);
        _set.RememberFrames(_history);
        foreach (var c in cycles)
        {
            Commit(c, output, final);
            if (_set is null) break; // learned from its set-up: dropped, to be learned again (see Commit)
        }
        _run = null;
    }

    /// <summary>Learns a set from history frames [from, to) around the periodic core [coreFrom, coreTo): its
    /// counting signal, turn side, typical swing and shape, and the reps already in the span. With
    /// <paramref name="refine"/> false (a set learned again at the spacing of its reps) the period is taken as given.</summary>
    private (SetModel Model, List<Cycle> Cycles, long SignalFrom, SpanSignals Signals)? Learn(
        long from, long to, long coreFrom, long coreTo, double periodS, double rhoMean, bool refine = true)
    {
        int n = (int)(to - from), ca = (int)(coreFrom - from), cb = (int)(coreTo - from);
        if (n < 8 || cb - ca < 4) return null;
        var features = Features(from, to);
        if (refine) periodS = RefinePeriod(features, 0, n, periodS);
        int lag = (int)Math.Round(periodS * AnalysisRate.Hertz);
        double smoothHz = Math.Min(FeatureLowPassHz, _options.SmoothCyclesPerPeriod / periodS);

        // The counting signal: the projection in which the movement is most periodic.
        double[]? best = null; double[] bestDir = []; var bestSource = CountingSource.Acceleration; double bestScore = double.NegativeInfinity;
        foreach (var source in Sources)
        {
            var axes = Axes(features, source);
            foreach (var dir in PrincipalAxes.Top(axes, ca, cb, 2))
            {
                var projected = Smooth(Project(axes, dir), smoothHz);
                // One cycle per rep: a projection that also repeats every half rep would be counted twice.
                double score = VectorLagCorrelation.Of([projected], ca, cb, lag) - VectorLagCorrelation.Of([projected], ca, cb, lag / 2);
                if (score > bestScore) (best, bestDir, bestSource, bestScore) = (projected, dir, source, score);
            }
        }
        if (best is null) return null;

        var core = best.AsSpan(ca, cb - ca);
        double range = Stats.Quantile(core, 0.9) - Stats.Quantile(core, 0.1);
        if (!(range > 0)) return null;
        double hysteresis = _options.Hysteresis * range;
        var turns = Extrema.Find(best, hysteresis);
        var scale = new double[features.Length];
        for (int c = 0; c < scale.Length; c++) scale[c] = StandardDeviation(features[c].AsSpan(ca, cb - ca)) + 1e-9;

        var candidates = new List<Candidate>(2);
        foreach (bool turnIsMax in (ReadOnlySpan<bool>)[true, false])
            if (Chain(turns, features, scale, ca, cb, lag, turnIsMax) is { Cycles.Count: > 0 } candidate) candidates.Add(candidate);
        var chosen = ChooseTurnSide(candidates, turns, best, features, ca, cb, lag);
        if (chosen is null || chosen.Cycles.Count < _options.MinReps || rhoMean < _options.RhoMean) return null;
        // Reps that turn about every half of the period found: the period is twice theirs (the tracker's, or
        // RefinePeriod's doubling where one sensor repeats better every other rep), and every later test — spacing,
        // smoothing, the set's end — would judge them at twice it. Learned again at their own spacing.
        if (refine && MedianSpacing(chosen.Cycles) is var spacing && spacing < HalvedPeriodSpacing * lag)
            return Learn(from, to, coreFrom, coreTo, spacing * AnalysisRate.PeriodS, rhoMean, refine: false);
        // Reps move the wrist: a rep train smaller than the smallest real rep is noise or sway, however periodic.
        // Walking: an arm swinging at the stride (about a second) and jolted at every step.
        var magnitude = AccelerationMagnitude(features, ca, cb);
        if (periodS < _options.WalkingMaxPeriodS && StepShare(magnitude) > _options.WalkingMinStepShare
            && StepRepeat(magnitude, lag) >= _options.WalkingMinStepRepeat) return null;
        double minSwing = bestSource switch
        {
            CountingSource.Orientation => _options.MinSwingRad,
            _ => _options.MinSwingMs2,
        };
        if (chosen.TypicalSwing < minSwing) return null;

        var model = new SetModel(bestSource, bestDir, chosen.TurnIsMaximum, periodS, chosen.TypicalSwing, hysteresis,
                                 scale, chosen.Template, rhoMean);
        var cycles = chosen.Cycles.Select(c => c with { Start = c.Start + from, Turn = c.Turn + from, End = c.End + from }).ToList();
        var movement = Project(Axes(features, bestSource), bestDir);
        return (model, cycles, from, new SpanSignals(best, movement, Effort(features)));
    }

    /// <summary>Below this share of the period found, the median spacing of the reps chained at it is nearer half the
    /// period than the whole (1/√2: the geometric middle).</summary>
    private const double HalvedPeriodSpacing = 0.7071;

    private static double MedianSpacing(List<Cycle> cycles)
    {
        var spacings = new double[cycles.Count - 1];
        for (int i = 0; i < spacings.Length; i++) spacings[i] = cycles[i + 1].Turn - cycles[i].Turn;
        return Stats.Median(spacings);
    }

    /// <summary>The set's reps among the turning points: from the middle of the periodic core outward, while cycles
    /// keep the core's spacing, swing and shape.</summary>
    private Candidate? Chain(List<Extremum> ext, double[][] features, double[] scale, int ca, int cb, int lag, bool turnIsMax)
    {
        var turnIdx = new List<int>();
        for (int k = 0; k < ext.Count; k++) if (ext[k].IsMaximum == turnIsMax) turnIdx.Add(k);
        var inCore = turnIdx.Where(k => ext[k].Index >= ca && ext[k].Index < cb).ToList();
        if (inCore.Count == 0) return null;

        var swings = new double[inCore.Count];
        for (int j = 0; j < swings.Length; j++) swings[j] = Swing(ext, inCore[j]);
        double typicalSwing = Stats.Median(swings);
        var shapes = new double[ext.Count][]; // by extremum, for the turns
        foreach (int k in turnIdx) shapes[k] = Shape(ext, k, features, scale, lag);
        var coreShapes = new List<double[]>(inCore.Count);
        foreach (int k in inCore) coreShapes.Add(shapes[k]);
        var template = CycleShape.Median(coreShapes);

        // The accepted turns are turnIdx[first..last]: outward from the middle, each side until a turn breaks the train.
        int mid = turnIdx.IndexOf(inCore[inCore.Count / 2]), first = mid, last = mid;
        while (first > 0)
        {
            int k = turnIdx[first - 1];
            if (!LooksLikeRep(ext, k, turnIdx[first], lag, typicalSwing, shapes[k], template, beforeCore: ext[k].Index < ca)) break;
            first--;
        }
        while (last < turnIdx.Count - 1)
        {
            int k = turnIdx[last + 1];
            if (!LooksLikeRep(ext, k, turnIdx[last], lag, typicalSwing, shapes[k], template, beforeCore: false)) break;
            last++;
        }
        var cycles = new List<Cycle>(last - first + 1);
        for (int j = first; j <= last; j++) cycles.Add(ToCycle(ext, turnIdx[j], lag, typicalSwing, features[0].Length));
        return new Candidate(turnIsMax, cycles, typicalSwing, template);
    }

    /// <summary>Whether turn <paramref name="k"/> continues the train. Before the periodic core the rules are the
    /// stricter start rules: a set's first reps keep its rhythm and shape, while what comes before them (a pick-up,
    /// an un-rack) does not; at the end, a slow grinder or a partial rep is still a rep.</summary>
    private bool LooksLikeRep(List<Extremum> ext, int k, int neighbourTurn, int lag, double typicalSwing,
                              double[] shape, double[] template, bool beforeCore)
    {
        double spacing = Math.Abs(ext[k].Index - ext[neighbourTurn].Index);
        double maxSpacing = beforeCore ? _options.MaxSpacingPeriodsAtStart : _options.MaxSpacingPeriods;
        if (spacing > maxSpacing * lag || spacing < _options.MinSpacingPeriods * lag) return false;
        double minSwing = beforeCore ? _options.MinSwingAtStart : _options.MinSwing;
        if (Swing(ext, k) < minSwing * typicalSwing) return false;
        double minShape = beforeCore ? _options.MinShapeCorrelationAtStart : _options.MinShapeCorrelation;
        return CycleShape.Correlation(shape, template) >= minShape;
    }

    private static double Swing(List<Extremum> ext, int k)
    {
        double sum = 0; int m = 0;
        if (k > 0) { sum += ext[k - 1].Value; m++; }
        if (k < ext.Count - 1) { sum += ext[k + 1].Value; m++; }
        return m == 0 ? 0 : Math.Abs(ext[k].Value - sum / m);
    }

    private static double[] Shape(List<Extremum> ext, int k, double[][] features, double[] scale, int lag)
    {
        int turn = ext[k].Index;
        int from = k > 0 ? ext[k - 1].Index : turn - lag / 2;
        int to = k < ext.Count - 1 ? ext[k + 1].Index : turn + lag / 2;
        return CycleShape.Extract(features, scale, from, turn, to);
    }

    /// <summary>The cycle around turn <paramref name="k"/>: from the rest point before it to the one after it, or
    /// half a period either way where there is none within a period (inside the span of <paramref name="n"/> frames).</summary>
    private static Cycle ToCycle(List<Extremum> ext, int k, int lag, double typicalSwing, int n)
    {
        int turn = ext[k].Index;
        int start = k > 0 && turn - ext[k - 1].Index <= lag ? ext[k - 1].Index : Math.Max(0, turn - lag / 2);
        int end = k < ext.Count - 1 && ext[k + 1].Index - turn <= lag ? ext[k + 1].Index : Math.Min(n - 1, turn + lag / 2);
        return new Cycle(start, turn, end, Swing(ext, k) / typicalSwing);
    }

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

    /// <summary>
    /// The share of the acceleration magnitude's variation that lies in the step band (1.4-2.8 Hz) rather than the
    /// rep band (0.15-1.4 Hz). Walking swings the arm at the stride and jolts it at every heel strike, twice as
    /// often; lifting moves it at the rep's pace. The magnitude is used so no axis is assumed.
    /// </summary>
    private static double StepShare(double[] magnitude)
    {
        int n = magnitude.Length;
        if (n < 16) return 0;
        var steps = IirFilter.ZeroPhase(StepBand[1], IirFilter.ZeroPhase(StepBand[0], magnitude));
        var reps = IirFilter.ZeroPhase(RepBand[1], IirFilter.ZeroPhase(RepBand[0], magnitude));
        double es = 0, er = 0;
        for (int i = 0; i < n; i++) { es += steps[i] * steps[i]; er += reps[i] * reps[i]; }
        return es + er > 0 ? es / (es + er) : 0;
    }

    /// <summary>
    /// How alike the two halves of each period are in the acceleration magnitude: its correlation with itself half
    /// a period later. A walk's arm swings once per stride and its heel strikes come at every
    /// step, left and right alike, so its magnitude repeats every half period. A rep's two halves differ (the
    /// wrist is braked at the top and the bottom in opposite senses), even when a fast rep with pauses puts as much
    /// into the step band as a walk does.
    /// </summary>
    private static double StepRepeat(double[] magnitude, int lag) =>
        VectorLagCorrelation.Of([magnitude], 0, magnitude.Length, lag / 2);

    /// <summary>|a| of the acceleration channels over frames [from, to).</summary>
    private static double[] AccelerationMagnitude(double[][] features, int from, int to)
    {
        var magnitude = new double[Math.Max(0, to - from)];
        for (int i = 0; i < magnitude.Length; i++)
        {
            double x = features[0][from + i], y = features[1][from + i], z = features[2][from + i];
            magnitude[i] = Math.Sqrt(x * x + y * y + z * z);
        }
        return magnitude;
    }

    private static readonly IirDesign[] StepBand = [Butterworth.HighPass(2, 1.4, Rate), Butterworth.LowPass(2, 2.8, Rate)];
    private static readonly IirDesign[] RepBand = [Butterworth.HighPass(2, 0.15, Rate), Butterworth.LowPass(2, 1.4, Rate)];

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

    /// <summary>
    /// The period seen by the tracker comes from short trailing windows and can lock onto half a rep when a rep
    /// has two similar halves. Over everything seen of the candidate set, the correlation at twice the period tells:
    /// a signal that repeats every half rep correlates as well at a whole rep; one that repeats only every whole rep
    /// correlates clearly better there.
    /// </summary>
    private double RefinePeriod(double[][] features, int from, int to, double periodS)
    {
        int lag = (int)Math.Round(periodS * AnalysisRate.Hertz);
        var groups = Groups(features);
        int refined = lag; double here = double.NegativeInfinity;
        foreach (var g in groups)
        {
            double r = PeakNear(g, from, to, lag, out int at);
            if (r > here) (here, refined) = (r, at);
        }
        if (double.IsNegativeInfinity(here) || double.IsNaN(here)) return periodS;
        // A sensor that repeats only every other cycle sees the whole rep; one sensor is enough.
        foreach (var g in groups)
        {
            double atLag = PeakNear(g, from, to, refined, out _);
            double twice = PeakNear(g, from, to, 2 * refined, out int doubled);
            if (!double.IsNaN(twice) && twice >= atLag + _options.DoublePeriodMargin) return doubled * AnalysisRate.PeriodS;
        }
        return refined * AnalysisRate.PeriodS;
    }

    /// <summary>The highest multi-axis correlation within ±15 % of <paramref name="lag"/> (NaN if the span is too
    /// short for two such lags).</summary>
    private static double PeakNear(double[][] axes, int from, int to, int lag, out int at)
    {
        at = lag;
        int lo = Math.Max(1, (int)(lag * 0.85)), hi = (int)Math.Ceiling(lag * 1.15);
        if (to - from < 2 * hi) return double.NaN;
        Span<double> r = stackalloc double[hi - lo + 1];
        VectorLagCorrelation.OfLags(axes, from, to, lo, r);
        double best = double.NegativeInfinity;
        for (int L = lo; L <= hi; L++)
            if (r[L - lo] > best) { best = r[L - lo]; at = L; }
        return best;
    }

    // ---- following a set ----------------------------------------------------------------------------------------

    /// <summary>Extends the open set by the reps of the newest signal, and ends it when they stop.</summary>
    /// <param name="output">Where the events go.</param>
    /// <param name="final">The data end here (the stream, or a hole): everything still open is decided.</param>
    /// <param name="hole">The data stop at a hole the set is carried across: committed as at their end, but the set
    /// stays open.</param>
    private void FollowSet(List<AnalysisEvent> output, bool final, bool hole = false)
    {
        var set = _set!;
        var model = set.Model;
        int lag = (int)Math.Round(model.PeriodS * AnalysisRate.Hertz);
        long now = _history.EndIndex;
        long from = Math.Max(_history.FirstIndex, set.LastTurn - 3 * lag);
        if (now - from < 8) { if (final && !hole) EndSet(output); return; }

        var features = Features(from, now);
        var axes = Axes(features, model.Source);
        double smoothHz = Math.Min(FeatureLowPassHz, _options.SmoothCyclesPerPeriod / model.PeriodS);
        var movement = Project(axes, model.Direction);
        var signal = Smooth(movement, smoothHz);
        set.Remember(from, new SpanSignals(signal, movement, Effort(features)));
        set.RememberFrames(_history);
        // At the end of the data a turn on the last samples is kept: a recording may stop at a rep's lockout.
        var ext = Extrema.Find(signal, model.Hysteresis, dataEnds: final);

        // The committed turn, found again (the signal is recomputed, so allow a little drift).
        int lastTurnLocal = (int)(set.LastTurn - from);
        int anchor = -1;
        for (int k = 0; k < ext.Count; k++)
            if (ext[k].IsMaximum == model.TurnIsMaximum && Math.Abs(ext[k].Index - lastTurnLocal) <= lag / 3
                && (anchor < 0 || Math.Abs(ext[k].Index - lastTurnLocal) < Math.Abs(ext[anchor].Index - lastTurnLocal)))
                anchor = k;

        long commitLag = (long)(_options.CommitLagS * AnalysisRate.Hertz);
        long commitBefore = final ? long.MaxValue : now - commitLag;
        // After a hole the rhythm counts from where a turn would have been just before the data came back.
        int previousTurn = (int)(set.RhythmTurn - from);
        bool ends = final && !hole;
        // A turn in the set's rhythm whose judgement is still ahead (its return, or a period after it): the set is
        // not overdue until it has been judged. A slow last rep must not be cut off by the deadline that ends a set.
        bool awaiting = false;
        for (int k = anchor < 0 ? 0 : anchor + 1; k < ext.Count; k++)
        {
            if (ext[k].IsMaximum != model.TurnIsMaximum || ext[k].Index <= previousTurn + _options.MinSpacingPeriods * lag) continue;
            int turn = ext[k].Index;
            bool returned = Returned(ext, k, lag);
            // A returned rep is final only once its return is behind us; one that has not returned is judged a
            // period after its turn.
            bool pending = returned ? from + ext[k + 1].Index >= commitBefore : !final && now - (from + turn) <= lag + commitLag;
            if (pending)
            {
                awaiting = turn - previousTurn <= AwaitedSpacingPeriods * lag;
                break;
            }
            if (returned)
            {
                var shape = Shape(ext, k, features, model.ChannelScale, lag);
                if (!IsRep(ext, k, previousTurn, lag, model, shape, Swing(ext, k)))
                {
                    // At a hole the cycle after an odd one is unseen: undecided, it is left out and the set goes on.
                    var verdict = JudgeByNext(ext, k, previousTurn, lag, model, features, from, commitBefore, now, ends);
                    if (verdict == OddCycle.Pending) { awaiting = true; break; }
                    if (verdict == OddCycle.SetEnds) { EndSet(output); return; }
                }
                var c = ToCycle(ext, k, lag, model.TypicalSwing, signal.Length);
                Commit(c with { Start = c.Start + from, Turn = c.Turn + from, End = c.End + from }, output, final);
                if (_set != set) return; // learned from its set-up: dropped, to be learned again (see Commit)
                previousTurn = turn;
                continue;
            }
            // No return to rest within a period: the lifter moved on from the turn (a rep ending at lockout and
            // re-racking, a last rep dropped into the retreat), or the recording stopped before the way back. Once a
            // period has passed, or the data have ended, judge the rep on its way out, mirrored; it is the set's last.
            if (k > 0 && ext[k - 1].IsMaximum != model.TurnIsMaximum)
            {
                int restBefore = ext[k - 1].Index;
                int mirroredEnd = 2 * turn - restBefore, mirrored = Math.Min(signal.Length - 1, mirroredEnd);
                var shape = CycleShape.Extract(features, model.ChannelScale, restBefore, turn, mirrored);
                double swing = Math.Abs(ext[k].Value - ext[k - 1].Value);
                bool cut = final && mirrored < mirroredEnd; // the data end before the mirrored way back would
                bool isRep = cut ? IsCutRep(ext, k, previousTurn, lag, model, shape, swing) : IsRep(ext, k, previousTurn, lag, model, shape, swing);
                if (ReachesTurn(ext, k, model.TurnIsMaximum) && isRep)
                {
                    var c = new Cycle(restBefore, turn, mirrored, swing / model.TypicalSwing, SecondHalfCut: cut);
                    Commit(c with { Start = c.Start + from, Turn = c.Turn + from, End = c.End + from }, output, final: true);
                    if (_set != set) return; // dropped (see Commit)
                }
                if (hole && cut) return; // the hole, not the lifter, cut it: the set goes on after it
            }
            EndSet(output);
            return;
        }
        bool overdue = !awaiting && now - set.RhythmTurn > _options.MaxSpacingPeriods * lag + commitLag + lag / 2;
        if (ends || overdue) EndSet(output);
    }

    /// <summary>
    /// A cycle that fails the rep tests inside a set, though it is spaced and sized like a rep: a rushed, cheated or
    /// odd-shaped rep, or the set's end (the re-rack, the weight put down). One odd rep does not end a set that goes
    /// on: the cycle is a rep when the next one is sound (the set's shape, its swing within the rhythm tolerance, a
    /// rep's spacing from the odd one), and the set's end when nothing or something else follows. Its judgement
    /// waits for that next cycle, so such a rep is final up to the widest spacing of reps after its turn rather
    /// than the commit lag after its end.
    /// </summary>
    private OddCycle JudgeByNext(List<Extremum> ext, int k, int previousTurn, int lag, SetModel model, double[][] features,
                                 long from, long commitBefore, long now, bool final)
    {
        int turn = ext[k].Index;
        if (turn - previousTurn > _options.MaxSpacingPeriods * lag || Swing(ext, k) < _options.MinSwing * model.TypicalSwing)
            return OddCycle.SetEnds;
        int next = -1;
        for (int j = k + 1; j < ext.Count; j++)
            if (ext[j].IsMaximum == model.TurnIsMaximum) { next = j; break; }
        bool nextReturned = next >= 0 && Returned(ext, next, lag);
        if (next < 0 || !nextReturned || from + ext[next + 1].Index >= commitBefore)
        {
            bool stillComing = !final && now - (from + turn) <= _options.MaxSpacingPeriods * lag;
            return stillComing ? OddCycle.Pending : OddCycle.SetEnds;
        }
        var shape = Shape(ext, next, features, model.ChannelScale, lag);
        double swing = Swing(ext, next);
        bool sound = Math.Abs(swing - model.TypicalSwing) <= _options.RhythmTolerance * model.TypicalSwing
                     && CycleShape.Correlation(shape, model.Template) >= _options.MinShapeCorrelation
                     && IsRep(ext, next, turn, lag, model, shape, swing);
        return sound ? OddCycle.Rep : OddCycle.SetEnds;
    }

    private enum OddCycle { Rep, Pending, SetEnds }

    /// <summary>
    /// Whether a turn that never came back got at least <see cref="MinReachWithoutReturn"/> of the way from where the
    /// set's reps rest to where they turn (medians of the span's extrema before the rest point that precedes it). A
    /// last rep that ends at lockout gets there; a retreat does not, though its way out can look like a rep's —
    /// stepping off a back-extension bench or standing up after putting the bar down ends at a pose of its own, short
    /// of the turn and often past the rest position on the way, which makes its swing from the extremum before it
    /// rep-sized. The cost: a partial last rep that never comes back and reaches less than that is not counted.
    /// </summary>
    private static bool ReachesTurn(List<Extremum> ext, int k, bool turnIsMaximum)
    {
        var rests = new List<double>(k);
        var turns = new List<double>(k);
        for (int j = 0; j < k - 1; j++) (ext[j].IsMaximum == turnIsMaximum ? turns : rests).Add(ext[j].Value);
        if (rests.Count == 0 || turns.Count == 0) return true;
        double restLevel = Stats.Median(rests.ToArray()), turnLevel = Stats.Median(turns.ToArray());
        return Math.Abs(ext[k].Value - restLevel) >= MinReachWithoutReturn * Math.Abs(turnLevel - restLevel);
    }

    private const double MinReachWithoutReturn = 0.5;

    /// <summary>Whether the movement came back from turn <paramref name="k"/> to rest within a period, or within half
    /// as long again as it took to get there (a slow grinder comes back slowly).</summary>
    private static bool Returned(List<Extremum> ext, int k, int lag)
    {
        int turn = ext[k].Index;
        int outward = k > 0 ? turn - ext[k - 1].Index : lag / 2;
        return k < ext.Count - 1 && ext[k + 1].Index - turn <= Math.Max(lag, 1.5 * outward);
    }

    /// <summary>Widest spacing, in periods, of a turn the set waits for past its deadline: a turn in the set's
    /// rhythm. A later one is the retreat (re-racking, putting the weight down), judged only if it comes in time.</summary>
    private const double AwaitedSpacingPeriods = 1.5;

    /// <summary>Whether the cycle at turn <paramref name="k"/> continues the set: its spacing, swing and shape stay
    /// like the set's. A cycle right in the set's rhythm and of its size needs less of the shape: grip, fatigue and the
    /// path of the weight change a rep's shape from rep to rep, while little else repeats the set's period and range
    /// at once.</summary>
    private bool IsRep(List<Extremum> ext, int k, int previousTurn, int lag, SetModel model, double[] shape, double swing)
    {
        int spacing = ext[k].Index - previousTurn;
        if (spacing > _options.MaxSpacingPeriods * lag || swing < _options.MinSwing * model.TypicalSwing) return false;
        double tolerance = _options.RhythmTolerance;
        bool inRhythm = Math.Abs(spacing - lag) <= tolerance * lag && Math.Abs(swing - model.TypicalSwing) <= tolerance * model.TypicalSwing;
        double minShape = inRhythm ? _options.MinShapeCorrelationInRhythm : _options.MinShapeCorrelation;
        return CycleShape.Correlation(shape, model.Template) >= minShape;
    }

    /// <summary>
    /// Whether a last turn that the end of the data cut off (the recording stopped at the lockout, or on the way to
    /// it) is a rep. Only its way out exists, so its shape is judged on that half when the mirrored whole does not
    /// match. It must come in the set's rhythm — no later than <see cref="CountingOptions.RhythmTolerance"/> past the
    /// period (sooner is fine: the recording may stop before the turn) — and be no larger than
    /// <see cref="MaxCutSwing"/> typical swings: a pause and then a larger move at the very end is the weight being put
    /// down or let go, not another rep.
    /// </summary>
    private bool IsCutRep(List<Extremum> ext, int k, int previousTurn, int lag, SetModel model, double[] shape, double swing)
    {
        if (ext[k].Index - previousTurn > (1 + _options.RhythmTolerance) * lag || swing > MaxCutSwing * model.TypicalSwing) return false;
        return IsRep(ext, k, previousTurn, lag, model, shape, swing)
               || (swing >= _options.MinSwing * model.TypicalSwing
                   && CycleShape.OutwardCorrelation(shape, model.Template) >= _options.MinShapeCorrelation);
    }

    private const double MaxCutSwing = 2.0;

    private void Commit(Cycle c, List<AnalysisEvent> output, bool final)
    {
        var set = _set!;
        long commitBefore = final ? long.MaxValue : _history.EndIndex - (long)(_options.CommitLagS * AnalysisRate.Hertz);
        if (c.Turn <= set.LastTurn || (!final && c.End >= commitBefore)) return;
        long start = Math.Max(c.Start, set.LastEnd);
        var rep = new Rep(set.Reps.Count + 1, FrameHistory.TimeOf(start), FrameHistory.TimeOf(c.Turn),
                          FrameHistory.TimeOf(c.End), Math.Round(c.RelativeRange, 3)) { SecondHalfCut = c.SecondHalfCut };
        set.Reps.Add(rep);
        set.LastTurn = c.Turn;
        set.LastEnd = c.End;
        if (set.Established) output.Add(new RepCounted(set.Index, rep, _nowS));
        else if (rep.EndS - set.Reps[0].StartS >= _options.MinSetS && set.Reps.Count >= _options.MinReps)
        {
            // A set learned from its set-up (at half the reps' period, or from moves a fraction of the reps' size) is
            // dropped before anything of it was reported, and learned again; the callers stop following it.
            if (HalfPeriod(set) || rep.RelativeRange >= _options.RelearnSwingRatio) _set = null;
            else Establish(set, output);
        }
    }

    /// <summary>
    /// Whether a set about to be announced was learned at half its period. It is learned from the first stretch of
    /// periodic movement, which may be the set-up before it (gripping, the walk-out, the pick-up: moves at a quicker
    /// pace than the reps) with a rep or two, and its period checked against too little of the reps. Over the set's own
    /// span, now longer, such a period no longer describes it: the movement repeats there less than a train needs to
    /// go on (<see cref="CountingOptions.RhoOff"/>), and clearly better at twice the period (the test of
    /// <see cref="RefinePeriod"/>). A set whose movement still repeats at its period is left alone, however well it
    /// also repeats at twice it. Such a set is dropped before anything of it is reported, and learned again.
    /// </summary>
    private bool HalfPeriod(ActiveSet set)
    {
        long from = Math.Max(_history.FirstIndex, FrameHistory.IndexOf(set.Reps[0].StartS)), to = _history.EndIndex;
        if (to - from < 8) return false;
        var features = Features(from, to);
        int n = (int)(to - from), lag = (int)Math.Round(set.Model.PeriodS * AnalysisRate.Hertz);
        var groups = Groups(features);
        double once = double.NegativeInfinity;
        foreach (var g in groups) once = Math.Max(once, PeakNear(g, 0, n, lag, out _));
        if (!(once < _options.RhoOff)) return false;
        foreach (var g in groups)
            if (PeakNear(g, 0, n, 2 * lag, out _) is var twice && !double.IsNaN(twice) && twice >= once + _options.DoublePeriodMargin)
                return true;
        return false;
    }

    /// <summary>A set is announced once it has lasted <see cref="CountingOptions.MinSetS"/> with
    /// <see cref="CountingOptions.MinReps"/> reps; before that a burst of set-up or re-racking could not be told from
    /// a short set, and nothing is reported that might have to be taken back.</summary>
    private void Establish(ActiveSet set, List<AnalysisEvent> output)
    {
        set.Established = true;
        _setCount = set.Index;
        output.Add(new SetStarted(set.Index, set.Reps[0].StartS, set.Model.PeriodS, _nowS));
        foreach (var r in set.Reps) output.Add(new RepCounted(set.Index, r, _nowS));
    }

    private void EndSet(List<AnalysisEvent> output)
    {
        var set = _set!;
        _set = null;
        if (set.Reps.Count == 0) return;
        _consumedUntilS = set.Reps[^1].EndS;
        _run = null;
        if (!set.Established) return; // too short to be a set: the set-up or re-racking around one
        long margin = (long)(SignalMarginS * AnalysisRate.Hertz);
        var signals = set.SignalsBetween(FrameHistory.IndexOf(set.Reps[0].StartS) - margin, FrameHistory.IndexOf(set.Reps[^1].EndS) + margin + 1)
                      with { HasGyroscope = _hasGyro };
        signals = signals with { Holes = set.Holes.Where(h => h.ToS > signals.StartS && h.FromS < signals.TimeAt(signals.Count)).ToArray() };
        var segment = new SetSegment(set.Index, set.Reps[0].StartS, set.Reps[^1].EndS, set.Reps.ToList(),
                                     set.Model.PeriodS, signals, set.Model.RhoMean);
        output.Add(new SetEnded(segment, _nowS));
    }

    // ---- signal helpers -----------------------------------------------------------------------------------------

    /// <summary>
    /// The movement channels for history frames [from, to): acceleration low-passed at 3 Hz (gravity kept: the tilt
    /// of the wrist is part of the movement); orientation change — the rotation rate, its median over the span
    /// taken as the gyroscope's bias, integrated — low-passed likewise. Orientation rather than rotation rate, so the
    /// extremes of the movement fall at its turns and rests, not midway. No high-pass: its response to the change of
    /// posture at a set's start would look like a cycle. Filtered with up to <see cref="FilterMarginS"/> of earlier
    /// history so the zero-phase filter's start-up falls outside.
    /// </summary>
    private double[][] Features(long from, long to)
    {
        long margin = Math.Min(from - _history.FirstIndex, (long)(FilterMarginS * AnalysisRate.Hertz));
        long a = from - margin;
        int n = (int)(to - a);
        var channels = new double[FeatureCount][];
        for (int c = 0; c < FrameHistory.ChannelCount; c++)
        {
            var buffer = channels[c] = new double[n];
            _history.Copy(c, a, to, buffer);
            if (c >= 3)
            {
                double bias = Stats.Median(buffer);
                double angle = 0;
                for (int i = 0; i < n; i++) { angle += (buffer[i] - bias) * AnalysisRate.PeriodS; buffer[i] = angle; }
            }
        }
        IirFilter.ZeroPhaseInplace(FeatureLowPass, channels);
        return channels.Select(y => y.AsSpan((int)margin).ToArray()).ToArray();
    }

    /// <summary>|a − g| per frame, m/s²: gravity taken as the acceleration low-passed at 0.3 Hz (zero phase), so what
    /// remains is the acceleration of the movement itself.</summary>
    private static double[] Effort(double[][] features)
    {
        int n = features[0].Length;
        var e = new double[n];
        var gravity = new double[3][];
        for (int c = 0; c < 3; c++) gravity[c] = features[c].AsSpan().ToArray();
        IirFilter.ZeroPhaseInplace(GravityLowPass, gravity);
        for (int c = 0; c < 3; c++)
            for (int i = 0; i < n; i++) { double d = features[c][i] - gravity[c][i]; e[i] += d * d; }
        for (int i = 0; i < n; i++) e[i] = Math.Sqrt(e[i]);
        return e;
    }

    private const int FeatureCount = FrameHistory.ChannelCount;

    /// <summary>The counting sources this recording offers: orientation only with a gyroscope.</summary>
    private CountingSource[] Sources => _hasGyro
        ? [CountingSource.Acceleration, CountingSource.Orientation]
        : [CountingSource.Acceleration];

    /// <summary>The axes of every counting source this recording offers, one group each.</summary>
    private double[][][] Groups(double[][] features)
    {
        var sources = Sources;
        var groups = new double[sources.Length][][];
        for (int i = 0; i < groups.Length; i++) groups[i] = Axes(features, sources[i]);
        return groups;
    }

    private static double[][] Axes(double[][] features, CountingSource source) => source switch
    {
        CountingSource.Orientation => features[3..6],
        _ => features[..3],
    };

    private static double[] Project(double[][] axes, double[] dir)
    {
        int n = axes[0].Length;
        var p = new double[n];
        for (int c = 0; c < axes.Length; c++)
        {
            double w = dir[c];
            var x = axes[c];
            for (int i = 0; i < n; i++) p[i] += w * x[i];
        }
        return p;
    }

    private double[] Smooth(double[] x, double cutoffHz)
    {
        // A set smooths at one cut-off every hop: design it once.
        if (_smoothing?.CutoffHz != cutoffHz) _smoothing = (cutoffHz, Butterworth.LowPass(2, cutoffHz, Rate));
        return IirFilter.ZeroPhase(_smoothing.Value.Design, x);
    }

    private (double CutoffHz, IirDesign Design)? _smoothing;

    private static double StandardDeviation(ReadOnlySpan<double> x)
    {
        if (x.Length < 2) return 0;
        double mean = Stats.Mean(x), s = 0;
        foreach (var v in x) s += (v - mean) * (v - mean);
        return Math.Sqrt(s / x.Length);
    }

    private static double[] MovingRms(double[] energy, int window)
    {
        int n = energy.Length, h = window / 2;
        var prefix = new double[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + energy[i];
        var r = new double[n];
        for (int i = 0; i < n; i++)
        {
            int a = Math.Max(0, i - h), b = Math.Min(n, i + h + 1);
            r[i] = Math.Sqrt((prefix[b] - prefix[a]) / (b - a));
        }
        return r;
    }

    // ---- state --------------------------------------------------------------------------------------------------

    private sealed class Run(double startS)
    {
        public double StartS { get; } = startS;
        public List<PeriodicityPoint> Points { get; } = new();
        public bool Closed { get; set; }
    }

    /// <summary>The three signals of one recomputed span, aligned.</summary>
    private readonly record struct SpanSignals(double[] Counting, double[] Movement, double[] Effort);

    private readonly record struct Cycle(long Start, long Turn, long End, double RelativeRange, bool SecondHalfCut = false);

    private sealed class Candidate(bool turnIsMaximum, List<Cycle> cycles, double typicalSwing, double[] template)
    {
        public bool TurnIsMaximum { get; } = turnIsMaximum;
        public List<Cycle> Cycles { get; } = cycles;
        public double TypicalSwing { get; } = typicalSwing;
        public double[] Template { get; } = template;
        public double Coverage { get; set; }
        public double RestEvidence { get; set; }
    }

    private sealed class ActiveSet(int index, SetModel model, long signalFrom)
    {
        public int Index { get; } = index;
        public SetModel Model { get; } = model;
        public List<Rep> Reps { get; } = new();
        public long LastTurn { get; set; } = long.MinValue;
        public long LastEnd { get; set; } = long.MinValue;
        public bool Established { get; set; }

        /// <summary>Where the set's rhythm counts from: its last turn, or after a hole the turn it is taken to have
        /// had just before the data came back (<see cref="Resume"/>).</summary>
        public long RhythmTurn => Math.Max(LastTurn, _resumeTurn);

        private long _resumeTurn = long.MinValue;

        /// <summary>The holes the set was carried across.</summary>
        public List<SignalHole> Holes { get; } = new();

        /// <summary>The set goes on after <paramref name="hole"/>; the next turn is spaced from <paramref name="turn"/>.</summary>
        public void Resume(long turn, SignalHole hole)
        {
            _resumeTurn = turn;
            Holes.Add(hole);
        }

        // The set's signals, kept for tempo analysis and plots (bounded by the set's length). Values up to the last
        // committed rep are final; later ones are replaced by each hop's recomputation.
        private readonly List<double> _counting = new(), _movement = new(), _effort = new();
        private long _signalFrom = signalFrom;

        // The set's conditioned frames from the same first index: final as they arrive, so they have none of the
        // seams the hop-wise recomputed signals have where one hop's span meets the next.
        private readonly List<Frame> _frames = new();

        /// <summary>Appends the frames that arrived since the last call (each hop calls it, long before the history
        /// forgets them).</summary>
        public void RememberFrames(FrameHistory history)
        {
            // A hole the set was carried across holds the last frame before it: no rep lies in it, and the lists
            // stay one value per grid instant.
            while (_frames.Count > 0 && _signalFrom + _frames.Count < history.FirstIndex)
                _frames.Add(_frames[^1] with { TimeS = FrameHistory.TimeOf(_signalFrom + _frames.Count) });
            for (long i = Math.Max(_signalFrom + _frames.Count, history.FirstIndex); i < history.EndIndex; i++)
                _frames.Add(history.At(i));
        }

        public void Remember(long from, SpanSignals values)
        {
            if (_counting.Count == 0) _signalFrom = from;
            long end = _signalFrom + _counting.Count;
            long keepUntil = Math.Max(from, Math.Min(end, LastEnd == long.MinValue ? from : LastEnd));
            if (keepUntil < end)
            {
                int at = (int)(keepUntil - _signalFrom), count = (int)(end - keepUntil);
                _counting.RemoveRange(at, count); _movement.RemoveRange(at, count); _effort.RemoveRange(at, count);
            }
            while (_counting.Count > 0 && _signalFrom + _counting.Count < from) // a hole, held as in RememberFrames
            {
                _counting.Add(_counting[^1]); _movement.Add(_movement[^1]); _effort.Add(_effort[^1]);
            }
            for (long i = Math.Max(keepUntil, from); i < from + values.Counting.Length; i++)
            {
                if (i < _signalFrom || i - _signalFrom != _counting.Count) continue;
                int k = (int)(i - from);
                _counting.Add(values.Counting[k]); _movement.Add(values.Movement[k]); _effort.Add(values.Effort[k]);
            }
        }

        public SetSignals SignalsBetween(long from, long to)
        {
            long a = Math.Max(from, _signalFrom), b = Math.Min(to, _signalFrom + Math.Min(_counting.Count, _frames.Count));
            if (b <= a) return SetSignals.Empty(FrameHistory.TimeOf(from));
            int at = (int)(a - _signalFrom), count = (int)(b - a);
            return new SetSignals(FrameHistory.TimeOf(a), _counting.GetRange(at, count).ToArray(),
                                  _movement.GetRange(at, count).ToArray(), _effort.GetRange(at, count).ToArray())
            {
                Frames = _frames.GetRange(at, count).ToArray(),
            };
        }
    }
}
