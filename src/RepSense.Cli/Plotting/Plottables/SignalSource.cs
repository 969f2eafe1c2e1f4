namespace RepSense.Cli.Plotting.Plottables;

/// <summary>
/// Evenly sampled values: sample <c>i</c> sits at x = <see cref="XOffset"/> + i × <see cref="Period"/>. The values
/// are read, never copied or changed, so a caller's array can be plotted without cost.
/// </summary>
public sealed class SignalSource
{
    public SignalSource(IReadOnlyList<double> ys, double period)
    {
        ArgumentNullException.ThrowIfNull(ys);
        if (!double.IsFinite(period) || period <= 0)
            throw new ArgumentOutOfRangeException(nameof(period), period, "A signal's period (x distance between samples) must be finite and positive.");
        Ys = ys;
        Period = period;
    }

    public IReadOnlyList<double> Ys { get; }

    /// <summary>X distance between neighbouring samples (seconds, for a time signal).</summary>
    public double Period { get; }

    /// <summary>X of the first sample (e.g. the set's start time in the recording).</summary>
    public double XOffset { get; set; }

    public int Length => Ys.Count;

    public double GetX(int index) => XOffset + index * Period;
}
