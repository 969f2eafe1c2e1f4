using RepSense.Analysis.Reports;

namespace RepSense.Tests;

/// <summary>Hand-built analysis reports: sets of evenly spaced reps, some of them with a tempo flag.</summary>
internal static class SampleReports
{
    /// <summary>A report of sets with the given rep counts; <paramref name="faults"/> maps a set index (1-based) to
    /// the 1-based reps that carry a fault flag of <paramref name="code"/>.</summary>
    public static AnalysisReport Of(int[] reps, Dictionary<int, int[]>? faults = null, string code = "momentum", string? tempo = "2-0-1-0")
    {
        var sets = new List<SetReport>();
        double t = 5;
        for (int s = 0; s < reps.Length; s++)
        {
            var details = new List<RepReport>();
            double start = t;
            for (int r = 1; r <= reps[s]; r++)
            {
                bool fault = faults is not null && faults.TryGetValue(s + 1, out var bad) && bad.Contains(r);
                IReadOnlyList<FlagReport>? flags = fault ? [new FlagReport(code, "fault", $"{code} on rep {r}")] : null;
                details.Add(new RepReport(r, t, t + 1, t + 3, 1, 0, 2, 0, flags));
                t += 3;
            }
            sets.Add(new SetReport(s + 1, start, t, reps[s], "test", details, tempo, reps[s] * 3.0, 5));
            t += 90;
        }
        return new AnalysisReport("session.csv", "test", 50, t, reps.Sum(), sets);
    }
}
