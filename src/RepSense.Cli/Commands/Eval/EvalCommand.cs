using System.Collections.Concurrent;
using System.CommandLine;
using System.Reactive.Linq;
using RepSense.Analysis;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Streams;
using RepSense.Analysis.Validation;
using RepSense.Cli.Commands.Live;
using RepSense.Ingest;
using Spectre.Console;

namespace RepSense.Cli.Commands.Eval;

/// <summary>The behaviour of <c>repsense eval</c>: analyse every recording of the manifest on all cores (a progress
/// bar on a terminal), then print the scores.</summary>
internal sealed class EvalCommand(CliContext context, EvalCommandDefinition definition)
{
    public int Run(ParseResult parse)
    {
        string manifest = parse.GetValue(definition.Manifest)!;
        var items = EvalManifest.Read(manifest);
        var options = AnalyzeOptions.Default with
        {
            Counting = parse.GetValue(definition.AsLive)
                ? LiveCommand.Counting(parse)
                : CommonOptions.Counting(parse, CountingOptions.Default.CommitLagS),
            KeepSignals = false,
        };
        bool asLive = parse.GetValue(definition.AsLive);
        var outcomes = new EvalOutcome[items.Count];
        var console = Terminal.For(context);

        void AnalyzeAll(Action? tick)
        {
            Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                outcomes[i] = Evaluate(items[i], options, asLive);
                tick?.Invoke();
            });
        }

        if (context.Interactive && !parse.GetValue(CommonOptions.Json))
            console.Progress().Start(progress =>
            {
                var task = progress.AddTask($"analysing {items.Count} recordings", maxValue: items.Count);
                AnalyzeAll(() => task.Increment(1));
            });
        else
            AnalyzeAll(null);

        var summary = EvalSummary.From(manifest, outcomes);
        if (parse.GetValue(CommonOptions.Json))
            context.Output.WriteLine(EvalJson.Serialize(summary));
        else
            EvalTable.Write(summary, console);
        return (int)ExitCode.Success;
    }

    /// <summary>A recording that cannot be read or analysed is a failed count (0 reps, with the reason), not the end
    /// of the evaluation. As live, the recording is also replayed through the live analysis, provisional reps on, and
    /// what a live display would have shown is scored.</summary>
    private static EvalOutcome Evaluate(EvalItem item, AnalyzeOptions options, bool asLive)
    {
        try
        {
            var counted = Analyzer.Analyze(item.Path, options).Report.TotalReps;
            if (!asLive) return new EvalOutcome(item, counted, null);
            var events = Recording.Open(item.Path, options.Recording).Read(new IngestDiagnostics())
                .AnalyzeReps(options.Counting with { ProvisionalReps = true }).ToList().Wait();
            return new EvalOutcome(item, counted, null, LiveDisplayScore.Of(events.ToList()));
        }
        catch (Exception ex) when (ex is RepSenseException or IOException or UnauthorizedAccessException)
        {
            return new EvalOutcome(item, null, ex.Message);
        }
    }
}
