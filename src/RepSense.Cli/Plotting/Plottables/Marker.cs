namespace RepSense.Cli.Plotting.Plottables;

/// <summary>One marker at a point in data units (<c>plot.Add.Marker(x, y)</c>).</summary>
public sealed class Marker : IPlottable
{
    public Marker(Coordinates location) => Location = location;

    public Coordinates Location { get; set; }

    public bool IsVisible { get; set; } = true;

    public string? LegendText { get; set; }

    public MarkerStyle MarkerStyle { get; } = new() { Size = 10 };

    public Color Color { get => MarkerStyle.Color; set => MarkerStyle.Color = value; }

    public double MarkerSize { get => MarkerStyle.Size; set => MarkerStyle.Size = value; }

    public MarkerShape MarkerShape { get => MarkerStyle.Shape; set => MarkerStyle.Shape = value; }

    public IEnumerable<LegendItem> LegendItems => LegendItem.Single(LegendText, marker: MarkerStyle);

    public AxisLimits GetAxisLimits() => Location.AreFinite ? AxisLimits.FromPoint(Location.X, Location.Y) : AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        rp.Svg.Begin("g").Attr("class", "marker");
        if (Location.AreFinite)
            MarkerRenderer.Draw(rp.Svg, rp.GetPixelX(Location.X), rp.GetPixelY(Location.Y), MarkerStyle);
        rp.Svg.End();
    }
}
