using RepSense.Analysis.Exercises;

namespace RepSense.Log.Store;

/// <summary>A user's own progression rule for one exercise, replacing the catalog's default
/// (<c>log rule deadlift linear 5x5</c>). Null increments keep the catalog's.</summary>
public sealed record ProgressionOverride(
    string Exercise,
    ProgressionRule Rule,
    int Sets,
    int RepsMin,
    int RepsMax,
    double? IncrementKg,
    double? IncrementLb);
