namespace RepSense.Cli.Plotting.Plottables;

/// <summary>
/// A band over an x range, the full height of the data area (<c>plot.Add.HorizontalSpan(x1, x2)</c>): a rep, a
/// phase. It constrains the x limits only. The ends may be given in either order.
/// </summary>
public sealed class HorizontalSpan : IPlottable
{
    public HorizontalSpan(double x1, double x2)
    {
        X1 = x1;
        X2 = x2;
    }

    public double X1 { get; set; }

    public double X2 { get; set; }

    public bool IsVisible { get; set; } = true;

    public string? LegendText { get; set; }

    public FillStyle FillStyle { get; } = new();

    /// <summary>The edges; hidden (width 0) by default.</summary>
    public LineStyle LineStyle { get; } = new() { Width = 0 };

    /// <summary>As in ScottPlot: the fill becomes this colour at 20 % opacity and the edges this colour.</summary>
    public Color Color
    {
        get => LineStyle.Color;
        set { FillStyle.Color = value.WithAlpha(0.2); LineStyle.Color = value; }
    }

    /// <summary>The fill exactly as given (opacity included).</summary>
    public Color FillColor { get => FillStyle.Color; set => FillStyle.Color = value; }

    public IEnumerable<LegendItem> LegendItems => LegendItem.Single(LegendText, fill: FillStyle);

    public AxisLimits GetAxisLimits() =>
        double.IsFinite(X1) && double.IsFinite(X2) ? AxisLimits.HorizontalOnly(Math.Min(X1, X2), Math.Max(X1, X2)) : AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        rp.Svg.Begin("g").Attr("class", "span");
        if (double.IsFinite(X1) && double.IsFinite(X2))
        {
            double left = rp.GetPixelX(Math.Min(X1, X2));
            double right = rp.GetPixelX(Math.Max(X1, X2));
            rp.Svg.Begin("rect").Attr("x", left).Attr("y", 0).Attr("width", right - left).Attr("height", rp.DataRect.Height)
                .Fill(FillStyle.IsVisible ? FillStyle.Color : Colors.Transparent).Stroke(LineStyle).End();
        }
        rp.Svg.End();
    }
}
