using RepSense.Cli.Plotting;
using RepSense.Cli.Plotting.Plottables;
using static RepSense.Cli.Tests.Plotting.RenderedSvg;

namespace RepSense.Cli.Tests.Plotting;

public class BarRecipes
{
    [Fact]
    public void Bars_are_one_rect_per_value_standing_on_zero()
    {
        var svg = Recipe.Render("bars", "One bar per value at x = 0, 1, 2, … standing on the bottom edge.", plot =>
        {
            plot.Add.Bars([2, 4, 1]);
            plot.Axes.Margins(0.05, 0.05, 0, 0.1);
        });

        var rects = Assert.Single(svg.Plottables("bars")).Elements(Svg + "rect").ToList();
        Assert.Equal(3, rects.Count);
        Assert.All(rects, r => Assert.Equal(svg.DataHeight, Number(r, "y") + Number(r, "height"), 0.02));
        Assert.Equal(2.0, Number(rects[1], "height") / Number(rects[0], "height"), 0.01);
        Assert.Equal(0.5, Number(rects[2], "height") / Number(rects[0], "height"), 0.01);
    }

    [Fact]
    public void Stacked_bars_touch_and_keep_their_proportions()
    {
        var svg = Recipe.Render("bars-stacked", "Stacked bars: one group per quantity, each bar based where the one below ends.", plot =>
        {
            var lower = plot.Add.Bars([new Bar { Position = 1, Value = 0.8 }, new Bar { Position = 2, Value = 1.0 }]);
            lower.Color = Colors.Blue;
            lower.LegendText = "concentric";
            var upper = plot.Add.Bars([new Bar { Position = 1, ValueBase = 0.8, Value = 1.2 }, new Bar { Position = 2, ValueBase = 1.0, Value = 1.2 }]);
            upper.Color = Colors.Orange;
            upper.LegendText = "top hold";
            plot.Axes.Bottom.SetTicks([1, 2], ["1", "2"]);
            plot.Axes.Margins(0.05, 0.05, 0, 0.1);
            plot.ShowLegend();
        });

        var groups = svg.Plottables("bars");
        Assert.Equal(2, groups.Count);
        var lower = groups[0].Elements(Svg + "rect").ToList();
        var upper = groups[1].Elements(Svg + "rect").ToList();
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(Number(lower[i], "y"), Number(upper[i], "y") + Number(upper[i], "height"), 0.02);
            Assert.Equal(Number(lower[i], "x"), Number(upper[i], "x"));
        }
        Assert.Equal(2.0, Number(lower[0], "height") / Number(upper[0], "height"), 0.01);
        Assert.Equal(["1", "2"], svg.TickLabels("bottom-axis"));
        Assert.Equal(["concentric", "top hold"], svg.LegendLabels);
    }

    [Fact]
    public void Bars_of_zero_height_are_not_drawn()
    {
        var svg = Recipe.Render("bars-zero", "A zero or NaN bar draws nothing.", plot => plot.Add.Bars([1, 0, double.NaN, 2]));

        Assert.Equal(2, svg.Plottables("bars").Single().Elements(Svg + "rect").Count());
    }
}
