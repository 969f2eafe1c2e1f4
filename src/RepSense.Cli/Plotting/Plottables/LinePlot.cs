namespace RepSense.Cli.Plotting.Plottables;

/// <summary>One straight segment between two points (<c>plot.Add.Line(x1, y1, x2, y2)</c>); for a series of points
/// use <c>Add.ScatterLine</c>.</summary>
public sealed class LinePlot : LinePlottable
{
    public LinePlot(Coordinates start, Coordinates end) : base(lineWidth: 1.5)
    {
        Start = start;
        End = end;
    }

    public Coordinates Start { get; set; }

    public Coordinates End { get; set; }

    public Color Color { get => LineColor; set => LineColor = value; }

    public override AxisLimits GetAxisLimits() => AxisLimits.FromPoints([Start.X, End.X], [Start.Y, End.Y]);

    public override void Render(RenderPack rp)
    {
        rp.Svg.Begin("g").Attr("class", "line");
        if (Start.AreFinite && End.AreFinite && LineStyle.IsVisible)
            rp.Svg.Begin("line")
                .Attr("x1", rp.GetPixelX(Start.X)).Attr("y1", rp.GetPixelY(Start.Y))
                .Attr("x2", rp.GetPixelX(End.X)).Attr("y2", rp.GetPixelY(End.Y))
                .Stroke(LineStyle).Attr("stroke-linecap", "round").End();
        rp.Svg.End();
    }
}
