using System.CommandLine;
using RepSense.Cli.Commands.Inspect;

namespace RepSense.Cli;

/// <summary>Every verb of <c>repsense</c>, in help order. Each verb lives in Commands/&lt;Verb&gt;/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context)
    {
        yield return InspectCommandDefinition.Create(context);
        yield return Commands.Analyze.AnalyzeCommandDefinition.Create(context);
        yield return Commands.Eval.EvalCommandDefinition.Create(context);
        yield return Commands.Live.LiveCommandDefinition.Create(context);
        yield return Commands.Plot.PlotCommandDefinition.Create(context, Commands.Analyze.CliAnalysis.ForReports);
        yield return Commands.Report.ReportCommandDefinition.Create(context, Commands.Analyze.CliAnalysis.ForReports);
        yield return Commands.Import.ImportCommandDefinition.Create(context);
        yield return Commands.Log.LogCommandDefinition.Create(context);
        yield return Commands.History.HistoryCommandDefinition.Create(context);
        yield return Commands.Next.NextCommandDefinition.Create(context);
        yield return Commands.Volume.VolumeCommandDefinition.Create(context);
        yield return Commands.Simulate.SimulateCommandDefinition.Create(context);
    }
}
