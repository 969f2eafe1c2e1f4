using RepSense.Analysis.Reports;
using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Recordings;

/// <summary>
/// Merges an analysed recording into a day's sets of one exercise, without touching the database: the n-th
/// detected set fills the n-th set of that exercise that has no recording yet (planned or logged by hand, in
/// position order), and detected sets beyond those are new sets. Logged and counted reps are both kept; a
/// difference is reported, not resolved.
/// </summary>
public static class SessionMerge
{
    /// <param name="existing">The day's sets of the exercise, in position order.</param>
    /// <param name="report">The recording's analysis.</param>
    /// <param name="weight">The weight given to the import.</param>
    public static MergePlan Plan(IReadOnlyList<LoggedSet> existing, AnalysisReport report, Weight weight)
    {
        var detected = report.Sets.OrderBy(s => s.Index).Select(DetectedSet.From).ToList();
        var open = existing.Where(s => s.RecordingId is null).OrderBy(s => s.Position).ToList();

        var fills = new List<SetFill>();
        var repDisagreements = new List<RepDisagreement>();
        var weightDisagreements = new List<WeightDisagreement>();
        int pairs = Math.Min(open.Count, detected.Count);
        for (int i = 0; i < pairs; i++)
        {
            var set = open[i];
            var found = detected[i];
            bool logged = set.Status == SetStatus.Done;
            var keptWeight = logged && set.Weight is { } loggedWeight ? loggedWeight : weight;
            if (logged && set.Weight is { } w && !SameWeight(w, weight))
                weightDisagreements.Add(new WeightDisagreement(set.Position, w, weight));
            if (set.LoggedReps is { } reps && reps != found.CountedReps)
                repDisagreements.Add(new RepDisagreement(set.Position, reps, found.CountedReps));
            fills.Add(new SetFill(set, found, keptWeight));
        }
        return new MergePlan(fills, detected.Skip(pairs).ToList(), repDisagreements, weightDisagreements);
    }

    private static bool SameWeight(Weight a, Weight b) => Math.Abs(a.ToKg() - b.ToKg()) < 0.01;
}
