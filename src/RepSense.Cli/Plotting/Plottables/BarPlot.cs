namespace RepSense.Cli.Plotting.Plottables;

/// <summary>
/// A group of bars with one legend row (<c>plot.Add.Bars(values)</c>). For a stacked chart add one group per
/// stacked quantity, each bar based where the group below ends. Bars of zero height or with a NaN end are not drawn.
/// </summary>
public sealed class BarPlot : IPlottable
{
    public BarPlot(IEnumerable<Bar> bars) => Bars = bars.ToList();

    public List<Bar> Bars { get; }

    public bool IsVisible { get; set; } = true;

    public string? LegendText { get; set; }

    /// <summary>Sets every bar's fill (read: the first bar's fill).</summary>
    public Color Color
    {
        get => Bars.Count > 0 ? Bars[0].FillColor : Colors.Gray;
        set { foreach (var bar in Bars) bar.FillColor = value; }
    }

    public IEnumerable<LegendItem> LegendItems => LegendItem.Single(LegendText, fill: new FillStyle { Color = Color });

    public AxisLimits GetAxisLimits()
    {
        var limits = AxisLimits.NoLimits;
        foreach (var bar in Bars)
            if (double.IsFinite(bar.Position) && double.IsFinite(bar.Value) && double.IsFinite(bar.ValueBase))
                limits = limits.Expanded(new AxisLimits(bar.Position - bar.Size / 2, bar.Position + bar.Size / 2,
                    Math.Min(bar.Value, bar.ValueBase), Math.Max(bar.Value, bar.ValueBase)));
        return limits;
    }

    public void Render(RenderPack rp)
    {
        rp.Svg.Begin("g").Attr("class", "bars");
        foreach (var bar in Bars)
        {
            if (!double.IsFinite(bar.Position) || !double.IsFinite(bar.Value) || !double.IsFinite(bar.ValueBase) ||
                bar.Value == bar.ValueBase) continue;
            double left = rp.GetPixelX(bar.Position - bar.Size / 2);
            double right = rp.GetPixelX(bar.Position + bar.Size / 2);
            double top = rp.GetPixelY(Math.Max(bar.Value, bar.ValueBase));
            double bottom = rp.GetPixelY(Math.Min(bar.Value, bar.ValueBase));
            rp.Svg.Begin("rect").Attr("x", left).Attr("y", top).Attr("width", right - left).Attr("height", bottom - top)
                .Fill(bar.FillColor).Stroke(new LineStyle { Color = bar.LineColor, Width = bar.LineWidth }).End();
        }
        rp.Svg.End();
    }
}
