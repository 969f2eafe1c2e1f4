using System.Xml.Linq;
using RepSense.Cli.Reports;
using RepSense.Cli.Tests.Plotting;
using static RepSense.Cli.Tests.Plotting.RenderedSvg;

namespace RepSense.Cli.Tests.Reports;

public class TempoPlotsTests
{
    private static RenderedSvg SignalPlot(int set)
    {
        var plot = set == 1
            ? TempoPlots.SignalPlot(SyntheticSession.Set1, SyntheticSession.Signal1)
            : TempoPlots.SignalPlot(SyntheticSession.Set2, SyntheticSession.Signal2);
        string svg = plot.GetSvg(TempoPlots.WidthPx, TempoPlots.SignalHeightPx);
        File.WriteAllText(Path.Combine(TestPaths.ResultsFolder("tempo-plots"), $"set-{set}-signal.svg"), svg);
        return new RenderedSvg(svg);
    }

    private static RenderedSvg PhasePlot(int set)
    {
        var plot = TempoPlots.PhaseDurationPlot(set == 1 ? SyntheticSession.Set1 : SyntheticSession.Set2);
        string svg = plot.GetSvg(TempoPlots.WidthPx, TempoPlots.PhaseHeightPx);
        File.WriteAllText(Path.Combine(TestPaths.ResultsFolder("tempo-plots"), $"set-{set}-phases.svg"), svg);
        return new RenderedSvg(svg);
    }

    private static IReadOnlyList<XElement> SpanRects(RenderedSvg svg) =>
        svg.Plottables("span").Select(g => g.Element(Svg + "rect")!).ToList();

    private static IReadOnlyList<(double X, string Label)> Boundaries(RenderedSvg svg) =>
        svg.Plottables("vertical-line")
            .Select(g => (Number(g.Element(Svg + "line")!, "x1"), g.Element(Svg + "text")?.Value ?? "")).ToList();

    [Fact]
    public void Each_phase_is_one_shaded_span_and_each_kind_one_legend_entry()
    {
        var svg = SignalPlot(1);

        // 4 reps × (concentric, top hold, eccentric) + 3 pauses (none after the last rep).
        Assert.Equal(15, SpanRects(svg).Count);
        Assert.Equal(4, SpanRects(svg).Select(r => (string)r.Attribute("fill")!).Distinct().Count());
        foreach (var label in new[] { "concentric", "top hold", "eccentric", "bottom hold" })
            Assert.Single(svg.LegendLabels, label);
    }

    [Fact]
    public void Phase_shading_follows_the_phase_durations_and_lines_up_with_the_boundaries()
    {
        var svg = SignalPlot(1);
        var rects = SpanRects(svg);
        // Spans are drawn kind by kind: 4 concentric, 4 top holds, 4 eccentric, 3 bottom holds.
        var (concentric, topHold, eccentric, bottomHold) = (rects[0], rects[4], rects[8], rects[12]);
        double Width(XElement r) => Number(r, "width");
        double Left(XElement r) => Number(r, "x");

        Assert.Equal(2.0, Width(concentric) / Width(topHold), 0.05);   // 0.8 s : 0.4 s
        Assert.Equal(1.0, Width(eccentric) / Width(concentric), 0.05); // 0.8 s : 0.8 s
        Assert.Equal(1.25, Width(bottomHold) / Width(topHold), 0.05);  // 0.5 s : 0.4 s
        Assert.Equal(Left(concentric) + Width(concentric), Left(topHold), 0.02);
        Assert.Equal(Left(topHold) + Width(topHold), Left(eccentric), 0.02);
        Assert.Equal(Left(eccentric) + Width(eccentric), Left(bottomHold), 0.02);

        var boundaries = Boundaries(svg);
        Assert.Equal(boundaries.Single(b => b.Label == "#1").X, Left(concentric), 0.02);
        Assert.Equal(boundaries.Single(b => b.Label == "#2").X, Left(bottomHold) + Width(bottomHold), 0.02);
    }

    [Fact]
    public void Rep_boundaries_are_vertical_lines_at_every_start_and_end_with_the_rep_number_at_the_start()
    {
        var boundaries = Boundaries(SignalPlot(1));

        Assert.Equal(8, boundaries.Count); // reps are separated by pauses, so no end is also a start
        var starts = boundaries.Where(b => b.Label.StartsWith('#')).ToList();
        Assert.Equal(["#1", "#2", "#3", "#4"], starts.Select(s => s.Label));
        var gaps = starts.Zip(starts.Skip(1), (a, b) => b.X - a.X).ToList();
        Assert.All(gaps, g => Assert.Equal(gaps[0], g, 0.02)); // reps start every 2.5 s
    }

    [Fact]
    public void Flagged_reps_are_marked_above_their_turn_and_labelled_with_the_flag_code()
    {
        var svg = SignalPlot(1);
        var boundaries = Boundaries(svg).Select(b => b.X).Order().ToList(); // start1, end1, start2, end2, …

        var markers = svg.Plottables("marker").Select(g => g.Element(Svg + "polygon")!).ToList();
        Assert.Equal(2, markers.Count);
        var labels = svg.Plottables("text").Select(g => g.Element(Svg + "text")!).ToList();
        Assert.Equal(["rushed-eccentric", "partial-rep"], labels.Select(t => t.Value));

        for (int flagged = 0; flagged < 2; flagged++)
        {
            int rep = flagged + 2; // reps 3 and 4, zero-based
            double turnX = (boundaries[2 * rep] + boundaries[2 * rep + 1]) / 2; // the turn is mid-rep
            var corners = ((string)markers[flagged].Attribute("points")!).Split(' ')
                .Select(p => double.Parse(p.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(turnX, corners.Average(), 0.5);
            Assert.Equal(turnX, Number(labels[flagged], "x"), 0.5);
        }
        Assert.NotEqual(Number(labels[0], "y"), Number(labels[1], "y")); // neighbours' labels are staggered
        Assert.Contains("flagged rep (fault)", svg.LegendLabels);
        Assert.Contains("flagged rep (info)", svg.LegendLabels);
    }

    [Fact]
    public void Signal_is_drawn_from_its_time_offset_under_the_reps()
    {
        var svg = SignalPlot(1);
        var boundaries = Boundaries(svg).Select(b => b.X).ToList();

        var points = Subpaths(svg.Plottables("signal").Single().Element(Svg + "path")!).Single();
        Assert.True(points[0].X < boundaries.Min(), "the signal starts 1 s before the first rep");
        Assert.True(points[^1].X > boundaries.Max(), "and ends 1.5 s after the last");
        Assert.Equal("acceleration along the movement, m/s²", svg.Descendants("text").Single(t => ClassOf(t) == "y-label").Value);
    }

    [Fact]
    public void Reps_without_phase_data_get_boundaries_only()
    {
        var svg = SignalPlot(2);

        Assert.Empty(SpanRects(svg));
        Assert.Equal(6, Boundaries(svg).Count);
        Assert.DoesNotContain("concentric", svg.LegendLabels);
        Assert.Single(svg.Plottables("signal"));
    }

    [Fact]
    public void Set_without_a_signal_still_shows_its_reps()
    {
        var svg = new RenderedSvg(TempoPlots.SignalPlot(SyntheticSession.Set1, null).GetSvg(TempoPlots.WidthPx, TempoPlots.SignalHeightPx));

        Assert.Empty(svg.Plottables("signal"));
        Assert.Equal(15, SpanRects(svg).Count);
        Assert.Equal(2, svg.Plottables("marker").Count);
    }

    [Fact]
    public void Phase_bars_stack_each_rep_in_the_order_it_goes_through_its_phases()
    {
        var svg = PhasePlot(1);

        var groups = svg.Plottables("bars");
        Assert.Equal(["concentric", "top hold", "eccentric", "bottom hold"], svg.LegendLabels);
        Assert.Equal([4, 4, 4, 3], groups.Select(g => g.Elements(Svg + "rect").Count()));
        var rep1 = groups.Select(g => g.Elements(Svg + "rect").First()).ToList();
        for (int i = 1; i < rep1.Count; i++) // each phase sits on the one before it
            Assert.Equal(Number(rep1[i - 1], "y"), Number(rep1[i], "y") + Number(rep1[i], "height"), 0.02);
        double topHold = Number(rep1[1], "height");
        Assert.Equal(2.0, Number(rep1[0], "height") / topHold, 0.02);
        Assert.Equal(2.0, Number(rep1[2], "height") / topHold, 0.02);
        Assert.Equal(1.25, Number(rep1[3], "height") / topHold, 0.02);
        Assert.Equal(["1", "2", "3", "4"], svg.TickLabels("bottom-axis"));
    }

    [Fact]
    public void Reps_without_phase_data_get_one_grey_bar_of_their_duration()
    {
        var svg = PhasePlot(2);

        var bars = Assert.Single(svg.Plottables("bars")).Elements(Svg + "rect").ToList();
        Assert.Equal(3, bars.Count);
        Assert.All(bars, b => Assert.Equal(Number(bars[0], "height"), Number(b, "height"), 0.02));
        Assert.Equal(["rep (phases not analysed)"], svg.LegendLabels);
    }

    [Fact]
    public void A_repeated_rep_number_does_not_break_the_phase_chart()
    {
        var rep = SyntheticSession.Set1.RepDetails[0];
        var set = SyntheticSession.Set1 with { RepDetails = [rep, rep with { StartS = 12.5, TurnS = 13.5, EndS = 14.5 }] };

        var svg = new RenderedSvg(TempoPlots.PhaseDurationPlot(set).GetSvg(TempoPlots.WidthPx, TempoPlots.PhaseHeightPx));

        Assert.Equal(8, svg.Plottables("bars").Sum(g => g.Elements(Svg + "rect").Count()));
    }

    [Fact]
    public void Exercise_names_in_titles_are_escaped()
    {
        var svg = SignalPlot(1);

        Assert.DoesNotContain("<wide>", svg.Text);
        Assert.Contains(SyntheticSession.Exercise, svg.Descendants("text").Single(t => ClassOf(t) == "title").Value);
    }
}
