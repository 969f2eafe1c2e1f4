using System.CommandLine;

namespace RepSense.Cli;

/// <summary>Options that several commands share, each declared once. A command adds the ones it takes.</summary>
public static class CommonOptions
{
    /// <summary>Print exactly one JSON document on stdout instead of tables.</summary>
    public static Option<bool> Json { get; } = new("--json") { Description = "Print exactly one JSON document (camelCase) on stdout." };

    /// <summary>The recording a command analyses: a file, a folder or a .zip, as <c>Recording.Open</c> takes it.</summary>
    public static Argument<string> Recording { get; } = new("recording")
    {
        Description = "The recording to analyse: a file, a folder or a .zip of a recorder app's export.",
        Arity = ArgumentArity.ExactlyOne,
    };

    /// <summary>Recognised by every command (it is recursive): show stack traces with errors.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose") { Description = "Show details (and stack traces) with errors.", Recursive = true };
}
