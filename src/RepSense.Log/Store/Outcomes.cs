using RepSense.Log.Model;
using RepSense.Log.Recordings;

namespace RepSense.Log.Store;

/// <summary>What <see cref="LogStore.AddSets"/> did.</summary>
/// <param name="WorkoutId">The day's workout.</param>
/// <param name="FilledPlanned">Positions of planned sets that the new sets completed.</param>
/// <param name="Added">Positions of sets added.</param>
public sealed record AddSetsOutcome(long WorkoutId, IReadOnlyList<int> FilledPlanned, IReadOnlyList<int> Added);

/// <summary>What <see cref="LogStore.ImportRecording"/> did.</summary>
/// <param name="AlreadyImported">The recording's content was imported before: nothing changed.</param>
/// <param name="Sha256">The recording's content hash.</param>
/// <param name="WorkoutId">The workout it went into (or went into before).</param>
/// <param name="Date">That workout's date.</param>
/// <param name="Plan">How the detected sets were merged; null when already imported.</param>
/// <param name="PreviousPath">Where the earlier import read it from, when already imported.</param>
public sealed record RecordingImportOutcome(
    bool AlreadyImported,
    string Sha256,
    long WorkoutId,
    DateOnly Date,
    MergePlan? Plan,
    string? PreviousPath);

/// <summary>What <see cref="LogStore.ImportWorkouts"/> did.</summary>
/// <param name="WorkoutsImported">Workouts written.</param>
/// <param name="WorkoutsAlreadyPresent">Workouts skipped because the log has them (same source, date, start and
/// name): importing a newer full export adds only what is new.</param>
/// <param name="SetsImported">Sets written.</param>
/// <param name="MappedNames">Names from the file that resolved to a catalog exercise, with that exercise.</param>
/// <param name="UserExercises">Names kept as they are, not being in the catalog.</param>
public sealed record LogImportOutcome(
    int WorkoutsImported,
    int WorkoutsAlreadyPresent,
    int SetsImported,
    IReadOnlyDictionary<string, string> MappedNames,
    IReadOnlyList<string> UserExercises);

/// <summary>A workout and its sets, in the order they were logged.</summary>
public sealed record ExportedWorkout(WorkoutInfo Workout, IReadOnlyList<LoggedSet> Sets);
