namespace RepSense.Analysis.Exercises;

/// <summary>
/// The exercise's default progression rule; the log lets a user override it per exercise. A linear rule has one
/// rep target (<see cref="RepsMin"/> = <see cref="RepsMax"/>); a double-progression rule a range. Timed exercises
/// progress over hold seconds instead of reps (add time, then load).
/// </summary>
/// <param name="Rule">Linear or double progression.</param>
/// <param name="Sets">Work sets per session.</param>
/// <param name="RepsMin">Bottom of the rep range (the target for linear); null for timed exercises.</param>
/// <param name="RepsMax">Top of the rep range; null for timed exercises.</param>
/// <param name="HoldMinS">Bottom of the hold range in seconds for timed exercises, else null.</param>
/// <param name="HoldMaxS">Top of the hold range in seconds for timed exercises, else null.</param>
/// <param name="Increment">The load step: the exercise's own when the catalog gives one, else its primary
/// equipment's.</param>
/// <param name="Source">The article the rule follows, or null for the catalog's default rule.</param>
public sealed record ProgressionDefault(
    ProgressionRule Rule,
    int Sets,
    int? RepsMin,
    int? RepsMax,
    double? HoldMinS,
    double? HoldMaxS,
    LoadIncrement Increment,
    SourceRef? Source)
{
    public bool IsTimed => HoldMinS is not null;
}
