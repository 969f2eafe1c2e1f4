using RepSense.Analysis.Reports;

namespace RepSense.Analysis.Validation;

/// <summary>How one analysis of one simulated recording compares with its truth.</summary>
/// <param name="Case">The recording.</param>
/// <param name="ExerciseKnown">Whether the analysis was given the exercise (else the concentric half comes from
/// the signal and the policy is the default).</param>
/// <param name="TruthReps">Reps performed.</param>
/// <param name="CountedReps">Reps counted in the detected set that overlaps the performed one most; null when no
/// set overlaps it.</param>
/// <param name="Exclusion">Why the reps were not compared one to one; null when they were.</param>
/// <param name="DetectedSets">Sets the analysis found.</param>
/// <param name="Boundaries">Each boundary of each rep, when the count is right.</param>
/// <param name="Flags">Each flag code on each rep (and set) where the truth or the analysis has it, when the count
/// is right.</param>
/// <param name="FaultFlags">Flags of severity "fault" the analysis raised anywhere in the recording, with their
/// numbers.</param>
/// <param name="ConcentricFirstRight">Whether the analysis took the right half for the concentric; null when the
/// count is wrong.</param>
/// <param name="SlowdownErrorPct">The analysis' slow-down minus the truth's, percentage points; null when the count
/// is wrong.</param>
public sealed record TempoCaseOutcome(
    TempoEvalCase Case,
    bool ExerciseKnown,
    int TruthReps,
    int? CountedReps,
    TempoExclusion? Exclusion,
    int DetectedSets,
    IReadOnlyList<BoundaryError> Boundaries,
    IReadOnlyList<FlagMatch> Flags,
    IReadOnlyList<FlagReport> FaultFlags,
    bool? ConcentricFirstRight,
    double? SlowdownErrorPct)
{
    /// <summary>Whether the reps were compared one to one.</summary>
    public bool Compared => Exclusion is null;

    /// <summary>How the counted reps differ from the performed ones, for a set left out as miscounted or misaligned
    /// (empty otherwise).</summary>
    public IReadOnlyList<CountingError> CountingErrors { get; init; } = [];
}

/// <summary>Why a set's reps could not be compared one to one with the reps performed.</summary>
public enum TempoExclusion
{
    /// <summary>No detected set overlaps the performed one.</summary>
    Missed,
    /// <summary>The detected set has another number of reps.</summary>
    Miscounted,
    /// <summary>The count is right but the reps are not the performed ones: one missed and another counted (a set-up
    /// or retreat movement), or every rep half a rep off — any <see cref="CountingError"/>.</summary>
    Misaligned,
}

/// <summary>A boundary's error: analysis minus truth, as a share of the performed rep's duration.</summary>
public readonly record struct BoundaryError(TempoBoundary Boundary, int Rep, double ErrorShare);

/// <summary>One flag code on one rep (<see cref="Rep"/> 0 for the set): whether the truth and the analysis have it.</summary>
public readonly record struct FlagMatch(string Code, int Rep, bool InTruth, bool Found, string? Severity);
