using System.CommandLine;
using System.Reactive.Linq;
using RepSense.Ingest;
using RepSense.Ingest.Streams;

namespace RepSense.Cli.Commands.Inspect;

/// <summary>The behaviour of <c>repsense inspect</c>: open the recording, stream it once through the summary,
/// and print what was found. Bad input surfaces as <see cref="RepSenseException"/>, which the host turns into
/// exit code 1.</summary>
internal sealed class InspectCommand(CliContext context, InspectCommandDefinition definition)
{
    public int Run(ParseResult parse)
    {
        string path = parse.GetValue(definition.Recording)!;
        var options = CommonOptions.RecordingOptions(parse);
        var recording = Recording.Open(path, options);
        var diagnostics = new IngestDiagnostics();
        var summary = recording.Read(diagnostics).Summarize(options.MaxGapS).Wait();
        var report = InspectReport.From(recording, summary, diagnostics, options.MaxGapS);

        if (parse.GetValue(CommonOptions.Json))
            context.Output.WriteLine(InspectJson.Serialize(report));
        else
            InspectTable.Write(report, Terminal.For(context));
        return (int)ExitCode.Success;
    }
}
