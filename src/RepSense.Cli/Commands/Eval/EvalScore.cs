using RepSense.Analysis.Validation;

namespace RepSense.Cli.Commands.Eval;

/// <summary>The outcome for one recording: its count, or why it could not be analysed; as live, what a live display
/// would have shown.</summary>
internal sealed record EvalOutcome(EvalItem Item, int? Counted, string? Failure, LiveDisplayScore? Live = null)
{
    /// <summary>Counted minus labelled; a recording that could not be analysed counts as 0 reps.</summary>
    public int Difference => (Counted ?? 0) - Item.TrueReps;
}

/// <summary>Accuracy over a group of recordings against a chosen truth.</summary>
/// <param name="Group">An exercise, or "overall".</param>
/// <param name="Sets">Recordings in the group.</param>
/// <param name="ExactPct">Share counted exactly, percent.</param>
/// <param name="WithinOnePct">Share within ±1 rep, percent.</param>
/// <param name="MeanAbsoluteError">Mean of |counted − truth|, reps.</param>
internal sealed record EvalScore(string Group, int Sets, double ExactPct, double WithinOnePct, double MeanAbsoluteError)
{
    public static EvalScore Of(string group, IReadOnlyCollection<(int Counted, int Truth)> pairs)
    {
        if (pairs.Count == 0) return new EvalScore(group, 0, double.NaN, double.NaN, double.NaN);
        int exact = pairs.Count(p => p.Counted == p.Truth);
        int within = pairs.Count(p => Math.Abs(p.Counted - p.Truth) <= 1);
        double mae = pairs.Average(p => Math.Abs(p.Counted - p.Truth));
        return new EvalScore(group, pairs.Count, Math.Round(100.0 * exact / pairs.Count, 1),
                             Math.Round(100.0 * within / pairs.Count, 1), Math.Round(mae, 2));
    }
}

/// <summary>
/// Everything <c>repsense eval</c> reports. Labelled sets whose label the audit marked suspect are left out of the
/// scores and listed apart. A second overall score uses the audit's eye count where there is one (the best truth
/// available), the label elsewhere. <see cref="Live"/> (with <c>--as-live</c> only) scores what a live display would
/// have shown, over every recording.
/// </summary>
internal sealed record EvalSummary(
    string Manifest,
    EvalScore Overall,
    EvalScore OverallAgainstAudit,
    IReadOnlyList<EvalScore> ByExercise,
    IReadOnlyList<EvalRow> Worst,
    IReadOnlyList<EvalRow> Suspect,
    IReadOnlyList<EvalRow> Failed,
    LiveDisplayScore? Live)
{
    public const int WorstShown = 10;

    public static EvalSummary From(string manifest, IReadOnlyList<EvalOutcome> outcomes)
    {
        var scored = outcomes.Where(o => !o.Item.IsSuspect).ToList();
        var pairs = scored.Select(o => (o.Counted ?? 0, o.Item.TrueReps)).ToList();
        var audit = scored.Select(o => (o.Counted ?? 0, o.Item.VisualReps ?? o.Item.TrueReps)).ToList();
        var byExercise = scored.GroupBy(o => o.Item.Exercise)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => EvalScore.Of(g.Key, g.Select(o => (o.Counted ?? 0, o.Item.TrueReps)).ToList()))
            .ToList();
        var worst = scored.Where(o => o.Difference != 0)
            .OrderByDescending(o => Math.Abs(o.Difference)).ThenBy(o => o.Item.File, StringComparer.Ordinal)
            .Take(WorstShown).Select(EvalRow.From).ToList();
        var suspect = outcomes.Where(o => o.Item.IsSuspect).OrderBy(o => o.Item.File, StringComparer.Ordinal).Select(EvalRow.From).ToList();
        var failed = outcomes.Where(o => o.Failure is not null).Select(EvalRow.From).ToList();
        // Every recording, suspect labels included: what the display showed does not depend on the label.
        var live = outcomes.Any(o => o.Live is not null)
            ? outcomes.Aggregate(LiveDisplayScore.None, (sum, o) => o.Live is { } l ? sum.Add(l) : sum)
            : null;
        return new EvalSummary(manifest, EvalScore.Of("overall", pairs), EvalScore.Of("overall, eye counts where audited", audit),
                               byExercise, worst, suspect, failed, live);
    }
}

/// <summary>One recording in the lists of the summary.</summary>
internal sealed record EvalRow(string File, string Exercise, int TrueReps, int? VisualReps, int? Counted, string? LabelCheck, string? Failure)
{
    public static EvalRow From(EvalOutcome o) =>
        new(o.Item.File, o.Item.Exercise, o.Item.TrueReps, o.Item.VisualReps, o.Counted, o.Item.LabelCheck, o.Failure);
}
