namespace RepSense.Cli.Plotting;

/// <summary>
/// The plot's two axes and how their limits are chosen. By default the limits fit every visible plottable, widened
/// where they have no extent (one point or a flat line: ±10 % of the value, or ±1 around 0), defaulting to
/// −10…10 on an axis no plottable constrains (empty data), then padded by the margins. Limits set by hand replace
/// the automatic ones on their axis.
/// </summary>
public sealed class AxisManager
{
    private readonly Plot _plot;
    private (double Left, double Right)? _manualX;
    private (double Bottom, double Top)? _manualY;
    private double _marginLeft = 0.02, _marginRight = 0.02, _marginBottom = 0.08, _marginTop = 0.08;

    internal AxisManager(Plot plot) => _plot = plot;

    public Axis Bottom { get; } = new(targetTickSpacingPx: 90);

    public Axis Left { get; } = new(targetTickSpacingPx: 45);

    public void SetLimits(double left, double right, double bottom, double top)
    {
        SetLimitsX(left, right);
        SetLimitsY(bottom, top);
    }

    public void SetLimitsX(double left, double right) => _manualX = CheckRange(left, right, nameof(left));

    public void SetLimitsY(double bottom, double top) => _manualY = CheckRange(bottom, top, nameof(bottom));

    /// <summary>Returns both axes to fitting the data.</summary>
    public void AutoScale()
    {
        _manualX = null;
        _manualY = null;
    }

    /// <summary>Padding around the data as a fraction of its span on each side (0.1 = 10 %).</summary>
    public void Margins(double horizontal, double vertical) => Margins(horizontal, horizontal, vertical, vertical);

    /// <summary>Padding per side; e.g. <c>Margins(0.05, 0.05, 0, 0.1)</c> lets bars stand on the bottom edge.</summary>
    public void Margins(double left, double right, double bottom, double top)
    {
        foreach (double m in new[] { left, right, bottom, top })
            if (!double.IsFinite(m) || m < 0)
                throw new ArgumentOutOfRangeException(nameof(left), m, "A margin must be a finite fraction ≥ 0.");
        (_marginLeft, _marginRight, _marginBottom, _marginTop) = (left, right, bottom, top);
    }

    /// <summary>The limits the plot renders with: always finite, with a non-zero span on both axes.</summary>
    public AxisLimits GetLimits()
    {
        var data = AxisLimits.NoLimits;
        foreach (var plottable in _plot.PlottableList)
            if (plottable.IsVisible) data = data.Expanded(plottable.GetAxisLimits());

        var (left, right) = _manualX ?? Fit(data.Left, data.Right, _marginLeft, _marginRight);
        var (bottom, top) = _manualY ?? Fit(data.Bottom, data.Top, _marginBottom, _marginTop);
        return new AxisLimits(left, right, bottom, top);
    }

    private static (double, double) Fit(double min, double max, double marginLow, double marginHigh)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max)) return (-10, 10);
        if (max - min <= 0)
        {
            double half = min == 0 ? 1 : Math.Abs(min) * 0.1;
            (min, max) = (min - half, max + half);
        }
        double span = max - min;
        return (min - span * marginLow, max + span * marginHigh);
    }

    private static (double, double) CheckRange(double low, double high, string name)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || high <= low)
            throw new ArgumentOutOfRangeException(name, $"Expected finite limits with the first below the second, found {low} and {high}.");
        return (low, high);
    }
}
