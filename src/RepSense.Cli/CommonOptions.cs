using System.CommandLine;

namespace RepSense.Cli;

/// <summary>Options that several commands share, each declared once. A command adds the ones it takes.</summary>
public static class CommonOptions
{
    /// <summary>Print exactly one JSON document on stdout instead of tables.</summary>
    public static Option<bool> Json { get; } = new("--json") { Description = "Print exactly one JSON document (camelCase) on stdout." };

    /// <summary>The progressive-overload log's database. Without it: $REPSENSE_LOG, else
    /// $XDG_DATA_HOME/repsense/log.db, else ~/.local/share/repsense/log.db.</summary>
    public static Option<string?> LogPath { get; } = new("--log")
    {
        Description = "The log database (default: $REPSENSE_LOG, else $XDG_DATA_HOME/repsense/log.db, else ~/.local/share/repsense/log.db).",
        HelpName = "path",
    };

    /// <summary>The day a set or recording belongs to (ISO date); today when not given.</summary>
    public static Option<DateOnly?> Date { get; } = new("--date")
    {
        Description = "The day (YYYY-MM-DD); default today.",
        HelpName = "date",
        CustomParser = CliDates.Parse,
    };

    /// <summary>The recording a command analyses: a file, a folder or a .zip, as <c>Recording.Open</c> takes it.</summary>
    public static Argument<string> Recording { get; } = new("recording")
    {
        Description = "The recording to analyse: a file, a folder or a .zip of a recorder app's export.",
        Arity = ArgumentArity.ExactlyOne,
    };

    /// <summary>Recognised by every command (it is recursive): show stack traces with errors.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose") { Description = "Show details (and stack traces) with errors.", Recursive = true };
}
