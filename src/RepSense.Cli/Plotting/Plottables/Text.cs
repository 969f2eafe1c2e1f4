namespace RepSense.Cli.Plotting.Plottables;

/// <summary>
/// A text at a point in data units (<c>plot.Add.Text(text, x, y)</c>), placed by <see cref="LabelAlignment"/> and
/// shifted by a pixel offset (positive y is down, as on screen). The text is escaped when written.
/// </summary>
public sealed class Text : IPlottable
{
    public Text(string labelText, Coordinates location)
    {
        LabelText = labelText ?? throw new ArgumentNullException(nameof(labelText));
        Location = location;
    }

    public string LabelText { get; set; }

    public Coordinates Location { get; set; }

    public bool IsVisible { get; set; } = true;

    public double LabelFontSize { get; set; } = 12;

    public Color LabelFontColor { get; set; } = Colors.Black;

    public bool LabelBold { get; set; }

    public Alignment LabelAlignment { get; set; } = Alignment.UpperLeft;

    /// <summary>A box behind the text so it reads over lines and shading; transparent (none) by default.</summary>
    public Color LabelBackgroundColor { get; set; } = Colors.Transparent;

    public double OffsetX { get; set; }

    public double OffsetY { get; set; }

    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    public AxisLimits GetAxisLimits() => Location.AreFinite ? AxisLimits.FromPoint(Location.X, Location.Y) : AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        var svg = rp.Svg;
        svg.Begin("g").Attr("class", "text");
        if (Location.AreFinite)
        {
            double x = rp.GetPixelX(Location.X) + OffsetX;
            double y = rp.GetPixelY(Location.Y) + OffsetY;
            if (LabelBackgroundColor.IsVisible)
            {
                double width = TextMetrics.WidthPx(LabelText, LabelFontSize) + 4;
                double height = LabelFontSize * 1.25;
                double left = TextMetrics.TextAnchor(LabelAlignment) switch
                {
                    "start" => x - 2,
                    "middle" => x - width / 2,
                    _ => x - width + 2,
                };
                double top = TextMetrics.BaselineY(y, LabelFontSize, LabelAlignment) - LabelFontSize * 0.95;
                svg.Begin("rect").Attr("x", left).Attr("y", top).Attr("width", width).Attr("height", height)
                    .Attr("rx", 2).Fill(LabelBackgroundColor).End();
            }
            svg.Text(LabelText, x, y, LabelFontSize, LabelFontColor, LabelAlignment, LabelBold);
        }
        svg.End();
    }
}
