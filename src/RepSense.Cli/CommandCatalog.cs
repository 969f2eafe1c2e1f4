using System.CommandLine;

namespace RepSense.Cli;

/// <summary>Every verb of <c>repsense</c>, in help order. Each verb lives in Commands/&lt;Verb&gt;/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context)
    {
        yield break;
    }
}
