namespace RepSense.Analysis.Simulation;

/// <summary>
/// One rep as performed, in whole milliseconds from the recording's first sample (so that the truth's times add up
/// exactly). The halves follow the rep anatomy: first half from rest to the turning point, a hold there, the second
/// half back to rest, then the pause before the next rep (none after the last).
/// </summary>
internal sealed record ScheduledRep(
    int Index,
    long StartMs,
    long FirstHalfMs,
    long TurnHoldMs,
    long SecondHalfMs,
    long? PauseAfterMs,
    double RangeScale,
    RepFaults Faults)
{
    public long EndMs => StartMs + FirstHalfMs + TurnHoldMs + SecondHalfMs;

    /// <summary>The middle of the hold at the turning point (the end of the first half without a hold).</summary>
    public double TurnS => (2 * (StartMs + FirstHalfMs) + TurnHoldMs) / 2000.0;
}
