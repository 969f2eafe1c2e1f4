namespace RepSense.Log.Formats;

/// <summary>One workout of a workout-log export, with its sets in file order.</summary>
/// <param name="Line">The line of its first row.</param>
/// <param name="Date">Local date.</param>
/// <param name="StartedAt">Local start time, when the export has one.</param>
/// <param name="Name">The workout's name, if any.</param>
/// <param name="DurationS">Its length, when the export has one.</param>
/// <param name="Notes">Workout notes.</param>
/// <param name="Sets">The set rows (rest-timer rows left out).</param>
public sealed record ImportedWorkout(
    int Line,
    DateOnly Date,
    DateTime? StartedAt,
    string? Name,
    double? DurationS,
    string? Notes,
    IReadOnlyList<ImportedSet> Sets);
