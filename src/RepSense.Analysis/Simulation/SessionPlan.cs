namespace RepSense.Analysis.Simulation;

/// <summary>
/// A recording's content: sets with rests between them, idle time before and after, and the taps that start and stop
/// the recording. Between sets of different exercises the lifter walks to the next station during the rest.
/// </summary>
/// <param name="Sets">The sets in order.</param>
public sealed record SessionPlan(IReadOnlyList<SetPlan> Sets)
{
    /// <summary>Standing still after the start tap, before getting into position for the first set.</summary>
    public double IdleBeforeS { get; init; } = 10;

    /// <summary>Standing still after the last set, before the stop tap.</summary>
    public double IdleAfterS { get; init; } = 10;

    /// <summary>Rest between sets, drawn uniformly from this range (from putting the weight down to picking it up).</summary>
    public double RestMinS { get; init; } = 60;

    public double RestMaxS { get; init; } = 180;

    /// <summary>Whether the recording starts and ends with a tap on the device (a phone or watch app); a sensor
    /// started from another device (MetaWear) has none.</summary>
    public bool Taps { get; init; } = true;

    /// <summary>Rep-to-rep variation of phase durations (log-normal spread, percent).</summary>
    public double VariationPct { get; init; } = 8;
}
