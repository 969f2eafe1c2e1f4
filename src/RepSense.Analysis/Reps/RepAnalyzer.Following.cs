using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Reps;

// Following a set: each hop extends it by the reps of the newest signal, and ends it when they stop.
public sealed partial class RepAnalyzer
{
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

        var features = Features(from, now, set.GyroBiases);
        var axes = Axes(features, model.Source);
        double smoothHz = Math.Min(FeatureLowPassHz, _options.SmoothCyclesPerPeriod / model.PeriodS);
        var movement = PrincipalAxes.Project(axes, model.Direction);
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
                if (!IsRep(ext, k, previousTurn, lag, model, shape, Swing(ext, k)) || MovesOnPastRest(ext, k, model))
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
                bool isRep = cut ? IsCutRep(ext, k, previousTurn, lag, model, shape, swing)
                                 : IsRep(ext, k, previousTurn, lag, model, shape, swing) && swing <= MaxSwingWithoutReturn * RepsSwing(model);
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

    /// <summary>Largest way out of a turn that never came back, in swings of the set's reps so far (their median). A
    /// last rep ending at lockout goes out as far as the reps did; leaving the station (standing up from a seated row,
    /// letting go of a handle, turning the wrist to walk off) moves the wrist to a pose of its own, often much
    /// further.</summary>
    private const double MaxSwingWithoutReturn = 2.0;

    /// <summary>
    /// Whether the cycle at turn <paramref name="k"/> leaves rest by less than any rep may swing
    /// (<see cref="CountingOptions.MinSwing"/> of a typical swing) and then goes far past where it started (at least
    /// <see cref="MinBackToMoveOn"/>): not a rep but the lifter moving to another posture after a small dip on the way
    /// — sitting up once the bench press's bar is racked. Its swing, measured from the mean of its two ends, can look
    /// rep-sized and its shape pass. It is judged as an odd cycle: a rep if a sound one follows, the set's end
    /// otherwise.
    /// </summary>
    private bool MovesOnPastRest(List<Extremum> ext, int k, SetModel model) =>
        k > 0 && k < ext.Count - 1
        && Math.Abs(ext[k].Value - ext[k - 1].Value) < _options.MinSwing * model.TypicalSwing
        && Math.Abs(ext[k + 1].Value - ext[k].Value) >= MinBackToMoveOn * model.TypicalSwing;

    /// <summary>Smallest way back, in typical swings, of a cycle that moves on past rest (1.25-1.5 measured alike; at
    /// 2 a simulated bench press's sitting up still counted).</summary>
    private const double MinBackToMoveOn = 1.5;

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
        if (spacing > _options.LateSpacingPeriods * lag && swing < _options.MinSwingWhenLate * RepsSwing(model)) return false;
        double tolerance = _options.RhythmTolerance;
        bool inRhythm = Math.Abs(spacing - lag) <= tolerance * lag && Math.Abs(swing - model.TypicalSwing) <= tolerance * model.TypicalSwing;
        double minShape = inRhythm ? _options.MinShapeCorrelationInRhythm : _options.MinShapeCorrelation;
        return CycleShape.Correlation(shape, model.Template) >= minShape;
    }

    /// <summary>The median swing of the open set's reps so far; the typical swing before it has any. The set's own
    /// reps, not its model: a model learned from a stretch of larger moves would make every rep look small.</summary>
    private double RepsSwing(SetModel model)
    {
        var reps = _set!.Reps;
        if (reps.Count == 0) return model.TypicalSwing;
        var ranges = new double[reps.Count];
        for (int i = 0; i < ranges.Length; i++) ranges[i] = reps[i].RelativeRange;
        return Stats.Median(ranges) * model.TypicalSwing;
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
        else if ((rep.EndS - set.Reps[0].StartS >= _options.MinSetS || IsQuickSet(set)) && set.Reps.Count >= _options.MinReps)
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
    /// <see cref="CountingOptions.MinReps"/> reps, or sooner when it is a quick one (<see cref="IsQuickSet"/>); before
    /// that a burst of set-up or re-racking could not be told from a short set, and nothing is reported that might have
    /// to be taken back.</summary>
    private void Establish(ActiveSet set, List<AnalysisEvent> output)
    {
        set.Established = true;
        _setCount = set.Index;
        _spotter?.Replaced(); // its provisional reps are replaced by these
        output.Add(new SetStarted(set.Index, set.Reps[0].StartS, set.Model.PeriodS, _nowS));
        foreach (var r in set.Reps) output.Add(new RepCounted(set.Index, r, _nowS));
    }

    /// <summary>Whether a set not yet <see cref="CountingOptions.MinSetS"/> long is a quick one: at least
    /// <see cref="CountingOptions.QuickSetReps"/> reps of a forceful swing. Without this a set of five one-second reps
    /// ended before it could be announced, and was lost.</summary>
    private bool IsQuickSet(ActiveSet set)
    {
        if (set.Reps.Count < _options.QuickSetReps) return false;
        double minSwing = set.Model.Source == CountingSource.Orientation ? _options.QuickSetMinSwingRad : _options.QuickSetMinSwingMs2;
        return RepsSwing(set.Model) >= minSwing;
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
}
