using RepSense.Analysis.Streams;

namespace RepSense.Analysis.Reports;

/// <summary>Turns an analysis into the JSON report shape (<see cref="AnalysisReport"/>).</summary>
public static class AnalysisReportBuilder
{
    /// <param name="analysis">The analysis.</param>
    /// <param name="file">The recording's path as the user gave it.</param>
    /// <param name="format">The detected format's name.</param>
    /// <param name="exercise">Catalog name of the exercise, when the user named it.</param>
    public static AnalysisReport Build(SessionAnalysis analysis, string file, string format, string? exercise = null)
    {
        var sets = analysis.Sets.Select((s, i) => new SetReport(
            Index: i + 1,
            StartS: Round(s.StartS),
            EndS: Round(s.EndS),
            Reps: s.RepCount,
            Exercise: exercise,
            RepDetails: s.Reps.Select(r => new RepReport(r.Index, Round(r.StartS), Round(r.TurnS), Round(r.EndS))).ToList()))
            .ToList();
        return new AnalysisReport(file, format, Round(analysis.SampleRateHz), Round(analysis.DurationS),
                                  sets.Sum(s => s.Reps), sets);
    }

    // Reports carry milliseconds: the analysis clock is 50 ms, more digits would be noise.
    private static double Round(double v) => Math.Round(v, 3);
}
