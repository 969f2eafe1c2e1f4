using System.Globalization;
using RepSense.Analysis.Exercises;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Tempo;

/// <summary>
/// Times the phases of each rep of a finished set and flags tempo problems. Which half of a rep is the concentric
/// comes from the exercise when it is known (its motion in the catalog), otherwise from the signal: lifters lower
/// under control, so the faster half is taken as the concentric. The exercise's tempo policy decides what is
/// prescribed (a pause, a dead stop, a controlled lowering) and how a momentum rep counts; without an exercise the
/// policy is neutral.
/// </summary>
public static class TempoAnalyzer
{
    public static SetTempo Analyze(SetSegment set, ExerciseProfile? exercise = null, TempoOptions? options = null)
    {
        options ??= TempoOptions.Default;
        var signals = set.Signals;
        var reps = set.Reps;
        if (reps.Count == 0 || signals.Count == 0)
            return new SetTempo(set.Index, ConcentricSource.Signal, true, [], []);

        var marks = PhaseSegmenter.Segment(signals, reps, options);
        int n = reps.Count;
        double T(int frame) => signals.TimeAt(frame);
        var first = new double[n]; var hold = new double[n]; var second = new double[n]; var pause = new double?[n];
        for (int k = 0; k < n; k++)
        {
            var m = marks[k];
            first[k] = T(m.HoldStart) - T(m.MoveStart);
            hold[k] = T(m.HoldEnd) - T(m.HoldStart);
            second[k] = T(m.MoveEnd) - T(m.HoldEnd);
            pause[k] = k + 1 < n ? Math.Max(0, T(marks[k + 1].MoveStart) - T(m.MoveEnd)) : null;
        }

        // Which half is the concentric.
        ConcentricSource source;
        bool concentricFirst;
        if (exercise is not null && exercise.Motion.ConcentricDirection != ConcentricDirection.None)
        {
            source = ConcentricSource.Exercise;
            concentricFirst = exercise.Motion.StartsWithConcentric;
        }
        else
        {
            source = ConcentricSource.Signal;
            concentricFirst = Stats.Median(first) <= Stats.Median(second);
        }

        var range = new double[n]; var effort = new double[n];
        for (int k = 0; k < n; k++)
        {
            var m = marks[k];
            double rest = (signals.Movement[m.MoveStart] + signals.Movement[m.MoveEnd]) / 2;
            range[k] = Math.Abs(signals.Movement[(m.HoldStart + m.HoldEnd) / 2] - rest);
            // The start of the concentric: where a jerk or a swing shows.
            int conStart = concentricFirst ? m.MoveStart : m.HoldEnd;
            int conEnd = concentricFirst ? m.HoldStart : m.MoveEnd;
            int from = Math.Max(0, conStart - 2), to = Math.Max(from, conStart + (int)Math.Ceiling(0.4 * (conEnd - conStart)));
            for (int i = from; i <= to && i < signals.Count; i++) effort[k] = Math.Max(effort[k], signals.EffortMs2[i]);
        }
        double rangeMedian = Stats.Median(range), effortMedian = Stats.Median(effort);

        var concentric = concentricFirst ? first : second;
        var eccentric = concentricFirst ? second : first;
        double? TopHold(int k) => concentricFirst ? hold[k] : pause[k];
        double? BottomHold(int k) => concentricFirst ? pause[k] : hold[k];
        double concentricMedian = Stats.Median(concentric), eccentricMedian = Stats.Median(eccentric);
        var policy = exercise?.Tempo;

        var timed = new List<RepTempo>(n);
        for (int k = 0; k < n; k++)
        {
            var m = marks[k];
            var flags = new List<TempoFlag>();
            double rangeRatio = rangeMedian > 0 ? range[k] / rangeMedian : 1;
            double effortRatio = effortMedian > 0 ? effort[k] / effortMedian : 1;

            if (effortRatio >= options.MomentumEffortRatio && concentric[k] <= options.MomentumConcentricRatio * concentricMedian)
                flags.Add(Flag(FlagCodes.Momentum, MomentumSeverity(policy, k, n), effortRatio, options.MomentumEffortRatio,
                    $"Rep {k + 1} started {effortRatio:0.0}× harder than the set's typical rep and its concentric took " +
                    $"{concentric[k]:0.0} s against {concentricMedian:0.0} s: momentum{MomentumNote(policy, k, n)}."));

            bool controlled = policy?.ControlledEccentric == true;
            if (controlled && eccentric[k] < options.ControlledEccentricRatio * concentric[k])
                flags.Add(Flag(FlagCodes.RushedEccentric, FlagSeverity.Fault, eccentric[k], options.ControlledEccentricRatio * concentric[k],
                    $"Rep {k + 1} lowered in {eccentric[k]:0.0} s, faster than its {concentric[k]:0.0} s lift, where the lowering should be controlled."));
            else if (eccentric[k] < options.RushedEccentricRatio * eccentricMedian)
                flags.Add(Flag(FlagCodes.RushedEccentric, controlled ? FlagSeverity.Fault : FlagSeverity.Info, eccentric[k],
                    options.RushedEccentricRatio * eccentricMedian,
                    $"Rep {k + 1} lowered in {eccentric[k]:0.0} s against the set's typical {eccentricMedian:0.0} s: a rushed eccentric."));

            if (policy is { PauseAtTop: true } && TopHold(k) is { } top)
            {
                double prescribed = policy.TopHoldS ?? options.DefaultPrescribedPauseS;
                if (top < options.MissingPauseRatio * prescribed)
                    flags.Add(Flag(FlagCodes.MissingPause, FlagSeverity.Fault, top, options.MissingPauseRatio * prescribed,
                        $"Rep {k + 1} held the top for {top:0.0} s where {Describe(prescribed, policy.TopHoldS is null)} is prescribed."));
            }

            if (policy is { DeadStopAtBottom: true } && k > 0 && BottomHold(k - 1) is { } stop && stop < options.DeadStopS)
                flags.Add(Flag(FlagCodes.NoDeadStop, FlagSeverity.Fault, stop, options.DeadStopS,
                    $"Rep {k + 1} started {stop:0.0} s after the previous one came down: no dead stop on the floor."));

            if (rangeRatio < options.PartialRangeRatio)
                flags.Add(Flag(FlagCodes.PartialRep, FlagSeverity.Fault, rangeRatio, options.PartialRangeRatio,
                    $"Rep {k + 1} covered {rangeRatio:P0} of the set's typical range: a partial rep."));

            var phases = new List<RepPhase>(4);
            var (firstKind, holdKind, secondKind, pauseKind) = concentricFirst
                ? (PhaseKind.Concentric, PhaseKind.TopHold, PhaseKind.Eccentric, PhaseKind.BottomHold)
                : (PhaseKind.Eccentric, PhaseKind.BottomHold, PhaseKind.Concentric, PhaseKind.TopHold);
            phases.Add(new RepPhase(firstKind, T(m.MoveStart), T(m.HoldStart)));
            if (m.HoldEnd > m.HoldStart) phases.Add(new RepPhase(holdKind, T(m.HoldStart), T(m.HoldEnd)));
            phases.Add(new RepPhase(secondKind, T(m.HoldEnd), T(m.MoveEnd)));
            if (pause[k] is > 0) phases.Add(new RepPhase(pauseKind, T(m.MoveEnd), T(m.MoveEnd) + pause[k]!.Value));

            timed.Add(new RepTempo(reps[k], T(m.MoveStart), (T(m.HoldStart) + T(m.HoldEnd)) / 2, T(m.MoveEnd),
                concentric[k], TopHold(k), eccentric[k], BottomHold(k), phases,
                Math.Round(rangeRatio, 3), Math.Round(effortRatio, 3), flags));
        }

        // Set-level numbers by the one definition the simulator's truth also uses.
        var durations = timed.Select(r => r.EndS - r.StartS).ToArray();
        double? slowdown = SetTempoSummary.SlowdownPct(durations);
        var setFlags = new List<TempoFlag>();
        if (slowdown is { } pct && pct >= options.TempoDriftPct)
            setFlags.Add(Flag(FlagCodes.TempoDrift, FlagSeverity.Info, pct, options.TempoDriftPct,
                $"The last reps took {pct:0}% longer than the first: the set slowed sharply, near failure."));
        return new SetTempo(set.Index, source, concentricFirst, timed, setFlags);
    }

    private static TempoFlag Flag(string code, FlagSeverity severity, double measured, double threshold, string message) =>
        new(code, severity, message, Math.Round(measured, 3), Math.Round(threshold, 3));

    /// <summary>Momentum is a fault unless the policy allows it (body English, explosive lifts) or it falls in the
    /// last reps of a set where the articles accept "contained cheat reps".</summary>
    private static FlagSeverity MomentumSeverity(TempoPolicy? policy, int k, int n) => policy?.Momentum switch
    {
        MomentumPolicy.Allowed or MomentumPolicy.Explosive => FlagSeverity.Info,
        MomentumPolicy.Neutral when k >= n - policy.LateSetCheatReps => FlagSeverity.Info,
        _ => FlagSeverity.Fault,
    };

    private static string MomentumNote(TempoPolicy? policy, int k, int n) => policy?.Momentum switch
    {
        MomentumPolicy.Allowed => " (body English is part of this exercise)",
        MomentumPolicy.Explosive => " (this exercise is explosive by design)",
        MomentumPolicy.Neutral when k >= n - policy.LateSetCheatReps => " (a late-set cheat rep)",
        MomentumPolicy.Strict => " (this exercise is done strictly)",
        _ => "",
    };

    private static string Describe(double seconds, bool unstated) =>
        unstated ? "a pause" : $"a {seconds.ToString("0.#", CultureInfo.InvariantCulture)} s hold";

}
