namespace RepSense.Cli.Plotting;

/// <summary>
/// The legend, drawn to the right of the data area so it never hides data. It lists every visible plottable with
/// legend text, in the order they were added, then <see cref="ManualItems"/>. Hidden until
/// <see cref="Plot.ShowLegend"/> (as in ScottPlot).
/// </summary>
public sealed class Legend
{
    private const double PaddingPx = 6, SwatchWidthPx = 22, GapPx = 6;

    public bool IsVisible { get; set; }

    public double FontSize { get; set; } = 12;

    public List<LegendItem> ManualItems { get; } = [];

    internal IReadOnlyList<LegendItem> GetItems(IEnumerable<IPlottable> plottables) =>
        plottables.Where(p => p.IsVisible).SelectMany(p => p.LegendItems).Concat(ManualItems)
            .Where(i => !string.IsNullOrEmpty(i.LabelText)).ToList();

    private double RowHeightPx => FontSize * 1.6;

    internal double MeasureWidth(IReadOnlyList<LegendItem> items) =>
        2 * PaddingPx + SwatchWidthPx + GapPx + items.Max(i => TextMetrics.WidthPx(i.LabelText, FontSize));

    internal void Render(SvgWriter svg, IReadOnlyList<LegendItem> items, double left, double top, double width)
    {
        svg.Begin("g").Attr("class", "legend");
        svg.Begin("rect").Attr("x", left).Attr("y", top).Attr("width", width)
            .Attr("height", 2 * PaddingPx + items.Count * RowHeightPx)
            .Fill(Colors.White).Stroke(new LineStyle { Color = Colors.LightGray }).End();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            double y = top + PaddingPx + (i + 0.5) * RowHeightPx;
            double x = left + PaddingPx;
            svg.Begin("g").Attr("class", "legend-item");
            if (item.FillStyle is { IsVisible: true } fill)
                svg.Begin("rect").Attr("x", x + 3).Attr("y", y - FontSize * 0.45).Attr("width", SwatchWidthPx - 6)
                    .Attr("height", FontSize * 0.9).Fill(fill.Color).Stroke(item.LineStyle ?? new LineStyle { Width = 0 }).End();
            else if (item.LineStyle is { IsVisible: true } line)
                svg.Begin("line").Attr("x1", x).Attr("y1", y).Attr("x2", x + SwatchWidthPx).Attr("y2", y).Stroke(line).End();
            if (item.MarkerStyle is { IsVisible: true } marker)
                MarkerRenderer.Draw(svg, x + SwatchWidthPx / 2, y, new MarkerStyle
                {
                    Shape = marker.Shape, Size = Math.Min(marker.Size, FontSize), FillColor = marker.FillColor,
                    LineColor = marker.LineColor, LineWidth = marker.LineWidth,
                });
            svg.Text(item.LabelText, x + SwatchWidthPx + GapPx, y, FontSize, Colors.Black, Alignment.MiddleLeft);
            svg.End();
        }
        svg.End();
    }
}
