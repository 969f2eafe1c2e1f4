namespace RepSense.Cli.Plotting;

/// <summary>
/// What a plottable renders with: the writer and the mapping from data units to pixels. Plottables draw inside the
/// data area's own viewport: (0, 0) is its top-left corner, <see cref="DataRect"/> its size, and anything outside is
/// clipped by the viewer, so a plottable need not clip itself.
/// </summary>
public sealed class RenderPack
{
    internal RenderPack(SvgWriter svg, PixelRect dataRect, AxisLimits limits)
    {
        Svg = svg;
        DataRect = dataRect;
        Limits = limits;
    }

    public SvgWriter Svg { get; }

    /// <summary>The data area in its own coordinates (Left and Top are 0).</summary>
    public PixelRect DataRect { get; }

    /// <summary>The axis limits the plot settled on (finite, non-zero spans).</summary>
    public AxisLimits Limits { get; }

    public double GetPixelX(double x) => (x - Limits.Left) / Limits.HorizontalSpan * DataRect.Width;

    public double GetPixelY(double y) => DataRect.Height - (y - Limits.Bottom) / Limits.VerticalSpan * DataRect.Height;
}
