using RepSense.Analysis.Reps;

namespace RepSense.Analysis.Sets;

/// <summary>One set: a train of reps between rests.</summary>
/// <param name="Index">1-based position in the recording.</param>
/// <param name="StartS">Start of the first rep.</param>
/// <param name="EndS">End of the last rep.</param>
/// <param name="Reps">The reps in order.</param>
/// <param name="PeriodS">The set's typical rep period.</param>
/// <param name="Signal">The movement signal the reps were counted in (one value per analysis frame, starting at
/// <see cref="SignalStartS"/>), for tempo analysis and plots.</param>
/// <param name="SignalStartS">Time of <paramref name="Signal"/>'s first value.</param>
/// <param name="Periodicity">Mean periodicity (0-1) of the rep train that revealed the set: how clearly it was a
/// set.</param>
public sealed record SetSegment(
    int Index,
    double StartS,
    double EndS,
    IReadOnlyList<Rep> Reps,
    double PeriodS,
    IReadOnlyList<double> Signal,
    double SignalStartS,
    double Periodicity)
{
    public int RepCount => Reps.Count;
}
