using RepSense.Analysis.Reports;

namespace RepSense.Log.Recordings;

/// <summary>
/// A set the analyzer found in a recording, reduced to what the log keeps: counted reps, clean reps (counted minus
/// the reps that carry a flag of severity "fault"), its tempo summary and the reps themselves.
/// </summary>
/// <param name="RecordingSetIndex">The set's <see cref="SetReport.Index"/>.</param>
/// <param name="CountedReps">Reps counted.</param>
/// <param name="CleanReps">Reps counted without a fault.</param>
/// <param name="DurationS">From the first rep's start to the last rep's end (the result of a timed set).</param>
/// <param name="Faults">Fault reps by flag code.</param>
/// <param name="Report">The analyzer's set, with per-rep details.</param>
public sealed record DetectedSet(
    int RecordingSetIndex,
    int CountedReps,
    int CleanReps,
    double DurationS,
    IReadOnlyDictionary<string, int> Faults,
    SetReport Report)
{
    public const string FaultSeverity = "fault";

    public static DetectedSet From(SetReport set)
    {
        var faultReps = set.RepDetails.Where(IsFault).ToList();
        var faults = faultReps
            .SelectMany(rep => rep.Flags!.Where(f => f.Severity == FaultSeverity).Select(f => f.Code).Distinct())
            .GroupBy(code => code)
            .ToDictionary(g => g.Key, g => g.Count());
        return new DetectedSet(set.Index, set.Reps, Math.Max(0, set.Reps - faultReps.Count), Math.Max(0, set.EndS - set.StartS), faults, set);
    }

    /// <summary>Whether a rep has at least one fault flag.</summary>
    public static bool IsFault(RepReport rep) => rep.Flags?.Any(f => f.Severity == FaultSeverity) == true;
}
