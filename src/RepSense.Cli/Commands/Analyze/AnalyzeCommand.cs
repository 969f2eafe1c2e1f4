using System.CommandLine;
using RepSense.Analysis;
using RepSense.Analysis.Exercises;
using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Reports;
using RepSense.Cli.Reports;
using RepSense.Ingest.Units;

namespace RepSense.Cli.Commands.Analyze;

/// <summary>The behaviour of <c>repsense analyze</c>: analyse the recording, then print the sets as a table or the
/// report as one JSON document.</summary>
internal sealed class AnalyzeCommand(CliContext context)
{
    public int Run(ParseResult parse)
    {
        var analyzed = Analyzer.Analyze(parse.GetValue(CommonOptions.Recording)!, CliAnalysis.Options(parse));
        if (parse.GetValue(CommonOptions.Json))
            context.Output.WriteLine(AnalysisJson.Serialize(analyzed.Report));
        else
            AnalyzeTable.Write(analyzed, Terminal.For(context));
        return (int)ExitCode.Success;
    }
}

/// <summary>How the analysing verbs (analyze, plot, report, import, eval) read their shared options and call the
/// analyzer.</summary>
internal static class CliAnalysis
{
    /// <summary>The analysis the plot and report verbs draw: the report plus each set's counting signal.</summary>
    public static RecordingAnalysis ForReports(string path, AnalyzeOptions options)
    {
        var analyzed = Analyzer.Analyze(path, options);
        var rate = SampleRate.FromHertz(AnalysisRate.Hertz);
        var signals = analyzed.Session.Sets
            .Select((s, i) => new SetSignal(i + 1, s.Signals.StartS, rate, s.Signals.Movement, "movement (projected, a.u.)"))
            .ToList();
        return new RecordingAnalysis(analyzed.Report, signals);
    }

    /// <summary>The analysis <c>repsense import</c> merges into the log.</summary>
    public static AnalysisReport ForLog(string path, ExerciseProfile exercise) =>
        Analyzer.Analyze(path, AnalyzeOptions.Default with { Exercise = exercise }).Report;

    public static AnalyzeOptions Options(ParseResult parse) => new()
    {
        Recording = CommonOptions.RecordingOptions(parse),
        Exercise = parse.GetValue(CommonOptions.Exercise) is { } name ? ExerciseCatalog.Default.Resolve(name) : null,
    };
}
