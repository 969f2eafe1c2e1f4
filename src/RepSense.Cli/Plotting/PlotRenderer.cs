using System.Text;
using RepSense.Cli.Plotting.TickGenerators;

namespace RepSense.Cli.Plotting;

/// <summary>
/// Lays a plot out and writes it. Layout works outwards from the text it must fit: the title above, the x ticks
/// and label below, the widest y tick label and the y label to the left, the legend to the right; the data area
/// gets the rest. The data area is a nested <c>&lt;svg&gt;</c> viewport, which clips plottables to it without the
/// ids a clipPath needs (ids would clash when several plots are inlined in one HTML page).
/// </summary>
internal static class PlotRenderer
{
    private const double PadPx = 10, TitleFontPx = 16, LabelFontPx = 13, TickFontPx = 11, TickLengthPx = 4;
    private const string FontFamily = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";
    private static readonly Color Ink = Color.FromHex("#222222");
    private static readonly Color GridColor = Color.FromHex("#e6e6e6");
    private static readonly Color FrameColor = Color.FromHex("#666666");

    public static string Render(Plot plot, int width, int height)
    {
        if (width < 1 || height < 1)
            throw new ArgumentOutOfRangeException(nameof(width), $"Expected a positive size in pixels, found {width}×{height}.");

        var limits = plot.Axes.GetLimits();
        var legendItems = plot.Legend.IsVisible ? plot.Legend.GetItems(plot.PlottableList) : [];
        string title = plot.TitleText, xLabel = plot.Axes.Bottom.Label, yLabel = plot.Axes.Left.Label;

        double top = PadPx + (title.Length > 0 ? TitleFontPx * 1.5 : 0);
        double bottom = PadPx + TickLengthPx + 2 + TickFontPx * 1.2 + (xLabel.Length > 0 ? LabelFontPx * 1.6 : 0);
        double dataHeight = Math.Max(1, height - top - bottom);
        var yTicks = plot.Axes.Left.TickGenerator.Generate(limits.Bottom, limits.Top, dataHeight);
        double yTickWidth = yTicks.Count == 0 ? 0 : yTicks.Max(t => TextMetrics.WidthPx(t.Label, TickFontPx));
        double left = PadPx + (yLabel.Length > 0 ? LabelFontPx * 1.6 : 0) + yTickWidth + TickLengthPx + 4;
        double legendWidth = legendItems.Count > 0 ? Math.Min(plot.Legend.MeasureWidth(legendItems), width * 0.4) : 0;
        double right = PadPx + (legendWidth > 0 ? legendWidth + 10 : 8);
        var data = new PixelRect(left, top, Math.Max(1, width - left - right), dataHeight);
        var xTicks = plot.Axes.Bottom.TickGenerator.Generate(limits.Left, limits.Right, data.Width);

        var text = new StringBuilder();
        using (var svg = new SvgWriter(text))
        {
            svg.Begin("svg").Attr("width", width).Attr("height", height).Attr("viewBox", $"0 0 {width} {height}")
                .Attr("font-family", FontFamily).Attr("role", "img");
            if (title.Length > 0) svg.Attr("aria-label", title).Begin("title").Content(title).End();
            svg.Begin("rect").Attr("class", "background").Attr("width", width).Attr("height", height).Fill(Colors.White).End();

            var area = new RenderPack(svg, data with { Left = 0, Top = 0 }, limits);
            WriteGrid(svg, area, data, xTicks, yTicks);
            svg.Begin("svg").Attr("class", "data-area").Attr("x", data.Left).Attr("y", data.Top)
                .Attr("width", data.Width).Attr("height", data.Height).Attr("overflow", "hidden");
            foreach (var plottable in plot.PlottableList)
                if (plottable.IsVisible) plottable.Render(area);
            svg.End();
            svg.Begin("rect").Attr("class", "frame").Attr("x", data.Left).Attr("y", data.Top).Attr("width", data.Width)
                .Attr("height", data.Height).Fill(Colors.Transparent).Stroke(new LineStyle { Color = FrameColor }).End();

            WriteAxes(svg, area, data, xTicks, yTicks);
            if (xLabel.Length > 0)
                svg.Text(xLabel, data.Left + data.Width / 2, height - PadPx, LabelFontPx, Ink, Alignment.LowerCenter, cssClass: "x-label");
            if (yLabel.Length > 0)
                svg.Text(yLabel, PadPx + LabelFontPx * 0.6, data.Top + data.Height / 2, LabelFontPx, Ink, Alignment.MiddleCenter,
                    rotationDeg: -90, cssClass: "y-label");
            if (title.Length > 0)
                svg.Text(title, data.Left + data.Width / 2, PadPx, TitleFontPx, Ink, Alignment.UpperCenter, bold: true, cssClass: "title");
            if (legendItems.Count > 0)
                plot.Legend.Render(svg, legendItems, data.Right + 10, data.Top, legendWidth);
            svg.End();
        }
        return text.ToString();
    }

    private static void WriteGrid(SvgWriter svg, RenderPack area, PixelRect data, IReadOnlyList<Tick> xTicks, IReadOnlyList<Tick> yTicks)
    {
        var line = new LineStyle { Color = GridColor };
        svg.Begin("g").Attr("class", "grid");
        foreach (var tick in xTicks)
        {
            double x = data.Left + area.GetPixelX(tick.Position);
            svg.Begin("line").Attr("x1", x).Attr("y1", data.Top).Attr("x2", x).Attr("y2", data.Bottom).Stroke(line).End();
        }
        foreach (var tick in yTicks)
        {
            double y = data.Top + area.GetPixelY(tick.Position);
            svg.Begin("line").Attr("x1", data.Left).Attr("y1", y).Attr("x2", data.Right).Attr("y2", y).Stroke(line).End();
        }
        svg.End();
    }

    private static void WriteAxes(SvgWriter svg, RenderPack area, PixelRect data, IReadOnlyList<Tick> xTicks, IReadOnlyList<Tick> yTicks)
    {
        var line = new LineStyle { Color = FrameColor };
        svg.Begin("g").Attr("class", "bottom-axis");
        foreach (var tick in xTicks)
        {
            double x = data.Left + area.GetPixelX(tick.Position);
            svg.Begin("line").Attr("x1", x).Attr("y1", data.Bottom).Attr("x2", x).Attr("y2", data.Bottom + TickLengthPx).Stroke(line).End();
            svg.Text(tick.Label, x, data.Bottom + TickLengthPx + 2, TickFontPx, Ink, Alignment.UpperCenter);
        }
        svg.End();
        svg.Begin("g").Attr("class", "left-axis");
        foreach (var tick in yTicks)
        {
            double y = data.Top + area.GetPixelY(tick.Position);
            svg.Begin("line").Attr("x1", data.Left - TickLengthPx).Attr("y1", y).Attr("x2", data.Left).Attr("y2", y).Stroke(line).End();
            svg.Text(tick.Label, data.Left - TickLengthPx - 3, y, TickFontPx, Ink, Alignment.MiddleRight);
        }
        svg.End();
    }
}
