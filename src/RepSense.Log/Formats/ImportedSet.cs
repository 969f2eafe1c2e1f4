using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Formats;

/// <summary>One set row of a workout-log export, in the log's terms. <see cref="Exercise"/> is the name as the file
/// writes it; the store maps it to a catalog name where it can.</summary>
/// <param name="Line">The 1-based line the row starts on, for messages.</param>
/// <param name="Exercise">The exercise name as written.</param>
/// <param name="StoredExercise">For RepSense's own CSV: the log's exercise key (catalog or user name); else null.</param>
/// <param name="Kind">Work, warm-up, failure or drop set.</param>
/// <param name="Status">Done, or planned (RepSense CSV only).</param>
/// <param name="Weight">The load, or null when the row has none.</param>
/// <param name="TargetReps">Planned reps (RepSense CSV only).</param>
/// <param name="Reps">Reps as the app logged them.</param>
/// <param name="CountedReps">Analyzer count (RepSense CSV only).</param>
/// <param name="CleanReps">Clean reps (RepSense CSV only).</param>
/// <param name="DurationS">Seconds of work (timed sets, cardio).</param>
/// <param name="DistanceM">Distance in metres.</param>
/// <param name="Rpe">Rate of perceived exertion.</param>
/// <param name="Rir">Reps in reserve (RepSense CSV only).</param>
/// <param name="Tempo">Tempo summary (RepSense CSV only).</param>
/// <param name="Notes">Set or exercise notes.</param>
public sealed record ImportedSet(
    int Line,
    string Exercise,
    string? StoredExercise,
    SetKind Kind,
    SetStatus Status,
    Weight? Weight,
    int? TargetReps,
    int? Reps,
    int? CountedReps,
    int? CleanReps,
    double? DurationS,
    double? DistanceM,
    double? Rpe,
    double? Rir,
    string? Tempo,
    string? Notes);
