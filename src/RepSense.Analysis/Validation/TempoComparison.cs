using RepSense.Analysis.Reports;

namespace RepSense.Analysis.Validation;

/// <summary>
/// Compares an analysis report with the simulator's truth, field by field (both are <see cref="AnalysisReport"/>s).
/// The detected set that overlaps the performed set most is its match; its reps are compared one to one, by index,
/// only when the count is right and they are the performed reps (no <see cref="CountingError"/>).
/// </summary>
public static class TempoComparison
{
    public static TempoCaseOutcome Compare(TempoEvalCase evalCase, AnalysisReport truth, AnalysisReport analysis, bool exerciseKnown)
    {
        var performed = truth.Sets.Single();
        var faultFlags = analysis.Sets
            .SelectMany(s => (s.Flags ?? []).Concat(s.RepDetails.SelectMany(r => r.Flags ?? [])))
            .Where(f => f.Severity == "fault").ToList();
        var match = analysis.Sets
            .Select(s => (Set: s, Overlap: Math.Min(s.EndS, performed.EndS) - Math.Max(s.StartS, performed.StartS)))
            .Where(x => x.Overlap > 0).OrderByDescending(x => x.Overlap).Select(x => x.Set).FirstOrDefault();
        var exclusion = match is null ? TempoExclusion.Missed
            : match.Reps != performed.Reps ? TempoExclusion.Miscounted
            : !Aligned(performed, match) ? TempoExclusion.Misaligned
            : (TempoExclusion?)null;
        if (match is null || exclusion is not null)
            return new TempoCaseOutcome(evalCase, exerciseKnown, performed.Reps, match?.Reps, exclusion, analysis.Sets.Count,
                                        [], [], faultFlags, null, null)
            {
                CountingErrors = CountingErrors.Of(performed, analysis.Sets),
            };

        bool truthFirst = RepBoundaries.StartsWithConcentric(performed);
        bool foundFirst = RepBoundaries.StartsWithConcentric(match);
        var boundaries = new List<BoundaryError>();
        for (int k = 0; k < performed.Reps; k++)
        {
            var t = performed.RepDetails[k];
            var a = match.RepDetails[k];
            double duration = t.EndS - t.StartS;
            foreach (var b in Enum.GetValues<TempoBoundary>())
                if (RepBoundaries.At(t, truthFirst, b) is { } tb && RepBoundaries.At(a, foundFirst, b) is { } ab)
                    boundaries.Add(new BoundaryError(b, k + 1, (ab - tb) / duration));
        }

        var flags = new List<FlagMatch>();
        for (int k = 0; k < performed.Reps; k++)
            flags.AddRange(Match(performed.RepDetails[k].Flags, match.RepDetails[k].Flags, k + 1));
        flags.AddRange(Match(performed.Flags, match.Flags, 0));

        double? slowdownError = match.SlowdownPct - performed.SlowdownPct;
        return new TempoCaseOutcome(evalCase, exerciseKnown, performed.Reps, match.Reps, null, analysis.Sets.Count,
                                    boundaries, flags, faultFlags, truthFirst == foundFirst, slowdownError);
    }

    /// <summary>Whether the counted reps are the performed ones: by the same test that names the counting errors, every
    /// performed rep has a counted turn near its own and no counted turn lies nearer a rep's start or end than its
    /// turn (the wrong end of the swing taken for rest puts every turn about half a rep off).</summary>
    private static bool Aligned(SetReport performed, SetReport counted) => CountingErrors.Of(performed, [counted]).Count == 0;

    private static IEnumerable<FlagMatch> Match(IReadOnlyList<FlagReport>? truth, IReadOnlyList<FlagReport>? found, int rep)
    {
        var codes = (truth ?? []).Select(f => f.Code).Concat((found ?? []).Select(f => f.Code)).Distinct();
        foreach (var code in codes)
        {
            var flag = found?.FirstOrDefault(f => f.Code == code);
            yield return new FlagMatch(code, rep, truth?.Any(f => f.Code == code) == true, flag is not null, flag?.Severity);
        }
    }
}
