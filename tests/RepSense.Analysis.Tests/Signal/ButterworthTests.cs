using RepSense.Analysis.Signal;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Tests.Signal;

public class ButterworthTests
{
    public static TheoryData<double, double, int> Designs()
    {
        var data = new TheoryData<double, double, int>();
        foreach (double rate in new[] { 10, 12.5, 20, 25, 50, 100, 200 })
            foreach (double fraction in new[] { 0.0005, 0.01, 0.1, 0.3, 0.45 })
                foreach (int order in new[] { 1, 2, 3, 4, 6, 8 })
                    data.Add(rate, fraction * rate, order);
        return data;
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void Every_design_at_every_rate_has_its_poles_inside_the_unit_circle(double rateHz, double cutoffHz, int order)
    {
        var rate = SampleRate.FromHertz(rateHz);
        foreach (var design in new[] { Butterworth.LowPass(order, cutoffHz, rate), Butterworth.HighPass(order, cutoffHz, rate) })
        {
            Assert.Equal(order, design.Poles.Count());
            Assert.All(design.Poles, p => Assert.True(p.Magnitude < 1, $"{design}: pole {p} on or outside the unit circle"));
            Assert.True(design.IsStable);
        }
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void Gain_is_one_in_the_pass_band_and_half_power_at_the_cutoff(double rateHz, double cutoffHz, int order)
    {
        var rate = SampleRate.FromHertz(rateHz);
        var low = Butterworth.LowPass(order, cutoffHz, rate);
        var high = Butterworth.HighPass(order, cutoffHz, rate);
        Assert.Equal(1.0, low.Gain(0), 9);
        Assert.Equal(1.0, high.Gain(rateHz / 2), 9);
        Assert.Equal(Math.Sqrt(0.5), low.Gain(cutoffHz), 6);
        Assert.Equal(Math.Sqrt(0.5), high.Gain(cutoffHz), 6);
    }

    [Fact]
    public void Second_order_low_pass_matches_the_closed_form_bilinear_biquad()
    {
        // Route two: the textbook biquad with K = tan(pi fc / fs) (Zölzer, DAFX).
        double fs = 100, fc = 7;
        double k = Math.Tan(Math.PI * fc / fs), q = Math.Sqrt(0.5), norm = 1 / (1 + k / q + k * k);
        double b0 = k * k * norm, a1 = 2 * (k * k - 1) * norm, a2 = (1 - k / q + k * k) * norm;

        var s = Assert.Single(Butterworth.LowPass(2, fc, SampleRate.FromHertz(fs)).Sections);
        Assert.Equal(b0, s.B0, 12);
        Assert.Equal(2 * b0, s.B1, 12);
        Assert.Equal(b0, s.B2, 12);
        Assert.Equal(a1, s.A1, 12);
        Assert.Equal(a2, s.A2, 12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(50.0)]
    [InlineData(60.0)]
    [InlineData(double.NaN)]
    public void A_cutoff_outside_zero_to_nyquist_is_rejected(double cutoffHz)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Butterworth.LowPass(2, cutoffHz, SampleRate.FromHertz(100)));
    }
}
