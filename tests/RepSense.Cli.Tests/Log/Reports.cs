using RepSense.Analysis.Reports;

namespace RepSense.Cli.Tests.Log;

/// <summary>Hand-built analysis reports: sets of evenly spaced reps, some with a fault flag.</summary>
internal static class Reports
{
    public static AnalysisReport Of(int[] reps, Dictionary<int, int[]>? faults = null, string code = "momentum")
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
                details.Add(new RepReport(r, t, t + 1, t + 3, Flags: fault ? [new FlagReport(code, "fault", code)] : null));
                t += 3;
            }
            sets.Add(new SetReport(s + 1, start, t, reps[s], null, details, "2-0-1-0"));
            t += 90;
        }
        return new AnalysisReport("session.csv", "test", 50, t, reps.Sum(), sets);
    }
}
