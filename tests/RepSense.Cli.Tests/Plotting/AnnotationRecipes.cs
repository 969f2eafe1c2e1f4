using RepSense.Cli.Plotting;
using static RepSense.Cli.Tests.Plotting.RenderedSvg;

namespace RepSense.Cli.Tests.Plotting;

public class AnnotationRecipes
{
    [Fact]
    public void Each_horizontal_span_is_one_full_height_rect_over_its_x_range()
    {
        var svg = Recipe.Render("horizontal-span", "HorizontalSpan shades an x range (a rep, a phase) over the full height.", plot =>
        {
            plot.Add.Signal(Enumerable.Range(0, 101).Select(i => Math.Sin(i / 10.0)).ToArray(), 0.1);
            plot.Add.HorizontalSpan(1, 2);
            plot.Add.HorizontalSpan(5, 3); // ends in either order
            plot.Add.HorizontalSpan(7, 8);
        });

        var rects = svg.Plottables("span").Select(g => Assert.Single(g.Elements(Svg + "rect"))).ToList();
        Assert.Equal(3, rects.Count);
        Assert.All(rects, r =>
        {
            Assert.Equal(0, Number(r, "y"));
            Assert.Equal(svg.DataHeight, Number(r, "height"), 0.01);
            Assert.Equal("0.2", (string?)r.Attribute("fill-opacity"));
        });
        var widths = rects.Select(r => Number(r, "width")).ToList();
        Assert.Equal(2.0, widths[1] / widths[0], 0.02);
        Assert.Equal(1.0, widths[2] / widths[0], 0.02);
        Assert.True(Number(rects[0], "x") < Number(rects[1], "x") && Number(rects[1], "x") < Number(rects[2], "x"));
    }

    [Fact]
    public void Spans_and_vertical_lines_set_the_x_range_but_not_the_y_range()
    {
        var svg = Recipe.Render("span-limits", "Spans and vertical lines widen x only: y still fits the data.", plot =>
        {
            plot.Add.Scatter([2, 3], [100, 200]);
            plot.Add.HorizontalSpan(0, 1);
            plot.Add.VerticalLine(10);
        });

        var x = svg.TickValues("bottom-axis");
        Assert.True(x.Min() <= 0.5 && x.Max() >= 9.5, $"x ticks {string.Join(", ", x)} should reach the span and the line");
        var y = svg.TickValues("left-axis");
        Assert.True(y.Min() >= 90 && y.Max() <= 210, $"y ticks {string.Join(", ", y)} should fit the points only");
    }

    [Fact]
    public void Vertical_line_crosses_the_data_area_and_carries_its_label()
    {
        var svg = Recipe.Render("vertical-line", "A vertical line (a rep boundary) with a label at its top.", plot =>
        {
            plot.Add.ScatterLine([0, 10], [0, 1]);
            var line = plot.Add.VerticalLine(2.5, 1, Colors.DarkGray, LinePattern.Dashed);
            line.LabelText = "#1";
        });

        var group = Assert.Single(svg.Plottables("vertical-line"));
        var line = group.Element(Svg + "line")!;
        Assert.Equal(Number(line, "x1"), Number(line, "x2"));
        Assert.Equal(0, Number(line, "y1"));
        Assert.Equal(svg.DataHeight, Number(line, "y2"), 0.01);
        Assert.NotNull(line.Attribute("stroke-dasharray"));
        Assert.Equal("#1", group.Element(Svg + "text")!.Value);
    }

    [Fact]
    public void Line_is_one_segment_between_its_two_points()
    {
        var svg = Recipe.Render("line", "Add.Line draws one segment between two points (series use ScatterLine).", plot =>
            plot.Add.Line(0, 0, 10, 5));

        var line = Assert.Single(Assert.Single(svg.Plottables("line")).Elements(Svg + "line"));
        Assert.True(Number(line, "x1") < Number(line, "x2"));
        Assert.True(Number(line, "y1") > Number(line, "y2"), "y grows upwards in data, downwards in pixels");
    }

    [Fact]
    public void Markers_and_texts_annotate_points()
    {
        var svg = Recipe.Render("marker-and-text", "A marker at a point with a text above it (a flagged rep).", plot =>
        {
            plot.Add.ScatterLine([0, 10], [0, 10]);
            plot.Add.Marker(5, 5, MarkerShape.FilledTriangleDown, 12, Colors.Red);
            var text = plot.Add.Text("momentum", 5, 5);
            text.LabelAlignment = Alignment.LowerCenter;
            text.OffsetY = -8;
            text.LabelBackgroundColor = Colors.White;
        });

        var polygon = Assert.Single(Assert.Single(svg.Plottables("marker")).Elements(Svg + "polygon"));
        Assert.Equal(Colors.Red.ToHex(), (string?)polygon.Attribute("fill"));
        var text = Assert.Single(svg.Plottables("text")).Element(Svg + "text")!;
        Assert.Equal("momentum", text.Value);
        Assert.Equal("middle", (string?)text.Attribute("text-anchor"));
        Assert.True(Number(text, "y") < svg.DataHeight / 2, "the text stands above the marker");
    }

    [Fact]
    public void Every_text_node_is_escaped()
    {
        const string title = "Rows <heavy> & \"fast\" 'ok'";
        const string note = "<script>alert(1)</script> & co";
        var svg = Recipe.Render("escaping", "Titles, labels, legend entries and texts are escaped; control characters are replaced.", plot =>
        {
            plot.Title(title);
            plot.XLabel("x <s>");
            plot.YLabel("y & z");
            plot.Add.Text(note, 1, 1);
            plot.Add.ScatterLine([0, 2], [0, 2]).LegendText = "<b>bold</b>";
            plot.Add.VerticalLine(1).LabelText = "bell\u0007";
            plot.ShowLegend();
        });

        Assert.DoesNotContain("<script>", svg.Text);
        Assert.DoesNotContain("<b>", svg.Text);
        Assert.DoesNotContain("<heavy>", svg.Text);
        var texts = svg.Descendants("text").Select(t => t.Value).ToList();
        Assert.Contains(title, texts);
        Assert.Contains(note, texts);
        Assert.Contains("x <s>", texts);
        Assert.Contains("y & z", texts);
        Assert.Contains("<b>bold</b>", texts);
        Assert.Contains("bell\uFFFD", texts);
        Assert.Equal(title, svg.Root.Element(Svg + "title")!.Value);
        Assert.Equal(title, (string?)svg.Root.Attribute("aria-label"));
    }
}
