using RepSense.Cli.Plotting;
using static RepSense.Cli.Tests.Plotting.RenderedSvg;

namespace RepSense.Cli.Tests.Plotting;

public class ScatterRecipes
{
    [Fact]
    public void Scatter_draws_a_line_and_a_marker_per_point()
    {
        var svg = Recipe.Render("scatter", "Points at arbitrary x joined by a line, with markers.", plot =>
            plot.Add.Scatter([0, 1, 3, 7], [2, 4, 1, 5]));

        var group = Assert.Single(svg.Plottables("scatter"));
        Assert.Equal(4, Assert.Single(Subpaths(group.Element(Svg + "path")!)).Count);
        Assert.Equal(4, group.Descendants(Svg + "circle").Count());
    }

    [Fact]
    public void ScatterLine_has_no_markers()
    {
        var svg = Recipe.Render("scatter-line", "ScatterLine is a scatter plot without markers.", plot =>
            plot.Add.ScatterLine([0, 1, 2], [0, 1, 0]));

        var group = Assert.Single(svg.Plottables("scatter"));
        Assert.Single(group.Elements(Svg + "path"));
        Assert.Empty(group.Descendants(Svg + "circle"));
    }

    [Fact]
    public void Single_point_scatter_sits_in_the_middle_of_a_non_zero_range()
    {
        var svg = Recipe.Render("scatter-one-point", "One point: the axes are widened so it has room around it.", plot =>
            plot.Add.Scatter([3], [7]));

        var circle = Assert.Single(svg.Plottables("scatter")[0].Descendants(Svg + "circle"));
        Assert.Equal(svg.DataWidth / 2, Number(circle, "cx"), 0.5);
        Assert.Equal(svg.DataHeight / 2, Number(circle, "cy"), 0.5);
        Assert.True(svg.TickValues("bottom-axis").Distinct().Count() >= 2);
        Assert.True(svg.TickValues("left-axis").Distinct().Count() >= 2);
    }

    [Fact]
    public void A_point_with_a_NaN_coordinate_breaks_the_line_and_has_no_marker()
    {
        var svg = Recipe.Render("scatter-nan", "A NaN coordinate splits a scatter line in two and draws no marker.", plot =>
            plot.Add.Scatter([0, 1, double.NaN, 3, 4], [1, 2, 3, 2, 1]));

        var group = svg.Plottables("scatter").Single();
        Assert.Equal(2, Subpaths(group.Element(Svg + "path")!).Count);
        Assert.Equal(4, group.Descendants(Svg + "circle").Count());
    }

    [Fact]
    public void Each_added_series_takes_the_next_palette_colour()
    {
        var svg = Recipe.Render("palette", "Series added one after another get the palette's colours in turn.", plot =>
        {
            plot.Add.ScatterLine([0, 1], [0, 1]);
            plot.Add.ScatterLine([0, 1], [1, 2]);
            plot.Add.ScatterLine([0, 1], [2, 3]);
        });

        var strokes = svg.Plottables("scatter").Select(g => (string)g.Element(Svg + "path")!.Attribute("stroke")!).ToList();
        Assert.Equal(3, strokes.Distinct().Count());
        Assert.Equal("#1f77b4", strokes[0]); // Category10 starts with matplotlib's blue
    }

    [Fact]
    public void Color_sets_line_and_markers_and_styles_are_grouped_with_shortcuts()
    {
        var svg = Recipe.Render("scatter-styled", "Style through groups (LineStyle, MarkerStyle) or their flat shortcuts.", plot =>
        {
            var scatter = plot.Add.Scatter([0, 1, 2], [1, 0, 1]);
            scatter.Color = Color.FromHex("#123456");
            scatter.LineWidth = 3;
            scatter.MarkerStyle.Shape = MarkerShape.FilledSquare;
            scatter.LinePattern = LinePattern.Dashed;
        });

        var group = svg.Plottables("scatter").Single();
        var path = group.Element(Svg + "path")!;
        Assert.Equal("#123456", (string?)path.Attribute("stroke"));
        Assert.Equal("3", (string?)path.Attribute("stroke-width"));
        Assert.NotNull(path.Attribute("stroke-dasharray"));
        var squares = group.Descendants(Svg + "rect").ToList();
        Assert.Equal(3, squares.Count);
        Assert.All(squares, r => Assert.Equal("#123456", (string?)r.Attribute("fill")));
    }

    [Fact]
    public void Scatter_with_unequal_lengths_is_refused()
    {
        var plot = new Plot();
        Assert.Throws<ArgumentException>(() => plot.Add.Scatter([1, 2, 3], [1, 2]));
    }
}
