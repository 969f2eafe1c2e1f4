using System.CommandLine;
using RepSense.Analysis.Validation;
using Spectre.Console;

namespace RepSense.Cli.Commands.Eval;

/// <summary>The behaviour of <c>repsense eval --simulated</c>: simulate the evaluation grid (<see cref="TempoEvalGrid"/>),
/// analyse every recording on all cores (a progress bar on a terminal), then print the tempo figures.</summary>
internal sealed class SimulatedEvalCommand(CliContext context, EvalCommandDefinition definition)
{
    public int Run(ParseResult parse)
    {
        var cases = TempoEvalGrid.Cases(parse.GetValue(definition.Seeds));
        bool json = parse.GetValue(CommonOptions.Json);
        var console = Terminal.For(context);
        IReadOnlyList<TempoCaseOutcome> outcomes = [];
        if (context.Interactive && !json)
            console.Progress().Start(progress =>
            {
                var task = progress.AddTask($"simulating and analysing {cases.Count} recordings", maxValue: cases.Count);
                outcomes = TempoEvaluation.Run(cases, Environment.ProcessorCount, () => task.Increment(1));
            });
        else
            outcomes = TempoEvaluation.Run(cases, Environment.ProcessorCount);

        var summary = TempoEvalSummary.From(outcomes);
        if (json)
            context.Output.WriteLine(EvalJson.Serialize(summary));
        else
            SimulatedEvalTable.Write(summary, console);
        return (int)ExitCode.Success;
    }
}
