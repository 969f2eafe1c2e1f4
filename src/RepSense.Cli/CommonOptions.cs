using System.CommandLine;
using RepSense.Analysis.Reps;
using RepSense.Ingest;
using RepSense.Ingest.Units;

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

    /// <summary>The exercise performed, a catalog name or alias; helps the analysis (its rep duration and tempo
    /// policy) and names the sets in the report.</summary>
    public static Option<string?> Exercise { get; } = new("--exercise")
    {
        Description = "The exercise performed (a catalog name or alias, e.g. 'dumbbell row', 'DB row').",
        HelpName = "name",
    };

    /// <summary>Recognised by every command (it is recursive): show stack traces with errors.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose") { Description = "Show details (and stack traces) with errors.", Recursive = true };

    /// <summary>Acceleration unit of a generic CSV whose header names none (every command that reads a recording).</summary>
    public static Option<string?> Units { get; } = new Option<string?>("--units")
    {
        Description = "Unit of acceleration columns whose header names none (generic CSV): g or ms2 (m/s²).",
        HelpName = "g|ms2",
    };

    /// <summary>Time unit of a generic CSV whose header names none (every command that reads a recording).</summary>
    public static Option<string?> TimeUnit { get; } = new Option<string?>("--time-unit")
    {
        Description = "Unit of the time column when its header names none (generic CSV): s, ms or ns. Default: s.",
        HelpName = "s|ms|ns",
    };

    /// <summary>How long a rep's end must lie behind the newest sample before the rep is final: live use trades a little
    /// accuracy for promptness (README, "Live"). Null for the verb's default.</summary>
    public static Option<double?> CommitLag { get; } = new Option<double?>("--commit-lag")
    {
        Description = "Seconds a rep's end must lie behind the newest sample before the rep is final (the counter's " +
                      "CommitLagS; default 1, and 0.3 for live). Smaller reports reps sooner and places some less well.",
        HelpName = "s",
        CustomParser = OptionValues.Number("--commit-lag", 0, 10),
    };

    /// <summary>The counter's parameters with <see cref="CommitLag"/> applied, if given.</summary>
    public static CountingOptions Counting(ParseResult parse, double defaultCommitLagS) =>
        CountingOptions.Default with { CommitLagS = parse.GetValue(CommitLag) ?? defaultCommitLagS };

    static CommonOptions()
    {
        // Checked as they are parsed (a usage error) rather than when a command uses them (bad input).
        OptionValues.Exercise(Exercise);
        OptionValues.OneOf(Units, "g", "ms2");
        OptionValues.OneOf(TimeUnit, "s", "ms", "ns");
    }

    /// <summary>The options a recording is opened with, from <see cref="Units"/> and <see cref="TimeUnit"/>.</summary>
    public static RecordingOptions RecordingOptions(ParseResult parse) => new()
    {
        AccelerationUnit = parse.GetValue(Units)?.ToLowerInvariant() switch
        {
            "g" => AccelerationUnit.G,
            "ms2" => AccelerationUnit.MetersPerSecondSquared,
            _ => null,
        },
        TimeUnit = parse.GetValue(TimeUnit)?.ToLowerInvariant() switch
        {
            "s" => Ingest.Units.TimeUnit.Seconds,
            "ms" => Ingest.Units.TimeUnit.Milliseconds,
            "ns" => Ingest.Units.TimeUnit.Nanoseconds,
            _ => null,
        },
    };
}
