using System.CommandLine;

namespace RepSense.Cli.Commands.History;

/// <summary><c>repsense history [EXERCISE] [--json]</c>: sets over time with best e1RM (Epley) and volume.</summary>
internal static class HistoryCommandDefinition
{
    public static readonly Argument<string?> Exercise = new("exercise")
    {
        Description = "One exercise; without it, a line per exercise in the log.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("history", "Show sets over time, best estimated 1RM (Epley) and volume.")
        {
            Exercise, CommonOptions.Json, CommonOptions.LogPath,
        };
        command.SetAction(parse => new HistoryCommand(context).Run(parse));
        return command;
    }
}
