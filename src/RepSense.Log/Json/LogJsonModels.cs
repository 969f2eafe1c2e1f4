namespace RepSense.Log.Json;

// The JSON shapes of the log's output: `log export --format json` and the --json of next, history and volume.
// Field names are camelCase (LogJson); weights are in the unit named beside them.

/// <summary>The whole log (<c>log export --format json</c>).</summary>
public sealed record LogDocument(int SchemaVersion, IReadOnlyList<WorkoutDocument> Workouts);

public sealed record WorkoutDocument(
    string Date,
    string? StartedAt,
    string? Name,
    double? DurationS,
    string? Notes,
    string Source,
    IReadOnlyList<SetDocument> Sets);

public sealed record SetDocument(
    string Exercise,
    bool InCatalog,
    string? SourceName,
    int Position,
    string Kind,
    string Status,
    double? Weight,
    string Unit,
    int? TargetReps,
    int? LoggedReps,
    int? CountedReps,
    int? CleanReps,
    double? DurationS,
    double? DistanceM,
    double? Rpe,
    double? Rir,
    string? Tempo,
    double? TimeUnderTensionS,
    string? Notes,
    IReadOnlyDictionary<string, int> Faults);

/// <summary><c>next --json</c>: the next session of one exercise.</summary>
public sealed record NextDocument(
    string Exercise,
    double? Weight,
    string Unit,
    int Sets,
    IReadOnlyList<int> Reps,
    string Rule,
    string Reason,
    string Measure,
    bool Deload);

/// <summary><c>history --json</c> for one exercise.</summary>
public sealed record HistoryDocument(
    string Exercise,
    string Unit,
    double? BestE1rm,
    string? BestE1rmDate,
    IReadOnlyList<HistorySessionDocument> Sessions);

public sealed record HistorySessionDocument(string Date, double? BestE1rm, double Volume, IReadOnlyList<HistorySetDocument> Sets);

public sealed record HistorySetDocument(
    string Kind,
    double? Weight,
    string Unit,
    int? Reps,
    int? LoggedReps,
    int? CountedReps,
    int? CleanReps,
    double? DurationS,
    double? Rpe);

/// <summary><c>history --json</c> without an exercise: one line per exercise.</summary>
public sealed record HistoryOverviewDocument(IReadOnlyList<HistoryOverviewEntry> Exercises);

public sealed record HistoryOverviewEntry(
    string Exercise,
    bool InCatalog,
    int Sessions,
    string LastDate,
    double? BestE1rm,
    string Unit);

/// <summary><c>volume --json</c>.</summary>
public sealed record VolumeDocument(
    string From,
    string To,
    IReadOnlyDictionary<string, int> SetsByPattern,
    int BackSets,
    int BackSetsMin,
    int BackSetsMax,
    string BackStatus,
    int VerticalPullSets,
    int HorizontalPullSets,
    double? VerticalToHorizontal,
    string RatioStatus,
    IReadOnlyList<string> Unclassified,
    IReadOnlyList<string> Advice);
