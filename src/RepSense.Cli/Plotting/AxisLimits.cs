namespace RepSense.Cli.Plotting;

/// <summary>
/// A rectangle in data units. A side that is NaN is unknown: a plottable that only spans x (a vertical line, a
/// horizontal span) reports NaN for <see cref="Bottom"/> and <see cref="Top"/>, and <see cref="NoLimits"/> is all NaN.
/// </summary>
public readonly record struct AxisLimits(double Left, double Right, double Bottom, double Top)
{
    public static AxisLimits NoLimits { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Limits known only along x.</summary>
    public static AxisLimits HorizontalOnly(double left, double right) => new(left, right, double.NaN, double.NaN);

    /// <summary>Limits known only along y.</summary>
    public static AxisLimits VerticalOnly(double bottom, double top) => new(double.NaN, double.NaN, bottom, top);

    /// <summary>The limits of one point (zero area; the plot widens it when it autoscales).</summary>
    public static AxisLimits FromPoint(double x, double y) => new(x, x, y, y);

    /// <summary>The smallest limits holding every finite (x, y) pair; pairs with a NaN or infinite coordinate are
    /// skipped; <see cref="NoLimits"/> when none is left.</summary>
    public static AxisLimits FromPoints(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        var limits = NoLimits;
        int count = Math.Min(xs.Count, ys.Count);
        for (int i = 0; i < count; i++)
            if (double.IsFinite(xs[i]) && double.IsFinite(ys[i]))
                limits = limits.Expanded(FromPoint(xs[i], ys[i]));
        return limits;
    }

    public double HorizontalSpan => Right - Left;

    public double VerticalSpan => Top - Bottom;

    public bool HasHorizontal => !double.IsNaN(Left) && !double.IsNaN(Right);

    public bool HasVertical => !double.IsNaN(Bottom) && !double.IsNaN(Top);

    /// <summary>The union of both limits, side by side; an unknown (NaN) side takes the other's value.</summary>
    public AxisLimits Expanded(AxisLimits other) => new(
        MinKnown(Left, other.Left), MaxKnown(Right, other.Right),
        MinKnown(Bottom, other.Bottom), MaxKnown(Top, other.Top));

    private static double MinKnown(double a, double b) => double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Min(a, b);

    private static double MaxKnown(double a, double b) => double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Max(a, b);
}
