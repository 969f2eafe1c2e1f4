using System.Globalization;
using RepSense.Analysis.Validation;
using Spectre.Console;

namespace RepSense.Cli.Commands.Eval;

/// <summary>The tables <c>repsense eval --simulated</c> prints without --json: for the analysis with the exercise
/// given and without it, the sets compared, the phase boundaries' errors, the flags' precision and recall, and the
/// fault flags on clean sets.</summary>
internal static class SimulatedEvalTable
{
    public static void Write(TempoEvalSummary summary, IAnsiConsole console)
    {
        console.WriteLine($"{summary.Cases} simulated recordings, one set each; targets: boundary error ≤ " +
                          $"{Pct(TempoEvalSummary.BoundaryTarget)} of the rep, flag precision and recall ≥ " +
                          $"{TempoEvalSummary.FlagTarget.ToString("0.0#", CultureInfo.InvariantCulture)} " +
                          $"({string.Join(", ", TempoEvalSummary.TargetCodes)}), no fault flag on a clean set.");
        Mode(console, "exercise given", summary.Known);
        Mode(console, "exercise not given (concentric half from the signal)", summary.Unknown);
    }

    private static void Mode(IAnsiConsole console, string title, TempoModeSummary m)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        console.WriteLine($"sets {m.Sets}: compared {m.Compared}; left out: miscounted {m.Miscounted}, counted right but " +
                          $"misaligned {m.Misaligned}, missed {m.Missed}; " +
                          $"concentric half right in {F(m.ConcentricSideRightPct, "0.0")} %; slow-down error median " +
                          $"{F(m.SlowdownErrorMedianPct, "0.0")} points.");
        console.WriteLine($"counting errors in the sets left out (a set may show several): {Codes(m.CountingErrors)}.");

        var boundaries = new Table { Border = TableBorder.Rounded, Title = new TableTitle("phase boundaries (error / rep duration)") };
        foreach (var c in new[] { "boundary", "n", "median", "p90", "within 8 %", "bias" }) boundaries.AddColumn(c);
        foreach (var b in m.Boundaries.Concat(m.BoundariesBySensor))
            boundaries.AddRow(b.Boundary, b.Count.ToString(CultureInfo.InvariantCulture), Pct(b.Median), Pct(b.P90),
                              Pct(b.WithinTarget), Pct(b.Bias));
        console.Write(boundaries);

        var flags = new Table { Border = TableBorder.Rounded, Title = new TableTitle("flags (matched by rep)") };
        foreach (var c in new[] { "code", "TP", "FP", "FN", "precision", "recall" }) flags.AddColumn(c);
        foreach (var f in m.Flags)
            flags.AddRow(f.Code, I(f.TruePositives), I(f.FalsePositives), I(f.FalseNegatives), F(f.Precision, "0.000"), F(f.Recall, "0.000"));
        console.Write(flags);

        console.WriteLine($"clean sets counted right: {m.CleanSetsCompared}, fault flags on them: {Codes(m.FaultFlagsOnComparedCleanSets)}; " +
                          $"all clean sets: {m.CleanSets}, with a fault flag: {m.CleanSetsWithFaults} ({Codes(m.FaultFlagsOnCleanSets)}).");
        foreach (var f in m.FalseFaults)
            console.WriteLine($"  {f.Case}: {f.Code} {F(f.Measured ?? double.NaN, "0.###")} against {F(f.Threshold ?? double.NaN, "0.###")}: {f.Message}");
    }

    private static string Codes(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}"));

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string F(double v, string format) => double.IsNaN(v) ? "-" : v.ToString(format, CultureInfo.InvariantCulture);
    private static string Pct(double share) => double.IsNaN(share) ? "-" : (100 * share).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
