using System.CommandLine;

namespace RepSense.Cli.Commands.Next;

/// <summary><c>repsense next [EXERCISE] [--json]</c>: the next session's targets from the progression rule.</summary>
internal static class NextCommandDefinition
{
    public static readonly Argument<string?> Exercise = new("exercise")
    {
        Description = "One exercise; without it, every exercise in the log, most recent first.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("next", "Next session's targets (weight, sets, reps) from each exercise's progression rule, with the reason.")
        {
            Exercise, CommonOptions.Json, CommonOptions.LogPath,
        };
        command.SetAction(parse => new NextCommand(context).Run(parse));
        return command;
    }
}
