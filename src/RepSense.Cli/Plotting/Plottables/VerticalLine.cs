namespace RepSense.Cli.Plotting.Plottables;

/// <summary>
/// A vertical line at one x across the whole data area (<c>plot.Add.VerticalLine(x)</c>), with an optional label at
/// its top. It constrains the x limits only.
/// </summary>
public sealed class VerticalLine : LinePlottable
{
    public VerticalLine(double x) : base(lineWidth: 1) => X = x;

    public double X { get; set; }

    /// <summary>Written beside the top of the line; empty for none.</summary>
    public string LabelText { get; set; } = "";

    public double LabelFontSize { get; set; } = 11;

    public Color LabelFontColor { get; set; } = Colors.DarkGray;

    public Color Color { get => LineColor; set => LineColor = value; }

    public override AxisLimits GetAxisLimits() => double.IsFinite(X) ? AxisLimits.HorizontalOnly(X, X) : AxisLimits.NoLimits;

    public override void Render(RenderPack rp)
    {
        rp.Svg.Begin("g").Attr("class", "vertical-line");
        if (double.IsFinite(X))
        {
            double x = rp.GetPixelX(X);
            if (LineStyle.IsVisible)
                rp.Svg.Begin("line").Attr("x1", x).Attr("y1", 0).Attr("x2", x).Attr("y2", rp.DataRect.Height).Stroke(LineStyle).End();
            if (LabelText.Length > 0)
                rp.Svg.Text(LabelText, x + 3, 3, LabelFontSize, LabelFontColor, Alignment.UpperLeft);
        }
        rp.Svg.End();
    }
}
