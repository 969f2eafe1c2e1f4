using System.CommandLine;
using System.Text;
using RepSense.Cli.Reports;

namespace RepSense.Cli.Commands.Report;

/// <summary>Writes the HTML report and prints its path.</summary>
internal sealed class ReportCommand(CliContext context, ReportAnalyzer analyze)
{
    public int Run(ParseResult parse)
    {
        string recording = parse.GetRequiredValue(CommonOptions.Recording);
        string output = parse.GetRequiredValue(ReportCommandDefinition.Output);
        var analysis = analyze(recording, Analyze.CliAnalysis.Options(parse));
        ReadingWarnings.Tell(context.Error, analysis.Warnings);
        OutputPaths.EnsureFileFolder(output);
        string html = HtmlReport.Build(analysis);
        OutputPaths.Writing($"the report to {output}",
            () => File.WriteAllText(output, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
        context.Output.WriteLine(output);
        return (int)ExitCode.Success;
    }
}
