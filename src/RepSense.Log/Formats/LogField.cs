namespace RepSense.Log.Formats;

/// <summary>The things a workout-log export can have a column for. A <see cref="LogFormat"/> maps the ones it has to
/// its column names.</summary>
public enum LogField
{
    /// <summary>Strong's "Workout #", RepSense's workout number: rows with the same value are one workout.</summary>
    WorkoutNumber,
    /// <summary>Workout start (date and time) or, for day-only logs, the date.</summary>
    Start,
    /// <summary>Workout end (Hevy): the duration is end minus start.</summary>
    End,
    WorkoutName,
    /// <summary>Strong's "2h 18m" / "35m" / "31min".</summary>
    WorkoutDurationText,
    WorkoutDurationS,
    WorkoutNotes,
    Exercise,
    /// <summary>RepSense CSV: the log's exercise key (catalog name or the user's own).</summary>
    StoredExercise,
    /// <summary>Strong's set order: a number for a work set, or a token (WARM_UP, FAILURE, Ruhezeit).</summary>
    SetOrder,
    /// <summary>A word for the kind of set (Hevy's set_type, RepSense's kind).</summary>
    SetType,
    Status,
    Weight,
    WeightUnit,
    TargetReps,
    Reps,
    CountedReps,
    CleanReps,
    Rpe,
    Rir,
    Distance,
    DistanceUnit,
    /// <summary>Seconds of work as a number.</summary>
    Seconds,
    /// <summary>Seconds of work as H:MM:SS (FitNotes' Time).</summary>
    Time,
    Tempo,
    Notes,
}
