using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Recordings;

/// <summary>A logged or planned set that a detected set fills.</summary>
/// <param name="Existing">The set in the log.</param>
/// <param name="Detected">What the recording shows for it.</param>
/// <param name="Weight">The weight the set ends up with: a planned set takes the import's weight, a set the lifter
/// logged keeps the logged one.</param>
public sealed record SetFill(LoggedSet Existing, DetectedSet Detected, Weight Weight);

/// <summary>Where the lifter's count and the analyzer's differ; both are kept.</summary>
/// <param name="Position">The set's position among the exercise's sets that day.</param>
/// <param name="LoggedReps">What the lifter wrote.</param>
/// <param name="CountedReps">What the analyzer counted.</param>
public sealed record RepDisagreement(int Position, int LoggedReps, int CountedReps);

/// <summary>Where the weight given to the import differs from the weight logged for the set; the logged one is
/// kept.</summary>
public sealed record WeightDisagreement(int Position, Weight Logged, Weight Imported);

/// <summary>What importing a recording does to a day's sets of one exercise.</summary>
/// <param name="Fills">Existing sets, in order, each with the detected set that fills it.</param>
/// <param name="Additions">Detected sets beyond the logged ones, added after them at the import's weight.</param>
/// <param name="RepDisagreements">Logged sets whose count differs from the analyzer's.</param>
/// <param name="WeightDisagreements">Logged sets whose weight differs from the one given to the import.</param>
public sealed record MergePlan(
    IReadOnlyList<SetFill> Fills,
    IReadOnlyList<DetectedSet> Additions,
    IReadOnlyList<RepDisagreement> RepDisagreements,
    IReadOnlyList<WeightDisagreement> WeightDisagreements);
