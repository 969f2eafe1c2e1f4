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
        var reps = set.Reps.Select((rep, i) => RepReportOf(rep, i > 0 ? set.Reps[i - 1] : null, concentricFirst, set.Plan, set.Reps.Count))
                           .ToList();
        IReadOnlyList<FlagReport>? flags = set.Plan.FatiguePct > 0
            ? [new FlagReport(FlagCodes.TempoDrift, Severity,
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

    private static RepReport RepReportOf(ScheduledRep rep, ScheduledRep? previous, bool concentricFirst, SetPlan plan, int repsInSet)
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
            Flags: FlagsOf(rep, previous, plan, repsInSet, concentric, eccentric));
    }

    /// <summary>The rep's deliberate faults as the analysis names them. Where every rep starts from a dead stop (the
    /// policy's <see cref="TempoPolicy.DeadStopAtBottom"/>), the pause at the bottom that a rep skips is the next rep's
    /// fault — it started without the stop — while a skipped pause at the top stays the rep's own.</summary>
    private static IReadOnlyList<FlagReport>? FlagsOf(ScheduledRep rep, ScheduledRep? previous, SetPlan plan, int repsInSet,
                                                     double concentricS, double eccentricS)
    {
        var flags = new List<FlagReport>();
        var f = rep.Faults;
        var tempo = plan.Tempo;
        bool deadStop = plan.Exercise.Profile.Tempo.DeadStopAtBottom;
        if (f.HasFlag(RepFaults.Momentum) && MomentumSeverity(plan.Exercise.Profile.Tempo, rep.Index, repsInSet) is { } severity)
            flags.Add(new FlagReport(FlagCodes.Momentum, severity,
                $"A swing started the concentric ({concentricS:0.00} s against {plan.Tempo.ConcentricS:0.#} s planned)."));
        if (f.HasFlag(RepFaults.RushedEccentric))
            flags.Add(new FlagReport(FlagCodes.RushedEccentric, Severity,
                $"The eccentric was dropped ({eccentricS:0.00} s against {plan.Tempo.EccentricS:0.#} s planned)."));
        if (f.HasFlag(RepFaults.MissingPause) && (!deadStop || tempo.TopPauseS >= SimulationPlan.SkippablePauseS))
            flags.Add(new FlagReport(FlagCodes.MissingPause, Severity, $"The pause the tempo {tempo} asks for was skipped."));
        if (deadStop && previous is not null && previous.Faults.HasFlag(RepFaults.MissingPause)
            && tempo.BottomPauseS >= SimulationPlan.SkippablePauseS)
            flags.Add(new FlagReport(FlagCodes.NoDeadStop, Severity,
                $"The rep started without the dead stop the tempo {tempo} asks for: the previous rep skipped its pause on the floor."));
        if (f.HasFlag(RepFaults.PartialRange))
            flags.Add(new FlagReport(FlagCodes.PartialRep, Severity, $"The rep covered {rep.RangeScale * 100:0} % of the full range."));
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
