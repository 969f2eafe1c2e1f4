using RepSense.Analysis.Exercises;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Tempo;

/// <summary>
/// Times the phases of each rep of a finished set and flags tempo problems. The phases come from the set's frames
/// (<see cref="PhaseSegmenter"/>). Which half of a rep is the concentric comes from the exercise when it is known
/// (its motion in the catalog), otherwise from the signal: the half in which the hand rises, lifting against
/// gravity, when the set shows it clearly, else the faster half (lifters lower under control). A detected behaviour
/// always carries its code; the exercise's tempo policy decides what is prescribed (a pause, a dead stop, a
/// controlled lowering) and only the severity of what was seen; without an exercise the policy is neutral.
/// </summary>
public static class TempoAnalyzer
{
    public static SetTempo Analyze(SetSegment set, ExerciseProfile? exercise = null, TempoOptions? options = null)
    {
        options ??= TempoOptions.Default;
        var reps = set.Reps;
        if (reps.Count == 0 || set.Signals.FrameSpan.Length < 2)
            return new SetTempo(set.Index, ConcentricSource.Signal, true, [], []);
        if (set.Signals.Holes.Count > 0) return AcrossHoles(set, exercise, options);

        var signal = TempoSignal.From(set.Signals);
        // A last rep the recording cut before it came back has no second half to place or judge: the set's measures
        // and flags come from its whole reps, and the cut one is added with its first half alone where the wrist came
        // to rest at its turn before the data ended. (It still takes part in placing the still points, so the rest
        // before it is found between its turn and the previous one.)
        var cut = PhaseSegmenter.EndsCut(reps) ? reps[^1] : null;
        var whole = cut is null ? reps : reps.Take(reps.Count - 1).ToList();
        var segmentation = PhaseSegmenter.Segment(signal, reps, options);
        var marks = Ordered(segmentation.Whole);
        // (The cut rep starts no earlier than the previous one ends.)
        (double Start, double Arrival)? cutHalf = segmentation.CutFirstHalf is { } h
            ? (Math.Max(h.Start, marks[^1].MoveEnd), Math.Max(h.Arrival, marks[^1].MoveEnd))
            : null;
        int n = whole.Count;
        double T(double frame) => signal.TimeAt(frame);
        var first = new double[n]; var hold = new double[n]; var second = new double[n]; var pause = new double?[n];
        for (int k = 0; k < n; k++)
        {
            var m = marks[k];
            first[k] = T(m.HoldStart) - T(m.MoveStart);
            hold[k] = T(m.HoldEnd) - T(m.HoldStart);
            second[k] = T(m.MoveEnd) - T(m.HoldEnd);
            pause[k] = k + 1 < n ? T(marks[k + 1].MoveStart) - T(m.MoveEnd)
                : cutHalf is { } c ? T(c.Start) - T(m.MoveEnd) : null;
        }

        var (source, concentricFirst) = ConcentricHalf(signal, marks, first, second, exercise, options);
        var measures = SetMeasures.Of(signal, marks, first, second, concentricFirst, options);
        var topHold = new double?[n];
        var bottomHold = new double?[n];
        for (int k = 0; k < n; k++)
        {
            topHold[k] = concentricFirst ? hold[k] : pause[k];
            bottomHold[k] = concentricFirst ? pause[k] : hold[k];
        }
        var rules = new TempoRules(measures, topHold, bottomHold, exercise?.Tempo, options);
        double effortMedian = Stats.Median(measures.StartingForceMs2);

        var timed = new List<RepTempo>(n);
        for (int k = 0; k < n; k++)
        {
            var m = marks[k];
            var phases = new List<RepPhase>(4);
            var (firstKind, holdKind, secondKind, pauseKind) = concentricFirst
                ? (PhaseKind.Concentric, PhaseKind.TopHold, PhaseKind.Eccentric, PhaseKind.BottomHold)
                : (PhaseKind.Eccentric, PhaseKind.BottomHold, PhaseKind.Concentric, PhaseKind.TopHold);
            phases.Add(new RepPhase(firstKind, T(m.MoveStart), T(m.HoldStart)));
            if (hold[k] > 0) phases.Add(new RepPhase(holdKind, T(m.HoldStart), T(m.HoldEnd)));
            phases.Add(new RepPhase(secondKind, T(m.HoldEnd), T(m.MoveEnd)));
            if (pause[k] is > 0) phases.Add(new RepPhase(pauseKind, T(m.MoveEnd), T(m.MoveEnd) + pause[k]!.Value));

            double effort = effortMedian > 0 ? measures.StartingForceMs2[k] / effortMedian : 1;
            timed.Add(new RepTempo(whole[k], T(m.MoveStart), (T(m.HoldStart) + T(m.HoldEnd)) / 2, T(m.MoveEnd),
                measures.ConcentricS[k], topHold[k], measures.EccentricS[k], bottomHold[k], phases,
                Math.Round(measures.Range[k], 3), Math.Round(effort, 3), rules.FlagsOf(k)));
        }

        // Set-level numbers by the one definition the simulator's truth also uses.
        var durations = new double[n];
        for (int k = 0; k < n; k++) durations[k] = timed[k].EndS - timed[k].StartS;
        double? slowdown = SetTempoSummary.SlowdownPct(durations);
        if (cut is not null)
            timed.Add(FirstHalfOnly(cut, cutHalf is { } c ? (T(c.Start), T(c.Arrival)) : null, T(marks[^1].MoveEnd), concentricFirst));
        return new SetTempo(set.Index, source, concentricFirst, timed, TempoRules.SetFlags(slowdown, options));
    }

    /// <summary>
    /// A set carried across holes in the data: each stretch between holes is timed as a set of its own, so no phase
    /// spans a hole (the frames there only hold the last one before it) and a rep the hole cut before it came back is
    /// timed like one the end of the recording cut. The set's drift is judged over all its whole reps; which half is
    /// the concentric is taken from the stretch with the most reps.
    /// </summary>
    private static SetTempo AcrossHoles(SetSegment set, ExerciseProfile? exercise, TempoOptions options)
    {
        var signals = set.Signals;
        var edges = new List<(double FromS, double ToS)>();
        double from = double.NegativeInfinity;
        foreach (var hole in signals.Holes) { edges.Add((from, hole.FromS)); from = hole.ToS; }
        edges.Add((from, double.PositiveInfinity));

        var timed = new List<RepTempo>(set.RepCount);
        SetTempo? largest = null;
        foreach (var (a, b) in edges)
        {
            var reps = set.Reps.Where(r => r.TurnS >= a && r.TurnS <= b).ToList();
            if (reps.Count == 0) continue;
            int i = double.IsNegativeInfinity(a) ? 0 : signals.IndexAt(a);
            int j = double.IsPositiveInfinity(b) ? signals.Count : signals.IndexAt(b) + 1;
            var piece = Analyze(set with { Reps = reps, Signals = signals.Slice(i, j) }, exercise, options);
            timed.AddRange(piece.Reps);
            if (largest is null || piece.Reps.Count > largest.Reps.Count) largest = piece;
        }
        var durations = timed.Where(r => !r.Counted.SecondHalfCut).Select(r => r.EndS - r.StartS).ToArray();
        return new SetTempo(set.Index, largest?.ConcentricFrom ?? ConcentricSource.Signal, largest?.StartsWithConcentric ?? true,
                            timed, TempoRules.SetFlags(SetTempoSummary.SlowdownPct(durations), options));
    }

    /// <summary>A rep cut by the end of the recording: its first half, from leaving the rest to arriving at the turn,
    /// where it was seen whole; otherwise the counter's boundaries (from the previous rep's end at the earliest) and no
    /// phases.</summary>
    private static RepTempo FirstHalfOnly(Rep rep, (double StartS, double ArrivalS)? firstHalf, double previousEndS,
                                          bool concentricFirst)
    {
        if (firstHalf is not var (startS, arrivalS))
            return new RepTempo(rep, Math.Max(rep.StartS, previousEndS), rep.TurnS, rep.EndS, null, null, null, null, [], null, null, []);
        double firstS = arrivalS - startS;
        var kind = concentricFirst ? PhaseKind.Concentric : PhaseKind.Eccentric;
        return new RepTempo(rep, startS, arrivalS, Math.Max(arrivalS, rep.EndS),
            ConcentricS: concentricFirst ? firstS : null, TopHoldS: null, EccentricS: concentricFirst ? null : firstS,
            BottomHoldS: null, [new RepPhase(kind, startS, arrivalS)], RangeOfMotion: null, PeakEffort: null, Flags: []);
    }

    /// <summary>The marks in time order: a hold or a pause never has a negative length (where the edges of two
    /// movements cross at a brisk turn, they meet halfway).</summary>
    private static List<PhaseSegmenter.Marks> Ordered(List<PhaseSegmenter.Marks> marks)
    {
        for (int k = 0; k < marks.Count; k++)
        {
            var m = marks[k];
            double start = Math.Min(m.MoveStart, m.Turn), end = Math.Max(m.MoveEnd, m.Turn);
            double holdStart = Math.Clamp(m.HoldStart, start, m.Turn), holdEnd = Math.Clamp(m.HoldEnd, m.Turn, end);
            marks[k] = m with { MoveStart = start, HoldStart = holdStart, HoldEnd = holdEnd, MoveEnd = end };
        }
        for (int k = 0; k + 1 < marks.Count; k++)
            if (marks[k].MoveEnd > marks[k + 1].MoveStart)
            {
                double meet = (marks[k].MoveEnd + marks[k + 1].MoveStart) / 2;
                marks[k] = marks[k] with { MoveEnd = meet };
                marks[k + 1] = marks[k + 1] with { MoveStart = meet };
            }
        return marks;
    }

    /// <summary>Which half is the concentric, and how that was learned.</summary>
    private static (ConcentricSource Source, bool ConcentricFirst) ConcentricHalf(TempoSignal signal,
        List<PhaseSegmenter.Marks> marks, double[] first, double[] second, ExerciseProfile? exercise, TempoOptions options)
    {
        if (exercise is not null && exercise.Motion.ConcentricDirection != ConcentricDirection.None)
            return (ConcentricSource.Exercise, exercise.Motion.StartsWithConcentric);
        // The hand rises in the concentric of most lifts (rows, deadlifts, curls, presses; not pulldowns): when
        // the reps agree clearly on which half rises, that half is the concentric.
        var rise = marks.Select(m => RepKinematics.Rise(signal, m.RestBefore, m.Turn) - RepKinematics.Rise(signal, m.Turn, m.RestAfter))
                        .ToArray();
        double typical = Stats.Median(rise);
        double agreeing = rise.Count(r => Math.Sign(r) == Math.Sign(typical)) / (double)rise.Length;
        if (Math.Abs(typical) >= options.ClearRiseMs2 && agreeing >= options.ClearRiseAgreement)
            return (ConcentricSource.Signal, typical > 0);
        return (ConcentricSource.Signal, Stats.Median(first) <= Stats.Median(second));
    }
}
