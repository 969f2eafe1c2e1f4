using System.CommandLine;
using System.Globalization;
using RepSense.Cli.Reports;

namespace RepSense.Cli.Commands.Plot;

/// <summary>Writes two SVG files per set and prints their paths, one per line, in set order.</summary>
internal sealed class PlotCommand(CliContext context, ReportAnalyzer analyze)
{
    /// <summary>The file names of set <paramref name="setIndex"/>'s plots (two digits keep them in order up to 99 sets).</summary>
    public static (string Signal, string Phases) FileNames(int setIndex)
    {
        string stem = "set-" + setIndex.ToString("00", CultureInfo.InvariantCulture);
        return (stem + "-signal.svg", stem + "-phases.svg");
    }

    public int Run(ParseResult parse)
    {
        string recording = parse.GetRequiredValue(CommonOptions.Recording);
        string folder = parse.GetRequiredValue(PlotCommandDefinition.Output);
        var analysis = analyze(recording, Analyze.CliAnalysis.Options(parse));
        ReadingWarnings.Tell(context.Error, analysis.Warnings);
        OutputPaths.EnsureFolder(folder);

        if (analysis.Report.Sets.Count == 0)
        {
            context.Error.WriteLine($"repsense: no sets were found in {recording}; nothing to plot.");
            return (int)ExitCode.Success;
        }
        foreach (var set in analysis.Report.Sets)
        {
            var (signalName, phasesName) = FileNames(set.Index);
            string signalPath = Path.Combine(folder, signalName), phasesPath = Path.Combine(folder, phasesName);
            OutputPaths.Writing($"the plot {signalPath}",
                () => TempoPlots.SignalPlot(set, analysis.SignalOf(set)).SaveSvg(signalPath, TempoPlots.WidthPx, TempoPlots.SignalHeightPx));
            OutputPaths.Writing($"the plot {phasesPath}",
                () => TempoPlots.PhaseDurationPlot(set).SaveSvg(phasesPath, TempoPlots.WidthPx, TempoPlots.PhaseHeightPx));
            context.Output.WriteLine(signalPath);
            context.Output.WriteLine(phasesPath);
        }
        return (int)ExitCode.Success;
    }
}
