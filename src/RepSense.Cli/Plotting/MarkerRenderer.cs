namespace RepSense.Cli.Plotting;

/// <summary>Draws one marker centred on a pixel; shared by scatter points, single markers and legend swatches.</summary>
internal static class MarkerRenderer
{
    public static void Draw(SvgWriter svg, double x, double y, MarkerStyle style)
    {
        if (!style.IsVisible) return;
        double r = style.Size / 2;
        switch (style.Shape)
        {
            case MarkerShape.FilledCircle:
                svg.Begin("circle").Attr("cx", x).Attr("cy", y).Attr("r", r).Fill(style.FillColor).End();
                break;
            case MarkerShape.OpenCircle:
                Outlined(svg.Begin("circle").Attr("cx", x).Attr("cy", y).Attr("r", r), style);
                break;
            case MarkerShape.FilledSquare:
                svg.Begin("rect").Attr("x", x - r).Attr("y", y - r).Attr("width", style.Size).Attr("height", style.Size)
                    .Fill(style.FillColor).End();
                break;
            case MarkerShape.OpenSquare:
                Outlined(svg.Begin("rect").Attr("x", x - r).Attr("y", y - r).Attr("width", style.Size).Attr("height", style.Size), style);
                break;
            case MarkerShape.FilledTriangleUp:
                Polygon(svg, style, (x, y - r), (x + r, y + r), (x - r, y + r));
                break;
            case MarkerShape.FilledTriangleDown:
                Polygon(svg, style, (x - r, y - r), (x + r, y - r), (x, y + r));
                break;
            case MarkerShape.FilledDiamond:
                Polygon(svg, style, (x, y - r), (x + r, y), (x, y + r), (x - r, y));
                break;
            case MarkerShape.Eks:
                Outlined(svg.Begin("path").Attr("d",
                    $"M{SvgWriter.Num(x - r)},{SvgWriter.Num(y - r)}L{SvgWriter.Num(x + r)},{SvgWriter.Num(y + r)}" +
                    $"M{SvgWriter.Num(x - r)},{SvgWriter.Num(y + r)}L{SvgWriter.Num(x + r)},{SvgWriter.Num(y - r)}"), style);
                break;
            case MarkerShape.Cross:
                Outlined(svg.Begin("path").Attr("d",
                    $"M{SvgWriter.Num(x - r)},{SvgWriter.Num(y)}L{SvgWriter.Num(x + r)},{SvgWriter.Num(y)}" +
                    $"M{SvgWriter.Num(x)},{SvgWriter.Num(y - r)}L{SvgWriter.Num(x)},{SvgWriter.Num(y + r)}"), style);
                break;
        }
    }

    private static void Outlined(SvgWriter element, MarkerStyle style) =>
        element.Attr("fill", "none").Stroke(new LineStyle { Color = style.LineColor, Width = style.LineWidth }).End();

    private static void Polygon(SvgWriter svg, MarkerStyle style, params (double X, double Y)[] corners) =>
        svg.Begin("polygon")
            .Attr("points", string.Join(" ", corners.Select(c => SvgWriter.Num(c.X) + "," + SvgWriter.Num(c.Y))))
            .Fill(style.FillColor).End();
}
