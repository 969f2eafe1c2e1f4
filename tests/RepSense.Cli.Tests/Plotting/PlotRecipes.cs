using System.Text.RegularExpressions;
using RepSense.Cli.Plotting;
using static RepSense.Cli.Tests.Plotting.RenderedSvg;

namespace RepSense.Cli.Tests.Plotting;

public class PlotRecipes
{
    [Fact]
    public void Svg_has_the_requested_size_and_a_matching_view_box()
    {
        var svg = Recipe.Render("size", "The SVG is exactly the size asked for, with a matching viewBox.", plot =>
            plot.Add.ScatterLine([0, 1], [0, 1]), width: 720, height: 300);

        Assert.Equal(SvgNamespace, svg.Root.Name.NamespaceName);
        Assert.Equal("720", (string?)svg.Root.Attribute("width"));
        Assert.Equal("300", (string?)svg.Root.Attribute("height"));
        Assert.Equal("0 0 720 300", (string?)svg.Root.Attribute("viewBox"));
        double x = Number(svg.DataArea, "x"), y = Number(svg.DataArea, "y");
        Assert.True(x > 0 && y > 0 && x + svg.DataWidth < 720 && y + svg.DataHeight < 300, "the data area lies inside the image");
    }

    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    [Fact]
    public void Title_and_axis_labels_are_drawn()
    {
        var svg = Recipe.Render("labels", "Title, x label and y label (rotated) around the data area.", plot =>
        {
            plot.Add.ScatterLine([0, 1], [0, 1]);
            plot.Title("Set 1");
            plot.XLabel("time, s");
            plot.YLabel("acceleration, m/s²");
        });

        Assert.Equal("Set 1", svg.Descendants("text").Single(t => ClassOf(t) == "title").Value);
        Assert.Equal("time, s", svg.Descendants("text").Single(t => ClassOf(t) == "x-label").Value);
        var yLabel = svg.Descendants("text").Single(t => ClassOf(t) == "y-label");
        Assert.Equal("acceleration, m/s²", yLabel.Value);
        Assert.StartsWith("rotate(-90", (string?)yLabel.Attribute("transform"));
    }

    [Fact]
    public void Legend_is_hidden_until_shown_and_lists_only_labelled_plottables_in_order()
    {
        static void Body(Plot plot)
        {
            plot.Add.ScatterLine([0, 1], [0, 1]).LegendText = "first";
            plot.Add.ScatterLine([0, 1], [1, 0]);
            plot.Add.HorizontalSpan(0.2, 0.4).LegendText = "band";
            plot.Add.Marker(0.5, 0.5).LegendText = "point";
        }

        var hidden = Recipe.Render("legend-hidden", "Without ShowLegend there is no legend.", Body);
        var shown = Recipe.Render("legend", "The legend lists labelled plottables in the order they were added.", plot =>
        {
            Body(plot);
            plot.ShowLegend();
        });

        Assert.Empty(hidden.LegendLabels);
        Assert.Equal(["first", "band", "point"], shown.LegendLabels);
        Assert.True(Number(shown.DataArea, "x") + shown.DataWidth < Number(shown.Root.Descendants(Svg + "g")
            .Single(g => ClassOf(g) == "legend").Element(Svg + "rect")!, "x"), "the legend sits right of the data area");
    }

    [Fact]
    public void Manual_limits_replace_the_automatic_ones()
    {
        var svg = Recipe.Render("limits-manual", "SetLimits fixes the axes whatever the data.", plot =>
        {
            plot.Add.ScatterLine([0, 1], [0, 1]);
            plot.Axes.SetLimits(-5, 5, 0, 100);
        });

        Assert.Equal(-4.0, svg.TickValues("bottom-axis").Min(), 1.01); // the nearest ticks inside −5…5
        Assert.Equal(100, svg.TickValues("left-axis").Max());
        Assert.Equal(0, svg.TickValues("left-axis").Min());
    }

    [Fact]
    public void Rendering_is_deterministic_and_numbers_are_invariant_with_two_decimals_at_most()
    {
        static Plot Build()
        {
            var plot = new Plot();
            plot.Add.Signal(Enumerable.Range(0, 1000).Select(i => Math.Sin(i / 37.0) * 1234.5678).ToArray(), 1 / 3.0);
            plot.Add.HorizontalSpan(10.123456, 20.987654);
            plot.Title("determinism");
            plot.ShowLegend();
            return plot;
        }

        string first = Build().GetSvg(777, 333), second = Build().GetSvg(777, 333);
        Assert.Equal(first, second);
        var numbers = Regex.Matches(first, "-?\\d+\\.\\d+").Select(m => m.Value).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.Matches("^-?\\d+\\.\\d{1,2}$", n));
        Assert.DoesNotContain("\"-0\"", first);
    }

    [Fact]
    public void Nothing_is_drawn_for_hidden_plottables_and_they_do_not_move_the_axes()
    {
        var svg = Recipe.Render("hidden", "IsVisible = false removes a plottable from drawing, limits and legend.", plot =>
        {
            plot.Add.ScatterLine([0, 1], [0, 1]);
            var far = plot.Add.ScatterLine([0, 1000], [0, 1000]);
            far.LegendText = "far";
            far.IsVisible = false;
            plot.ShowLegend();
        });

        Assert.Single(svg.Plottables("scatter"));
        Assert.True(svg.TickValues("bottom-axis").Max() <= 1.1);
        Assert.Empty(svg.LegendLabels);
    }

    [Fact]
    public void Invalid_sizes_and_periods_are_refused()
    {
        var plot = new Plot();
        Assert.Throws<ArgumentOutOfRangeException>(() => plot.GetSvg(0, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => plot.Add.Signal([1, 2], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => plot.Add.Signal([1, 2], double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => plot.Axes.SetLimitsX(3, 3));
    }

    [Fact]
    public void SaveSvg_writes_what_GetSvg_returns()
    {
        using var folder = new TempFolder();
        var plot = new Plot();
        plot.Add.Scatter([1, 2], [3, 4]);
        string path = Path.Combine(folder.Path, "plot.svg");

        plot.SaveSvg(path, 300, 200);

        Assert.Equal(plot.GetSvg(300, 200) + "\n", File.ReadAllText(path));
    }
}
