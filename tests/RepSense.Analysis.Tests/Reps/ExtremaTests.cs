using RepSense.Analysis.Reps;

namespace RepSense.Analysis.Tests.Reps;

public class ExtremaTests
{
    [Fact]
    public void Turning_points_of_a_sine_alternate_at_its_peaks_and_troughs()
    {
        var x = Enumerable.Range(0, 400).Select(i => Math.Sin(2 * Math.PI * i / 100.0)).ToArray();
        var e = Extrema.Find(x, 0.5);
        Assert.Equal(new[] { 25, 75, 125, 175, 225, 275, 325, 375 }, e.Select(p => p.Index));
        Assert.Equal(new[] { true, false, true, false, true, false, true, false }, e.Select(p => p.IsMaximum));
    }

    [Fact]
    public void Ripples_smaller_than_the_hysteresis_do_not_split_a_swing()
    {
        var x = Enumerable.Range(0, 400).Select(i => Math.Sin(2 * Math.PI * i / 100.0) + 0.1 * Math.Sin(2 * Math.PI * i / 7.0)).ToArray();
        var e = Extrema.Find(x, 0.5);
        Assert.Equal(8, e.Count);
        for (int k = 1; k < e.Count; k++) Assert.NotEqual(e[k - 1].IsMaximum, e[k].IsMaximum);
    }

    [Fact]
    public void A_signal_ending_at_its_far_point_keeps_that_turn()
    {
        // Three rises, the recording stops just after the third top: the third top is still a turning point.
        var x = Enumerable.Range(0, 260).Select(i => -Math.Cos(2 * Math.PI * i / 100.0)).ToArray();
        var e = Extrema.Find(x, 0.5);
        Assert.Contains(e, p => p.IsMaximum && p.Index == 250);
    }

    [Fact]
    public void Points_on_the_span_edges_are_not_turning_points()
    {
        var falling = Enumerable.Range(0, 50).Select(i => -i / 10.0).ToArray();
        Assert.DoesNotContain(Extrema.Find(falling, 0.5), p => p.Index <= 1 || p.Index >= falling.Length - 2);
    }

    [Fact]
    public void Where_the_data_end_a_turn_on_the_last_sample_is_kept()
    {
        // A rise to the very last sample: the span's edge when more data follow, the lockout when the recording stops.
        var x = Enumerable.Range(0, 126).Select(i => -Math.Cos(2 * Math.PI * i / 100.0)).Concat(Enumerable.Range(1, 24).Select(i => 1.0 + i / 100.0)).ToArray();
        Assert.DoesNotContain(Extrema.Find(x, 0.5), p => p.Index == x.Length - 1);
        Assert.Contains(Extrema.Find(x, 0.5, dataEnds: true), p => p.IsMaximum && p.Index == x.Length - 1);
    }
}
