using RepSense.Analysis.Exercises;
using RepSense.Analysis.Signal;
using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Validation;

/// <summary>The figures of the tempo evaluation, once with the exercise given to the analysis and once without.</summary>
/// <param name="Cases">Simulated recordings.</param>
/// <param name="Known">The analysis told the exercise.</param>
/// <param name="Unknown">The analysis not told the exercise.</param>
public sealed record TempoEvalSummary(int Cases, TempoModeSummary Known, TempoModeSummary Unknown)
{
    /// <summary>The target for phase boundaries: error at most this share of the rep's duration.</summary>
    public const double BoundaryTarget = 0.08;

    /// <summary>The target for the momentum, rushed-eccentric and partial-rep flags' precision and recall.</summary>
    public const double FlagTarget = 0.9;

    /// <summary>The flag codes with a precision and recall target.</summary>
    public static IReadOnlyList<string> TargetCodes { get; } = [FlagCodes.Momentum, FlagCodes.RushedEccentric, FlagCodes.PartialRep];

    public static TempoEvalSummary From(IReadOnlyList<TempoCaseOutcome> outcomes)
    {
        int cases = outcomes.Select(o => o.Case).Distinct().Count();
        return new TempoEvalSummary(cases,
            TempoModeSummary.From(outcomes.Where(o => o.ExerciseKnown).ToList()),
            TempoModeSummary.From(outcomes.Where(o => !o.ExerciseKnown).ToList()));
    }
}

/// <summary>The figures of one way of running the analysis.</summary>
/// <param name="Sets">Performed sets (one per recording).</param>
/// <param name="Compared">Sets counted right, whose reps were compared one to one.</param>
/// <param name="Miscounted">Sets found with the wrong number of reps (left out of the comparisons).</param>
/// <param name="Misaligned">Sets found with the right number of reps that are not the performed ones (left out).</param>
/// <param name="Missed">Sets not found at all (left out).</param>
/// <param name="CountingErrors">The miscounted and misaligned sets by kind of counting error (kebab-case
/// <see cref="CountingError"/> names; a set may show several kinds).</param>
/// <param name="Boundaries">Error of each boundary, and of all together ("all").</param>
/// <param name="BoundariesBySensor">Error of all boundaries together, for recordings with a gyroscope ("acc+gyro")
/// and without ("acc only").</param>
/// <param name="Flags">Precision and recall of each flag code.</param>
/// <param name="CleanSets">Recordings of clean sets (every one, whatever its count).</param>
/// <param name="CleanSetsWithFaults">Clean recordings on which the analysis raised a fault flag.</param>
/// <param name="FaultFlagsOnCleanSets">Fault flags raised on clean recordings, by code.</param>
/// <param name="CleanSetsCompared">Clean recordings whose set was counted right (the reps the tempo analysis
/// judged are the reps performed).</param>
/// <param name="FaultFlagsOnComparedCleanSets">Fault flags raised on those, by code.</param>
/// <param name="FalseFaults">Each fault flag raised on those, with its recording and numbers (to find why it fired).</param>
/// <param name="ConcentricSideRightPct">Compared sets whose concentric half the analysis got right, percent.</param>
/// <param name="SlowdownErrorMedianPct">Median absolute error of the set's slow-down, percentage points.</param>
public sealed record TempoModeSummary(
    int Sets,
    int Compared,
    int Miscounted,
    int Misaligned,
    int Missed,
    IReadOnlyDictionary<string, int> CountingErrors,
    IReadOnlyList<BoundaryStats> Boundaries,
    IReadOnlyList<BoundaryStats> BoundariesBySensor,
    IReadOnlyList<FlagScore> Flags,
    int CleanSets,
    int CleanSetsWithFaults,
    IReadOnlyDictionary<string, int> FaultFlagsOnCleanSets,
    int CleanSetsCompared,
    IReadOnlyDictionary<string, int> FaultFlagsOnComparedCleanSets,
    IReadOnlyList<FalseFault> FalseFaults,
    double ConcentricSideRightPct,
    double SlowdownErrorMedianPct)
{
    public static TempoModeSummary From(IReadOnlyList<TempoCaseOutcome> outcomes)
    {
        var compared = outcomes.Where(o => o.Compared).ToList();
        var errors = compared.SelectMany(o => o.Boundaries).ToList();
        var boundaries = Enum.GetValues<TempoBoundary>()
            .Select(b => BoundaryStats.Of(b.ToString(), errors.Where(e => e.Boundary == b).Select(e => e.ErrorShare)))
            .Append(BoundaryStats.Of("all", errors.Select(e => e.ErrorShare)))
            .ToList();
        var matches = compared.SelectMany(o => o.Flags).ToList();
        var codes = new[] { FlagCodes.Momentum, FlagCodes.RushedEccentric, FlagCodes.PartialRep, FlagCodes.MissingPause,
                            FlagCodes.NoDeadStop, FlagCodes.TempoDrift };
        var flags = codes.Select(c => FlagScore.Of(c, matches.Where(m => m.Code == c))).ToList();
        var bySensor = new[] { (true, "acc+gyro"), (false, "acc only") }
            .Select(x => BoundaryStats.Of(x.Item2, compared.Where(o => o.Case.Gyroscope == x.Item1)
                                                           .SelectMany(o => o.Boundaries).Select(e => e.ErrorShare)))
            .ToList();
        var clean = outcomes.Where(o => o.Case.Scenario == TempoScenario.Clean).ToList();
        var cleanCompared = clean.Where(o => o.Compared).ToList();
        var sides = compared.Where(o => o.ConcentricFirstRight is not null).ToList();
        var slowdown = compared.Where(o => o.SlowdownErrorPct is not null).Select(o => Math.Abs(o.SlowdownErrorPct!.Value)).ToArray();
        return new TempoModeSummary(
            outcomes.Count, compared.Count,
            outcomes.Count(o => o.Exclusion == TempoExclusion.Miscounted),
            outcomes.Count(o => o.Exclusion == TempoExclusion.Misaligned),
            outcomes.Count(o => o.Exclusion == TempoExclusion.Missed),
            ByKind(outcomes),
            boundaries, bySensor, flags, clean.Count, clean.Count(o => o.FaultFlags.Count > 0), ByCode(clean),
            cleanCompared.Count, ByCode(cleanCompared), FalseFault.On(cleanCompared),
            sides.Count == 0 ? double.NaN : Math.Round(100.0 * sides.Count(o => o.ConcentricFirstRight == true) / sides.Count, 1),
            slowdown.Length == 0 ? double.NaN : Math.Round(Stats.Median(slowdown), 1));
    }

    private static IReadOnlyDictionary<string, int> ByKind(IEnumerable<TempoCaseOutcome> outcomes) =>
        outcomes.SelectMany(o => o.CountingErrors).GroupBy(k => k).OrderBy(g => g.Key)
                .ToDictionary(g => KebabEnum.ToKebab(g.Key), g => g.Count());

    private static IReadOnlyDictionary<string, int> ByCode(IEnumerable<TempoCaseOutcome> outcomes) =>
        outcomes.SelectMany(o => o.FaultFlags).GroupBy(f => f.Code)
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>A fault flag on a clean set: the recording, the flag and its numbers.</summary>
/// <param name="Case">The recording (exercise, tempo, rate, sensors, seed).</param>
/// <param name="Code">The flag code.</param>
/// <param name="Measured">The number the flag's test measured.</param>
/// <param name="Threshold">The threshold it passed.</param>
/// <param name="Message">The flag's message (names the rep).</param>
public sealed record FalseFault(string Case, string Code, double? Measured, double? Threshold, string Message)
{
    public static IReadOnlyList<FalseFault> On(IEnumerable<TempoCaseOutcome> cleanOutcomes) =>
        cleanOutcomes.SelectMany(o => o.FaultFlags.Select(f => new FalseFault(o.Case.ToString(), f.Code, f.Measured, f.Threshold, f.Message)))
                     .ToList();
}

/// <summary>A boundary's absolute error over all compared reps, as shares of the rep's duration.</summary>
/// <param name="Boundary">The boundary, or "all".</param>
/// <param name="Count">Rep boundaries compared.</param>
/// <param name="Median">Median absolute error.</param>
/// <param name="P90">90th percentile of the absolute error.</param>
/// <param name="WithinTarget">Share of errors within <see cref="TempoEvalSummary.BoundaryTarget"/>.</param>
/// <param name="Bias">Median signed error (analysis minus truth): a systematic early or late placement.</param>
public sealed record BoundaryStats(string Boundary, int Count, double Median, double P90, double WithinTarget, double Bias)
{
    public static BoundaryStats Of(string boundary, IEnumerable<double> signedErrors)
    {
        var signed = signedErrors.ToArray();
        var abs = signed.Select(Math.Abs).ToArray();
        if (abs.Length == 0) return new BoundaryStats(boundary, 0, double.NaN, double.NaN, double.NaN, double.NaN);
        return new BoundaryStats(boundary, abs.Length, Math.Round(Stats.Median(abs), 4), Math.Round(Stats.Quantile(abs, 0.9), 4),
            Math.Round((double)abs.Count(e => e <= TempoEvalSummary.BoundaryTarget) / abs.Length, 4), Math.Round(Stats.Median(signed), 4));
    }
}

/// <summary>How well one flag code matches the truth, rep by rep (set by set for set flags).</summary>
/// <param name="Code">The flag code.</param>
/// <param name="TruePositives">Flagged where the truth has it.</param>
/// <param name="FalsePositives">Flagged where the truth does not have it.</param>
/// <param name="FalseNegatives">In the truth but not flagged.</param>
/// <param name="Precision">TP / (TP + FP); NaN without flags.</param>
/// <param name="Recall">TP / (TP + FN); NaN without truth.</param>
public sealed record FlagScore(string Code, int TruePositives, int FalsePositives, int FalseNegatives, double Precision, double Recall)
{
    public static FlagScore Of(string code, IEnumerable<FlagMatch> matches)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var m in matches)
            if (m.InTruth && m.Found) tp++;
            else if (m.Found) fp++;
            else if (m.InTruth) fn++;
        return new FlagScore(code, tp, fp, fn,
            tp + fp == 0 ? double.NaN : Math.Round((double)tp / (tp + fp), 4),
            tp + fn == 0 ? double.NaN : Math.Round((double)tp / (tp + fn), 4));
    }
}
