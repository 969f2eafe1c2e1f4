using RepSense.Analysis.Signal;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Tests.Signal;

public class IirFilterTests
{
    private static readonly SampleRate Rate = SampleRate.FromHertz(50);

    private static double[] Noise(int n, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
    }

    [Fact]
    public void Sample_by_sample_equals_whole_signal()
    {
        var design = Butterworth.LowPass(4, 3, Rate);
        var x = Noise(500, 1);
        var online = design.CreateFilter();
        var streamed = x.Select(online.Process).ToArray();
        var batch = new double[x.Length];
        design.CreateFilter().ApplyTo(x, batch);
        Assert.Equal(batch, streamed);
    }

    [Fact]
    public void Cascade_equals_the_difference_equation_of_each_section_in_turn()
    {
        var design = Butterworth.HighPass(4, 0.5, Rate);
        var x = Noise(300, 2);
        var expected = x.ToArray();
        foreach (var s in design.Sections)
        {
            var y = new double[expected.Length];
            for (int n = 0; n < y.Length; n++)
            {
                double x1 = n >= 1 ? expected[n - 1] : 0, x2 = n >= 2 ? expected[n - 2] : 0;
                double y1 = n >= 1 ? y[n - 1] : 0, y2 = n >= 2 ? y[n - 2] : 0;
                y[n] = s.B0 * expected[n] + s.B1 * x1 + s.B2 * x2 - s.A1 * y1 - s.A2 * y2;
            }
            expected = y;
        }
        var actual = new double[x.Length];
        design.CreateFilter().ApplyTo(x, actual);
        for (int i = 0; i < x.Length; i++) Assert.Equal(expected[i], actual[i], 10);
    }

    [Fact]
    public void Zero_phase_filtering_does_not_shift_a_pass_band_sine()
    {
        double f = 0.4;
        var x = Enumerable.Range(0, 1000).Select(i => Math.Sin(2 * Math.PI * f * i / Rate.Hertz)).ToArray();
        var y = IirFilter.ZeroPhase(Butterworth.LowPass(2, 3, Rate), x);
        for (int i = 200; i < 800; i++) Assert.Equal(x[i], y[i], 0.005);
    }

    [Fact]
    public void Reset_to_a_level_starts_in_the_steady_state_without_ringing()
    {
        var filter = Butterworth.LowPass(4, 2, Rate).CreateFilter();
        filter.Reset(9.81);
        for (int i = 0; i < 20; i++) Assert.Equal(9.81, filter.Process(9.81), 1e-9);
    }

    [Fact]
    public void Reset_to_a_level_of_a_high_pass_gives_zero_output_for_that_level()
    {
        var filter = Butterworth.HighPass(3, 0.1, Rate).CreateFilter();
        filter.Reset(9.81);
        for (int i = 0; i < 20; i++) Assert.Equal(0, filter.Process(9.81), 1e-9);
    }

    [Fact]
    public void Zero_phase_of_a_span_shorter_than_two_samples_is_the_span_itself()
    {
        Assert.Equal(new[] { 3.0 }, IirFilter.ZeroPhase(Butterworth.LowPass(2, 3, Rate), new[] { 3.0 }));
        Assert.Empty(IirFilter.ZeroPhase(Butterworth.LowPass(2, 3, Rate), Array.Empty<double>()));
    }
}
