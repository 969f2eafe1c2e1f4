using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Reps;

// Learning a set: from a train of periodic movement, the counting signal, the turn side, the typical rep and the
// reps already in the span.
public sealed partial class RepAnalyzer
{
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
    /// counting signal, turn side, typical swing and shape, and the reps already in the span.</summary>
    private (SetModel Model, List<Cycle> Cycles, long SignalFrom, SpanSignals Signals)? Learn(
        long from, long to, long coreFrom, long coreTo, double periodS, double rhoMean)
    {
        int n = (int)(to - from), ca = (int)(coreFrom - from), cb = (int)(coreTo - from);
        if (n < 8 || cb - ca < 4) return null;
        var features = Features(from, to);
        return Learn(features, from, ca, cb, RefinePeriod(features, 0, n, periodS), rhoMean, refined: true);
    }

    /// <summary><see cref="Learn(long, long, long, long, double, double)"/> on the span's features (core [ca, cb) in
    /// them) at <paramref name="periodS"/>. A period <paramref name="refined"/> by <see cref="RefinePeriod"/> may still
    /// be halved; one taken from the reps' own spacing is final.</summary>
    private (SetModel Model, List<Cycle> Cycles, long SignalFrom, SpanSignals Signals)? Learn(
        double[][] features, long from, int ca, int cb, double periodS, double rhoMean, bool refined)
    {
        int lag = (int)Math.Round(periodS * AnalysisRate.Hertz);
        double smoothHz = Math.Min(FeatureLowPassHz, _options.SmoothCyclesPerPeriod / periodS);

        // The counting signal: the projection in which the movement is most periodic.
        double[]? best = null; double[] bestDir = []; var bestSource = CountingSource.Acceleration; double bestScore = double.NegativeInfinity;
        foreach (var source in Sources)
        {
            var axes = Axes(features, source);
            foreach (var dir in PrincipalAxes.Top(axes, ca, cb, 2))
            {
                var projected = Smooth(PrincipalAxes.Project(axes, dir), smoothHz);
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
        if (refined && MedianSpacing(chosen.Cycles) is var spacing && spacing < HalvedPeriodSpacing * lag)
            return Learn(features, from, ca, cb, spacing * AnalysisRate.PeriodS, rhoMean, refined: false);
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
        var movement = PrincipalAxes.Project(Axes(features, bestSource), bestDir);
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
        // The typical swing again, over the reps chained, where that is smaller: the core may hold as few as two turns,
        // and a median of two is their mean — one set-up move among them (the approach, the walk-out) made every rep
        // look small. Never larger: a core of set-up moves smaller than the reps is caught as the set is announced
        // (CountingOptions.RelearnSwingRatio), by its reps' size against the core's.
        var chained = new double[last - first + 1];
        for (int j = first; j <= last; j++) chained[j - first] = Swing(ext, turnIdx[j]);
        typicalSwing = Math.Min(typicalSwing, Stats.Median(chained));
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
}
