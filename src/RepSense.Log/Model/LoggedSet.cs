using RepSense.Log.Units;

namespace RepSense.Log.Model;

/// <summary>
/// One set as the log holds it. Reps come in three counts that are all kept: what the lifter wrote
/// (<see cref="LoggedReps"/>), what the analyzer counted in a recording (<see cref="CountedReps"/>) and how many of
/// those had no tempo fault (<see cref="CleanReps"/>).
/// </summary>
/// <param name="Id">The set's row id.</param>
/// <param name="WorkoutId">The workout it belongs to.</param>
/// <param name="Date">The workout's local date.</param>
/// <param name="Exercise">A catalog name, or the name as written for an exercise outside the catalog.</param>
/// <param name="InCatalog">Whether <paramref name="Exercise"/> is a catalog name.</param>
/// <param name="SourceName">The name an imported file used ("Deadlift (Barbell)"), kept for export; null for sets
/// logged in RepSense.</param>
/// <param name="Position">1-based order of the set among the exercise's sets in its workout.</param>
/// <param name="Kind">Work, warm-up, failure or drop set.</param>
/// <param name="Status">Planned or done.</param>
/// <param name="Weight">The load, or null when the source gave none (a cardio row, an unweighted plank).</param>
/// <param name="TargetReps">The planned reps, when the set was planned.</param>
/// <param name="LoggedReps">The reps the lifter wrote down.</param>
/// <param name="CountedReps">The reps the analyzer counted in a recording.</param>
/// <param name="CleanReps">Counted reps minus those with a tempo fault.</param>
/// <param name="DurationS">Seconds of work for timed sets (carries, holds).</param>
/// <param name="DistanceM">Metres, for carries and cardio rows of imported logs.</param>
/// <param name="Rpe">Rate of perceived exertion, when known.</param>
/// <param name="Rir">Reps in reserve, when known.</param>
/// <param name="Tempo">Typical tempo of the set from its recording ("3-1-X-0").</param>
/// <param name="TimeUnderTensionS">From the recording's tempo analysis.</param>
/// <param name="RecordingId">The recording that filled the set, if any.</param>
/// <param name="Notes">Free text.</param>
/// <param name="Faults">Tempo faults of the set's reps by flag code (from the recording), empty otherwise.</param>
public sealed record LoggedSet(
    long Id,
    long WorkoutId,
    DateOnly Date,
    string Exercise,
    bool InCatalog,
    string? SourceName,
    int Position,
    SetKind Kind,
    SetStatus Status,
    Weight? Weight,
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
    long? RecordingId,
    string? Notes,
    IReadOnlyDictionary<string, int> Faults)
{
    /// <summary>The reps this set is credited with: clean reps when a recording's tempo was analysed (a momentum rep
    /// on a strict row is not a completed rep), else the lifter's count, else the analyzer's.</summary>
    public int? CreditedReps => CleanReps ?? LoggedReps ?? CountedReps;

    /// <summary>The reps before any fault was taken off: the lifter's count, else the analyzer's.</summary>
    public int? RecordedReps => LoggedReps ?? CountedReps;

    /// <summary>Warm-ups are not hard sets; planned sets have not been lifted.</summary>
    public bool IsHard => Status == SetStatus.Done && Kind != SetKind.Warmup;
}
