using RepSense.Analysis.Exercises;
using RepSense.Analysis.Reports;
using RepSense.Analysis.Tempo;
using RepSense.Ingest.Writers;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// Writes what was performed as an <see cref="AnalysisReport"/>, the shape <c>repsense analyze --json</c> prints, so
/// a result and its truth compare field by field. Phases follow the rep anatomy (concentric and eccentric by the
/// exercise's direction; the pause after the last rep is null); flags carry the deliberate faults with severity
/// "fault", except a momentum rep the exercise's tempo policy tolerates (see <see cref="MomentumSeverity"/>); a set
/// with fatigue carries a set-level "tempo-drift" flag.
/// </summary>
internal static class TruthBuilder
{
    public const string Severity = "fault";
    public const string Info = "info";

    public static AnalysisReport Build(IReadOnlyList<ScheduledSet> sets, RecorderTracks tracks)
    {
        var reports = sets.Select(SetReportOf).ToList();
        double durationS = Math.Round(tracks.Accelerometer[^1].TimeS - tracks.Accelerometer[0].TimeS, 3);
        return new AnalysisReport(
            File: "",
            Format: "",
            SampleRateHz: tracks.AccelerometerRate.Hertz,
            DurationS: durationS,
            TotalReps: reports.Sum(s => s.Reps),
            Sets: reports);
    }

    private static SetReport SetReportOf(ScheduledSet set)
    {
        bool concentricFirst = set.Plan.Exercise.Model.ConcentricFirst;
        var reps = set.Reps.Select(rep => RepReportOf(rep, concentricFirst, set.Plan, set.Reps.Count)).ToList();
        IReadOnlyList<FlagReport>? flags = set.Plan.FatiguePct > 0
            ? [new FlagReport("tempo-drift", Severity,
                $"Reps slowed through the set (the last concentric planned {set.Plan.FatiguePct:0.#} % longer than the first).")]
            : null;
        return new SetReport(
            Index: set.Index,
            StartS: set.StartMs / 1000.0,
            EndS: set.EndMs / 1000.0,
            Reps: reps.Count,
            Exercise: set.Plan.Exercise.Name,
            RepDetails: reps,
            Tempo: SetTempoSummary.TypicalTempo(reps),
            TimeUnderTensionS: SetTempoSummary.TimeUnderTensionS(reps),
            SlowdownPct: SetTempoSummary.SlowdownPct(reps),
            Flags: flags);
    }

    private static RepReport RepReportOf(ScheduledRep rep, bool concentricFirst, SetPlan plan, int repsInSet)
    {
        double first = rep.FirstHalfMs / 1000.0, hold = rep.TurnHoldMs / 1000.0, second = rep.SecondHalfMs / 1000.0;
        double? pause = rep.PauseAfterMs / 1000.0;
        var (concentric, eccentric) = concentricFirst ? (first, second) : (second, first);
        var (top, bottom) = concentricFirst ? ((double?)hold, pause) : (pause, (double?)hold);
        return new RepReport(
            Index: rep.Index,
            StartS: rep.StartMs / 1000.0,
            TurnS: rep.TurnS,
            EndS: rep.EndMs / 1000.0,
            ConcentricS: concentric,
            TopHoldS: top,
            EccentricS: eccentric,
            BottomHoldS: bottom,
            Flags: FlagsOf(rep, plan, repsInSet, concentric, eccentric));
    }

    private static IReadOnlyList<FlagReport>? FlagsOf(ScheduledRep rep, SetPlan plan, int repsInSet, double concentricS, double eccentricS)
    {
        var flags = new List<FlagReport>();
        var f = rep.Faults;
        if (f.HasFlag(RepFaults.Momentum) && MomentumSeverity(plan.Exercise.Profile.Tempo, rep.Index, repsInSet) is { } severity)
            flags.Add(new FlagReport("momentum", severity,
                $"A swing started the concentric ({concentricS:0.00} s against {plan.Tempo.ConcentricS:0.#} s planned)."));
        if (f.HasFlag(RepFaults.RushedEccentric))
            flags.Add(new FlagReport("rushed-eccentric", Severity,
                $"The eccentric was dropped ({eccentricS:0.00} s against {plan.Tempo.EccentricS:0.#} s planned)."));
        if (f.HasFlag(RepFaults.MissingPause))
            flags.Add(new FlagReport("missing-pause", Severity, $"The pause the tempo {plan.Tempo} asks for was skipped."));
        if (f.HasFlag(RepFaults.PartialRange))
            flags.Add(new FlagReport("partial-rep", Severity, $"The rep covered {rep.RangeScale * 100:0} % of the full range."));
        return flags.Count > 0 ? flags : null;
    }

    /// <summary>How the catalog's momentum policy judges a momentum rep: a fault under a strict policy; under a
    /// neutral one a fault except in the set's last <see cref="TempoPolicy.LateSetCheatReps"/> reps ("contained cheat
    /// reps"), where it is info; info where body English is part of the exercise; no flag at all for explosive
    /// lifts, where the drive is the point.</summary>
    internal static string? MomentumSeverity(TempoPolicy policy, int repIndex, int repsInSet) => policy.Momentum switch
    {
        MomentumPolicy.Strict => Severity,
        MomentumPolicy.Neutral => repIndex > repsInSet - policy.LateSetCheatReps ? Info : Severity,
        MomentumPolicy.Allowed => Info,
        _ => null,
    };
}
