using RepSense.Analysis.Exercises;
using RepSense.Analysis.Streams;
using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Reports;

/// <summary>Turns an analysis into the JSON report shape (<see cref="AnalysisReport"/>), with each set's tempo.</summary>
public static class AnalysisReportBuilder
{
    /// <param name="analysis">The analysis.</param>
    /// <param name="file">The recording's path as the user gave it.</param>
    /// <param name="format">The detected format's name.</param>
    /// <param name="exercise">The exercise, when the user named it: its catalog name goes into the report and its
    /// tempo policy judges the flags.</param>
    /// <param name="tempo">The tempo analysis' thresholds (default <see cref="TempoOptions.Default"/>).</param>
    public static AnalysisReport Build(SessionAnalysis analysis, string file, string format, ExerciseProfile? exercise = null,
                                       TempoOptions? tempo = null) =>
        Build(analysis, analysis.Sets.Select((s, i) => Set(i + 1, s, exercise, tempo)).ToList(), file, format);

    /// <summary>The report of an analysis whose sets were reported one by one with <see cref="Set"/> as they ended
    /// (their signals need not be kept until the end).</summary>
    public static AnalysisReport Build(SessionAnalysis analysis, IReadOnlyList<SetReport> sets, string file, string format) =>
        new(file, format, Round(analysis.SampleRateHz), Round(analysis.DurationS), sets.Sum(s => s.Reps), sets);

    /// <summary>One set's report, with its tempo: needs the set's signals.</summary>
    /// <param name="index">The set's 1-based position in the recording.</param>
    /// <param name="set">The set, with its signals.</param>
    /// <param name="exercise">The exercise, when the user named it.</param>
    /// <param name="options">The tempo analysis' thresholds (default <see cref="TempoOptions.Default"/>).</param>
    public static SetReport Set(int index, Sets.SetSegment set, ExerciseProfile? exercise, TempoOptions? options = null)
    {
        var tempo = TempoAnalyzer.Analyze(set, exercise, options);
        var reps = tempo.Reps.Select(r => new RepReport(
            r.Index, Round(r.StartS), Round(r.TurnS), Round(r.EndS),
            Round(r.ConcentricS), Round(r.TopHoldS), Round(r.EccentricS), Round(r.BottomHoldS),
            r.Flags.Select(ToReport).ToList(),
            r.RangeOfMotion, r.PeakEffort, r.Counted.SecondHalfCut)).ToList();
        return new SetReport(index, reps.Count > 0 ? reps[0].StartS : Round(set.StartS), reps.Count > 0 ? reps[^1].EndS : Round(set.EndS),
            reps.Count, exercise?.Name, reps,
            SetTempoSummary.TypicalTempo(reps), SetTempoSummary.TimeUnderTensionS(reps), SetTempoSummary.SlowdownPct(reps),
            tempo.Flags.Select(ToReport).ToList(),
            tempo.ConcentricFrom == ConcentricSource.Exercise ? "exercise" : "signal");
    }

    private static FlagReport ToReport(TempoFlag f) =>
        new(f.Code, f.Severity == FlagSeverity.Fault ? "fault" : "info", f.Message, f.Measured, f.Threshold);

    // Reports carry milliseconds: the analysis clock is 50 ms, more digits would be noise.
    private static double Round(double v) => Math.Round(v, 3);
    private static double? Round(double? v) => v is { } x ? Math.Round(x, 3) : null;
}
