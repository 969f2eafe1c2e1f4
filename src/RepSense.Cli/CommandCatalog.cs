using System.CommandLine;
using RepSense.Cli.Commands.Simulate;

namespace RepSense.Cli;

/// <summary>Every verb of <c>repsense</c>, in help order. Each verb lives in Commands/&lt;Verb&gt;/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context)
    {
        yield return SimulateCommandDefinition.Create(context);
    }
}
