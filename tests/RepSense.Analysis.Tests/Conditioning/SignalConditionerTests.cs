using RepSense.Analysis.Conditioning;
using RepSense.Ingest;

namespace RepSense.Analysis.Tests.Conditioning;

public class SignalConditionerTests
{
    private static (List<Frame> Frames, SignalConditioner Conditioner) Run(IEnumerable<ImuSample> samples)
    {
        var c = new SignalConditioner();
        var frames = new List<Frame>();
        foreach (var s in samples) c.Push(s, frames.Add);
        c.Complete(frames.Add);
        return (frames, c);
    }

    private static ImuSample At(double t, double v) => ImuSample.FromAcceleration(t, new Vec3(v, 0, 9.81), true);

    [Theory]
    [InlineData(12.5)]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(200)]
    public void Frames_are_on_the_20_Hz_grid_and_follow_a_slow_sine_at_any_input_rate(double rateHz)
    {
        double f = 0.5;
        var (frames, conditioner) = Run(Enumerable.Range(0, (int)(20 * rateHz)).Select(i => At(i / rateHz, Math.Sin(2 * Math.PI * f * i / rateHz))));
        Assert.Equal(rateHz, conditioner.InputRate!.Value.Hertz, 6);
        for (int k = 1; k < frames.Count; k++) Assert.Equal(0.05, frames[k].TimeS - frames[k - 1].TimeS, 9);
        // After the anti-alias filter has settled, the frames follow the sine with its delay compensated.
        foreach (var fr in frames.Where(x => x.TimeS > 3 && x.TimeS < 19))
            Assert.Equal(Math.Sin(2 * Math.PI * f * fr.TimeS), fr.AxMs2, 0.02);
    }

    [Fact]
    public void Jittery_timestamps_are_interpolated_onto_the_grid()
    {
        var rng = new Random(3);
        var samples = Enumerable.Range(0, 2000).Select(i => i / 100.0 + (rng.NextDouble() - 0.5) * 0.004)
                                .Select(t => At(t, 2 * t)).ToList(); // a ramp: interpolation is exact on it
        var (frames, _) = Run(samples);
        foreach (var fr in frames.Where(x => x.TimeS > 3 && x.TimeS < 19)) Assert.Equal(2 * fr.TimeS, fr.AxMs2, 0.05);
    }

    // A phone app that delivers samples 3 ms and 7 ms apart by turns records 200 samples a second, though its
    // commonest interval says 333 Hz; inspect measures 200, and analyze must say the same.
    [Fact]
    public void The_measured_rate_counts_samples_per_second_outside_gaps()
    {
        var times = new List<double>();
        for (double t = 0; t < 10; t += 0.010) { times.Add(t); times.Add(t + 0.003); }
        for (double t = 15; t < 20; t += 0.010) { times.Add(t); times.Add(t + 0.003); } // after a 5 s hole
        var (_, conditioner) = Run(times.Select(t => At(t, 1)));
        Assert.Equal(200, conditioner.MeasuredRateHz, 0.5);
    }

    [Fact]
    public void A_hole_longer_than_a_second_is_reported_and_not_bridged()
    {
        var samples = Enumerable.Range(0, 500).Select(i => At(i / 50.0, 1))
                                .Concat(Enumerable.Range(0, 500).Select(i => At(13 + i / 50.0, 1))).ToList();
        var c = new SignalConditioner();
        var frames = new List<Frame>();
        var gaps = new List<(double, double)>();
        foreach (var s in samples) c.Push(s, frames.Add, (a, b) => gaps.Add((a, b)));
        var gap = Assert.Single(gaps);
        Assert.Equal(9.98, gap.Item1, 0.05);
        Assert.Equal(13.0, gap.Item2, 0.05);
        Assert.DoesNotContain(frames, f => f.TimeS > 10.05 && f.TimeS < 12.95);
    }

    [Fact]
    public void Repeated_and_backward_timestamps_are_skipped()
    {
        var samples = new[] { 0.0, 0.02, 0.02, 0.01, 0.04 }.Concat(Enumerable.Range(3, 100).Select(i => i / 50.0))
                                .Select(t => At(t, t)).ToList();
        var (frames, _) = Run(samples);
        for (int k = 1; k < frames.Count; k++) Assert.True(frames[k].TimeS > frames[k - 1].TimeS);
    }
}
