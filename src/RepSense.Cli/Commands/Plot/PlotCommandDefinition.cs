using System.CommandLine;
using RepSense.Cli.Reports;

namespace RepSense.Cli.Commands.Plot;

/// <summary><c>repsense plot &lt;recording&gt; -o DIR</c>: the tempo plots of every set as SVG files.</summary>
internal static class PlotCommandDefinition
{
    public const string Name = "plot";

    public static Option<string> Output { get; } = new("--output", "-o")
    {
        Description = "Folder to write the SVG files into (created if missing; existing plots are replaced).",
        Required = true,
    };

    public static Command Create(CliContext context, ReportAnalyzer analyze)
    {
        var command = new Command(Name,
            "Draw each set as SVG: the movement signal with rep boundaries, phases shaded by kind and flagged reps " +
            "labelled (set-NN-signal.svg), and the phase durations per rep as stacked bars (set-NN-phases.svg).");
        command.Arguments.Add(CommonOptions.Recording);
        command.Options.Add(Output);
        command.Options.Add(CommonOptions.Exercise);
        command.Options.Add(CommonOptions.Units);
        command.Options.Add(CommonOptions.TimeUnit);
        command.SetAction(parse => new PlotCommand(context, analyze).Run(parse));
        return command;
    }
}
