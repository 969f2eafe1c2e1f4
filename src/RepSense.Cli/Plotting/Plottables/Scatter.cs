namespace RepSense.Cli.Plotting.Plottables;

/// <summary>
/// Points at arbitrary x, joined in the given order by a line (<c>Add.Scatter</c> draws line and markers,
/// <c>Add.ScatterLine</c> the line only). A point with a NaN or infinite coordinate breaks the line and has no marker.
/// </summary>
public sealed class Scatter : LinePlottable
{
    public Scatter(IReadOnlyList<double> xs, IReadOnlyList<double> ys) : base(lineWidth: 1.5)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        if (xs.Count != ys.Count)
            throw new ArgumentException($"Expected as many ys as xs, found {xs.Count} xs and {ys.Count} ys.", nameof(ys));
        Xs = xs;
        Ys = ys;
    }

    public IReadOnlyList<double> Xs { get; }

    public IReadOnlyList<double> Ys { get; }

    public MarkerStyle MarkerStyle { get; } = new() { Size = 5 };

    /// <summary>Sets the line and the markers together.</summary>
    public Color Color
    {
        get => LineStyle.Color;
        set { LineStyle.Color = value; MarkerStyle.Color = value; }
    }

    public double MarkerSize { get => MarkerStyle.Size; set => MarkerStyle.Size = value; }

    public MarkerShape MarkerShape { get => MarkerStyle.Shape; set => MarkerStyle.Shape = value; }

    public override IEnumerable<LegendItem> LegendItems => LegendItem.Single(LegendText,
        line: LineStyle.IsVisible ? LineStyle : null, marker: MarkerStyle.IsVisible ? MarkerStyle : null);

    public override AxisLimits GetAxisLimits() => AxisLimits.FromPoints(Xs, Ys);

    public override void Render(RenderPack rp)
    {
        var svg = rp.Svg;
        svg.Begin("g").Attr("class", "scatter");
        if (LineStyle.IsVisible)
        {
            var path = new SvgPathBuilder();
            for (int i = 0; i < Xs.Count; i++)
            {
                if (double.IsFinite(Xs[i]) && double.IsFinite(Ys[i])) path.LineTo(rp.GetPixelX(Xs[i]), rp.GetPixelY(Ys[i]));
                else path.Break();
            }
            string d = path.Build();
            if (d.Length > 0)
                svg.Begin("path").Attr("d", d).Attr("fill", "none").Stroke(LineStyle)
                    .Attr("stroke-linejoin", "round").Attr("stroke-linecap", "round").End();
        }
        if (MarkerStyle.IsVisible)
        {
            svg.Begin("g").Attr("class", "markers");
            for (int i = 0; i < Xs.Count; i++)
                if (double.IsFinite(Xs[i]) && double.IsFinite(Ys[i]))
                    MarkerRenderer.Draw(svg, rp.GetPixelX(Xs[i]), rp.GetPixelY(Ys[i]), MarkerStyle);
            svg.End();
        }
        svg.End();
    }
}
