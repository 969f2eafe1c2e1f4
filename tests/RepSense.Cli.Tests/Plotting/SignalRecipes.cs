using RepSense.Cli.Plotting;
using RepSense.Ingest.Units;
using static RepSense.Cli.Tests.Plotting.RenderedSvg;

namespace RepSense.Cli.Tests.Plotting;

public class SignalRecipes
{
    private static double[] Sine(int count, double rateHz, double periodS, double amplitude = 1) =>
        Enumerable.Range(0, count).Select(i => amplitude * Math.Sin(2 * Math.PI * i / rateHz / periodS)).ToArray();

    [Fact]
    public void Signal_is_one_path_spanning_its_samples_from_its_offset()
    {
        var svg = Recipe.Render("signal", "Evenly sampled data: a 100 Hz sine from t = 5 s, given as a sample rate.", plot =>
        {
            var signal = plot.Add.Signal(Sine(501, 100, 2), SampleRate.FromHertz(100));
            signal.Data.XOffset = 5;
            plot.XLabel("time, s");
        });

        var path = Assert.Single(Assert.Single(svg.Plottables("signal")).Elements(Svg + "path"));
        var points = Assert.Single(Subpaths(path));
        Assert.Equal(501, points.Count);
        var ticks = svg.TickValues("bottom-axis");
        Assert.True(ticks.Min() >= 4.9 && ticks.Max() <= 10.1, $"x ticks {string.Join(", ", ticks)} should lie within 5…10 s");
        Assert.Contains(5.0, ticks);
        Assert.Contains(10.0, ticks);
    }

    [Fact]
    public void Period_and_sample_rate_give_the_same_plot()
    {
        var ys = Sine(200, 50, 1);
        var byPeriod = new Plot();
        byPeriod.Add.Signal(ys, 0.02);
        var byRate = new Plot();
        byRate.Add.Signal(ys, SampleRate.FromHertz(50));

        Assert.Equal(byPeriod.GetSvg(400, 300), byRate.GetSvg(400, 300));
    }

    [Fact]
    public void Empty_signal_renders_no_line_and_axes_with_a_non_zero_range()
    {
        var svg = Recipe.Render("signal-empty", "A signal without samples still gives a plot with usable axes.", plot =>
        {
            plot.Add.Signal(Array.Empty<double>(), 0.01);
            plot.Add.ScatterLine(Array.Empty<double>(), Array.Empty<double>());
        });

        Assert.Empty(Assert.Single(svg.Plottables("signal")).Elements());
        Assert.Empty(Assert.Single(svg.Plottables("scatter")).Elements());
        Assert.True(svg.TickValues("bottom-axis").Distinct().Count() >= 2);
        Assert.True(svg.TickValues("left-axis").Distinct().Count() >= 2);
    }

    [Fact]
    public void Single_sample_is_a_dot_in_the_middle_of_a_non_zero_range()
    {
        var svg = Recipe.Render("signal-one-point", "One sample shows as a dot, with the axes widened around it.", plot =>
            plot.Add.Signal([4.2], 0.01));

        var path = Assert.Single(svg.Plottables("signal")[0].Elements(Svg + "path"));
        Assert.EndsWith("h0", (string)path.Attribute("d")!);
        Assert.Equal("round", (string?)path.Attribute("stroke-linecap"));
        var (x, y) = Assert.Single(Assert.Single(Subpaths(path)));
        Assert.Equal(svg.DataWidth / 2, x, 0.5);
        Assert.Equal(svg.DataHeight / 2, y, 0.5);
        var yTicks = svg.TickValues("left-axis");
        Assert.True(yTicks.Min() < 4.2 && yTicks.Max() > 4.2, $"y ticks {string.Join(", ", yTicks)} should surround 4.2");
    }

    [Fact]
    public void Flat_signal_is_a_horizontal_line_across_the_middle()
    {
        var svg = Recipe.Render("signal-flat", "Repeated values (a sensor at rest) give a flat line and a y range around it.", plot =>
            plot.Add.Signal(Enumerable.Repeat(9.81, 300).ToArray(), 0.01));

        var points = Assert.Single(Subpaths(svg.Plottables("signal")[0].Elements(Svg + "path").Single()));
        Assert.All(points, p => Assert.Equal(svg.DataHeight / 2, p.Y, 0.5));
        Assert.InRange(points.Min(p => p.X), 0, 0.05 * svg.DataWidth); // across the width, inside small margins
        Assert.InRange(points.Max(p => p.X), 0.95 * svg.DataWidth, svg.DataWidth);
        var yTicks = svg.TickValues("left-axis");
        Assert.True(yTicks.Count >= 2 && yTicks.Min() < 9.81 && yTicks.Max() > 9.81);
    }

    [Fact]
    public void NaN_samples_leave_a_gap_instead_of_dropping_to_zero()
    {
        var svg = Recipe.Render("signal-nan-gap", "NaN samples (a dropout) leave a gap in the line; they are not drawn as zero.", plot =>
            plot.Add.Signal([1, 2, double.NaN, double.NaN, 3, 4], 1));

        var subpaths = Subpaths(svg.Plottables("signal")[0].Elements(Svg + "path").Single());
        Assert.Equal(2, subpaths.Count);
        Assert.All(subpaths, s => Assert.Equal(2, s.Count));
        // Zero is below the lowest value (1), so a NaN drawn as zero would leave the data area.
        Assert.All(subpaths.SelectMany(s => s), p => Assert.InRange(p.Y, 0, svg.DataHeight));
        Assert.True(subpaths[1][0].X - subpaths[0][^1].X > 2.5 * (subpaths[0][1].X - subpaths[0][0].X),
            "the gap spans the two missing samples");
    }

    [Fact]
    public void Ten_minutes_at_100_Hz_render_as_a_small_svg_that_keeps_the_peaks()
    {
        const int samples = 60_000;
        var ys = Sine(samples, 100, 2.5);
        ys[12_345] = 5; // a single-sample spike must survive decimation
        ys[40_000] = -5;
        var svg = Recipe.Render("signal-huge", "Ten minutes at 100 Hz (60,000 samples) drawn per pixel column as min/max.", plot =>
        {
            plot.Add.Signal(ys, SampleRate.FromHertz(100));
            plot.Axes.SetLimits(0, 600, -6, 6);
        }, width: 1000, height: 400);

        var path = svg.Plottables("signal")[0].Elements(Svg + "path").Single();
        var points = Subpaths(path).SelectMany(s => s).ToList();
        Assert.True(points.Count <= 2 * svg.DataWidth + 4, $"{points.Count} points for {svg.DataWidth} pixel columns");
        Assert.True(svg.Text.Length < 64_000, $"the SVG is {svg.Text.Length} characters");
        // With limits −6…6 the spikes sit 1/12 of the height from the top and the bottom.
        Assert.Equal(svg.DataHeight / 12, points.Min(p => p.Y), 0.5);
        Assert.Equal(svg.DataHeight * 11 / 12, points.Max(p => p.Y), 0.5);
    }

    [Fact]
    public void A_dropout_in_a_huge_signal_still_leaves_a_gap()
    {
        var ys = Sine(60_000, 100, 2.5);
        Array.Fill(ys, double.NaN, 30_000, 3_000); // 30 s of a 600 s recording: about 5 % of the width
        var svg = Recipe.Render("signal-huge-gap", "A 30 s dropout in a decimated signal is still a visible gap.", plot =>
            plot.Add.Signal(ys, SampleRate.FromHertz(100)));

        var subpaths = Subpaths(svg.Plottables("signal")[0].Elements(Svg + "path").Single());
        Assert.Equal(2, subpaths.Count);
        double gapPx = subpaths[1][0].X - subpaths[0][^1].X;
        Assert.InRange(gapPx, 0.04 * svg.DataWidth, 0.06 * svg.DataWidth);
    }
}
