using System.CommandLine;
using RepSense.Cli.Reports;

namespace RepSense.Cli.Commands.Report;

/// <summary><c>repsense report &lt;recording&gt; -o report.html</c>: one self-contained HTML page.</summary>
internal static class ReportCommandDefinition
{
    public const string Name = "report";

    public static Option<string> Output { get; } = new("--output", "-o")
    {
        Description = "The HTML file to write (replaced if it exists; its folder is created if missing).",
        Required = true,
    };

    public static Command Create(CliContext context, ReportAnalyzer analyze)
    {
        var command = new Command(Name,
            "Write one self-contained HTML page (no network needed): the session summary, a table of sets and reps " +
            "with tempo and flags, and each set's plots inline.");
        command.Arguments.Add(CommonOptions.Recording);
        command.Options.Add(Output);
        command.Options.Add(CommonOptions.Exercise);
        command.Options.Add(CommonOptions.Units);
        command.Options.Add(CommonOptions.TimeUnit);
        command.SetAction(parse => new ReportCommand(context, analyze).Run(parse));
        return command;
    }
}
