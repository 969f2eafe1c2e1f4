using System.Globalization;
using System.Runtime.InteropServices;
using RepSense.Analysis.Exercises;
using RepSense.Analysis.Signal;
using static System.FormattableString;

namespace RepSense.Analysis.Tempo;

/// <summary>
/// The tempo flags of one rep, from the set's <see cref="SetMeasures"/> and holds. Each rule detects a behaviour
/// from the signal alone; the exercise's policy (null when the exercise is unknown: neutral) adds what is prescribed
/// and decides the severity. Messages are invariant-culture sentences with the numbers behind the flag.
/// </summary>
internal sealed class TempoRules(SetMeasures measures, double?[] topHoldS, double?[] bottomHoldS, TempoPolicy? policy,
                                 TempoOptions options)
{
    private readonly int _reps = measures.ConcentricS.Length;
    private readonly double? _typicalTop = Typical(topHoldS);
    private readonly double? _typicalBottom = Typical(bottomHoldS);

    public List<TempoFlag> FlagsOf(int k)
    {
        var flags = new List<TempoFlag>();
        Momentum(k, flags);
        RushedEccentric(k, flags);
        Pauses(k, flags);
        PartialRep(k, flags);
        return flags;
    }

    /// <summary>A swing or jerk starts the lift: the concentric starts much more sharply than the reps around it
    /// (and than the jolt of a hard catch just before it explains), in a lift no slower than theirs.</summary>
    private void Momentum(int k, List<TempoFlag> flags)
    {
        double sharp = measures.StartingJerk[k], pace = Neighbours.Ratio(measures.ConcentricCoreS, k);
        if (sharp < options.MomentumJerkRatio || sharp < options.MomentumOverCatch * measures.CatchJerk[k]
            || pace > options.MomentumConcentricRatio)
            return;
        flags.Add(Flag(FlagCodes.Momentum, MomentumSeverity(k), sharp, options.MomentumJerkRatio,
            Invariant($"Rep {k + 1} started {sharp:0.0}× as sharply as the reps around it, its concentric taking {measures.ConcentricS[k]:0.0#} s: a swing or jerk, momentum{MomentumNote(k)}.")));
    }

    /// <summary>A rushed lowering is short — against the reps around it, or against the rep's own lift where the
    /// policy prescribes a slow, controlled one — and, dropped rather than lowered, stopped harder than theirs.</summary>
    private void RushedEccentric(int k, List<TempoFlag> flags)
    {
        double landed = Neighbours.Ratio(measures.Landing, k);
        if (landed < options.RushedLandingRatio) return;
        double eccentric = measures.EccentricS[k], concentric = measures.ConcentricS[k];
        bool controlled = policy?.ControlledEccentric == true;
        double againstLift = concentric > 0 ? eccentric / concentric : 1;
        double pace = Neighbours.Ratio(measures.EccentricS, k);
        if (controlled && againstLift < options.ControlledEccentricRatio)
            flags.Add(Flag(FlagCodes.RushedEccentric, FlagSeverity.Fault, againstLift, options.ControlledEccentricRatio,
                Invariant($"Rep {k + 1} lowered in {eccentric:0.0#} s, faster than its {concentric:0.0#} s lift ({againstLift:0.00} of its time) and stopped {landed:0.0}× as hard as the reps around it, where the lowering should be slow and controlled.")));
        else if (pace < options.RushedEccentricRatio)
            flags.Add(Flag(FlagCodes.RushedEccentric, controlled ? FlagSeverity.Fault : FlagSeverity.Info, pace, options.RushedEccentricRatio,
                Invariant($"Rep {k + 1} lowered in {eccentric:0.0#} s, {pace:0.00} of the time the reps around it took, and stopped {landed:0.0}× as hard: a rushed eccentric.")));
    }

    /// <summary>Holds: the prescribed pause at the top (a fault when missing), a dead stop before each rep where
    /// the policy asks for one, and otherwise a pause the set's reps make by choice and this one skipped (noted).</summary>
    private void Pauses(int k, List<TempoFlag> flags)
    {
        double? prescribed = policy is { PauseAtTop: true } ? policy.TopHoldS ?? options.DefaultPrescribedPauseS : null;
        if (topHoldS[k] is { } top && Missing(top, _typicalTop, prescribed) is { } t)
            flags.Add(Flag(FlagCodes.MissingPause, t.Prescribed ? FlagSeverity.Fault : FlagSeverity.Info, top, t.Threshold,
                t.Prescribed
                    ? Invariant($"Rep {k + 1} held the top for {top:0.0#} s where {Describe(t.Expected, policy!.TopHoldS is null)} is prescribed.")
                    : Invariant($"Rep {k + 1} held the top for {top:0.0#} s where the set's other reps pause {t.Expected:0.0#} s.")));

        if (policy is { DeadStopAtBottom: true })
        {
            if (k > 0 && bottomHoldS[k - 1] is { } stop && stop < options.DeadStopS)
                flags.Add(Flag(FlagCodes.NoDeadStop, FlagSeverity.Fault, stop, options.DeadStopS,
                    Invariant($"Rep {k + 1} started {stop:0.0#} s after the previous one came down: no dead stop on the floor.")));
        }
        else if (bottomHoldS[k] is { } bottom && Missing(bottom, _typicalBottom, null) is { } b)
            flags.Add(Flag(FlagCodes.MissingPause, FlagSeverity.Info, bottom, b.Threshold,
                Invariant($"Rep {k + 1} paused {bottom:0.0#} s at the bottom where the set's other reps pause {b.Expected:0.0#} s.")));
    }

    private void PartialRep(int k, List<TempoFlag> flags)
    {
        double range = measures.Range[k];
        if (range < options.PartialRangeRatio)
            flags.Add(Flag(FlagCodes.PartialRep, FlagSeverity.Fault, range, options.PartialRangeRatio,
                Invariant($"Rep {k + 1} covered {range:P0} of the set's typical range: a partial rep.")));
    }

    /// <summary>The flags on the set as a whole: tempo drift when its last reps took much longer than its first
    /// (<see cref="SetTempoSummary.SlowdownPct(ReadOnlySpan{double})"/>), a sign it went near failure; information,
    /// not a fault.</summary>
    public static List<TempoFlag> SetFlags(double? slowdownPct, TempoOptions options) =>
        slowdownPct is { } pct && pct >= options.TempoDriftPct
            ? [Flag(FlagCodes.TempoDrift, FlagSeverity.Info, pct, options.TempoDriftPct,
                Invariant($"The last reps took {pct:0}% longer than the first: the set slowed sharply, near failure."))]
            : [];

    /// <summary>Whether a hold is missing: shorter than its share of the prescribed pause (when the policy prescribes
    /// one) or, when it does not, of the pause the set's reps typically make (when they make one).</summary>
    private (bool Prescribed, double Expected, double Threshold)? Missing(double hold, double? typical, double? prescribed)
    {
        if (prescribed is { } p)
            return hold < options.MissingPauseRatio * p ? (true, p, options.MissingPauseRatio * p) : null;
        if (typical is { } t && t >= options.PausedHoldS && hold < options.MissingPauseRatio * t)
            return (false, t, options.MissingPauseRatio * t);
        return null;
    }

    /// <summary>The median of the holds that exist.</summary>
    private static double? Typical(double?[] holds)
    {
        var values = new List<double>(holds.Length);
        foreach (var h in holds) if (h is { } value) values.Add(value);
        return values.Count == 0 ? null : Stats.Median(CollectionsMarshal.AsSpan(values));
    }

    /// <summary>Momentum is a fault unless the policy allows it (body English, explosive lifts) or it falls in the
    /// last reps of a set where the articles accept "contained cheat reps".</summary>
    private FlagSeverity MomentumSeverity(int k) => policy?.Momentum switch
    {
        MomentumPolicy.Allowed or MomentumPolicy.Explosive => FlagSeverity.Info,
        MomentumPolicy.Neutral when k >= _reps - policy.LateSetCheatReps => FlagSeverity.Info,
        _ => FlagSeverity.Fault,
    };

    private string MomentumNote(int k) => policy?.Momentum switch
    {
        MomentumPolicy.Allowed => " (body English is part of this exercise)",
        MomentumPolicy.Explosive => " (this exercise is explosive by design)",
        MomentumPolicy.Neutral when k >= _reps - policy.LateSetCheatReps => " (a late-set cheat rep)",
        MomentumPolicy.Strict => " (this exercise is done strictly)",
        _ => "",
    };

    private static string Describe(double seconds, bool unstated) =>
        unstated ? "a pause" : $"a {seconds.ToString("0.#", CultureInfo.InvariantCulture)} s hold";

    public static TempoFlag Flag(string code, FlagSeverity severity, double measured, double threshold, string message) =>
        new(code, severity, message, Math.Round(measured, 3), Math.Round(threshold, 3));
}
