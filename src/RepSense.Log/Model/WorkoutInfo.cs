namespace RepSense.Log.Model;

/// <summary>A training session: the sets of one day (or, from an app export, one recorded workout).</summary>
/// <param name="Id">The workout's row id.</param>
/// <param name="Date">Local date of the session.</param>
/// <param name="StartedAt">Local start time when the source recorded one.</param>
/// <param name="Name">The workout's name in the app it came from, if any.</param>
/// <param name="DurationS">Length of the session in seconds, when the source recorded it.</param>
/// <param name="Notes">Workout notes.</param>
/// <param name="Source">Where it came from: "repsense" (logged here), "strong", "hevy", "fitnotes", "csv".</param>
public sealed record WorkoutInfo(
    long Id,
    DateOnly Date,
    DateTime? StartedAt,
    string? Name,
    double? DurationS,
    string? Notes,
    string Source);
