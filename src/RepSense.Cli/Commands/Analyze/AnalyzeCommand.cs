using System.CommandLine;
using RepSense.Analysis;
using RepSense.Analysis.Exercises;
using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Reports;
using RepSense.Cli.Reports;
using RepSense.Ingest;
using RepSense.Ingest.Units;

namespace RepSense.Cli.Commands.Analyze;

/// <summary>The behaviour of <c>repsense analyze</c>: analyse the recordings, then print each one's sets as a table,
/// or the reports as one JSON document: an object for one recording, an array when the paths asked for several
/// (analysed in parallel on all cores, printed in the order given).</summary>
internal sealed class AnalyzeCommand(CliContext context, AnalyzeCommandDefinition definition)
{
    public int Run(ParseResult parse)
    {
        // The report is all this verb prints: each set's signals can go once its tempo is judged.
        var options = CliAnalysis.Options(parse) with { KeepSignals = false };
        bool json = parse.GetValue(CommonOptions.Json);
        var inputs = AnalyzeInputs.Expand(parse.GetValue(definition.Recordings)!, options.Recording);
        if (!inputs.Several)
        {
            var input = inputs.Recordings[0];
            var analyzed = Analyzer.Analyze(input.Recording ?? throw new RepSenseException(input.Error!), options);
            ReadingWarnings.Tell(context.Error, analyzed.Diagnostics.Warnings);
            if (json) WriteJson(() => new AnalyzeJson().Write(analyzed, context.Output));
            else AnalyzeTable.Write(analyzed, Terminal.For(context));
            return (int)ExitCode.Success;
        }

        foreach (string reason in inputs.Skipped) context.Error.WriteLine($"repsense: skipped {reason}");
        if (inputs.Recordings.Count == 0)
            throw new RepSenseException($"{string.Join(", ", parse.GetValue(definition.Recordings)!)}: no recording to analyse.");
        var outcomes = new (AnalyzedRecording? Analyzed, string? Error)[inputs.Recordings.Count];
        Parallel.For(0, outcomes.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => outcomes[i] = Analyze(inputs.Recordings[i], options));

        foreach (var (analyzed, error) in outcomes)
        {
            if (error is not null) context.Error.WriteLine($"repsense: {error}");
            else ReadingWarnings.Tell(context.Error, analyzed!.Diagnostics.Warnings);
        }
        if (json)
        {
            var elements = outcomes.Select((o, i) => (inputs.Recordings[i].Path, o.Analyzed, o.Error)).ToList();
            WriteJson(() => new AnalyzeJson().WriteAll(elements, context.Output));
        }
        else
        {
            var analyzedAll = outcomes.Where(o => o.Analyzed is not null).Select(o => o.Analyzed!).ToList();
            var console = Terminal.For(context);
            for (int i = 0; i < analyzedAll.Count; i++)
            {
                if (i > 0) context.Output.WriteLine();
                AnalyzeTable.Write(analyzedAll[i], console);
            }
        }
        return (int)(outcomes.Any(o => o.Error is not null) ? ExitCode.BadInput : ExitCode.Success);
    }

    /// <summary>A recording that cannot be analysed is reported and the others still are.</summary>
    private static (AnalyzedRecording?, string?) Analyze(AnalyzeInput input, AnalyzeOptions options)
    {
        if (input.Recording is null) return (null, input.Error);
        try
        {
            return (Analyzer.Analyze(input.Recording, options), null);
        }
        catch (Exception ex) when (ex is RepSenseException or IOException or UnauthorizedAccessException)
        {
            return (null, ex.Message);
        }
    }

    private void WriteJson(Action write)
    {
        write();
        context.Output.WriteLine();
    }
}

/// <summary>How the analysing verbs (analyze, plot, report, import, eval) read their shared options and call the
/// analyzer.</summary>
internal static class CliAnalysis
{
    /// <summary>The analysis the plot and report verbs draw: the report plus each set's counting signal, and the
    /// reading warnings for the verb to tell.</summary>
    public static RecordingAnalysis ForReports(string path, AnalyzeOptions options)
    {
        var analyzed = Analyzer.Analyze(path, options);
        var rate = SampleRate.FromHertz(AnalysisRate.Hertz);
        var signals = analyzed.Session.Sets
            .Select((s, i) => new SetSignal(i + 1, s.Signals.StartS, rate, s.Signals.Movement, "movement (projected, a.u.)"))
            .ToList();
        return new RecordingAnalysis(analyzed.Report, signals) { Warnings = analyzed.Diagnostics.Warnings };
    }

    /// <summary>The analysis <c>repsense import</c> merges into the log; the reading warnings go to
    /// <paramref name="error"/> (the log's analyzer seam returns the report alone).</summary>
    public static AnalysisReport ForLog(string path, ExerciseProfile exercise, TextWriter error)
    {
        var analyzed = Analyzer.Analyze(path, AnalyzeOptions.Default with { Exercise = exercise, KeepSignals = false });
        ReadingWarnings.Tell(error, analyzed.Diagnostics.Warnings);
        return analyzed.Report;
    }

    public static AnalyzeOptions Options(ParseResult parse) => new()
    {
        Recording = CommonOptions.RecordingOptions(parse),
        Exercise = parse.GetValue(CommonOptions.Exercise) is { } name ? ExerciseCatalog.Default.Resolve(name) : null,
    };
}
