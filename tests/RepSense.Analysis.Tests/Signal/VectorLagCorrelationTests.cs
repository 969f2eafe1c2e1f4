using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Tests.Signal;

/// <summary>Correlations of four lags in vector lanes are those of one lag at a time, to the last bit.</summary>
public class VectorLagCorrelationTests
{
    [Theory]
    [InlineData(0, 300, 1, 40)]
    [InlineData(5, 240, 30, 13)]
    [InlineData(0, 20, 5, 14)]
    [InlineData(10, 14, 1, 6)]
    public void Lags_in_vector_lanes_equal_one_lag_at_a_time(int a, int b, int firstLag, int count)
    {
        var rng = new Random(a + b);
        var axes = Enumerable.Range(0, 3)
            .Select(c => Enumerable.Range(0, b + 5).Select(i => Math.Sin(0.2 * i + c) + 0.3 * rng.NextDouble()).ToArray()).ToArray();
        var result = new double[count];

        VectorLagCorrelation.OfLags(axes, a, b, firstLag, result);

        for (int k = 0; k < count; k++) Assert.Equal(VectorLagCorrelation.Of(axes, a, b, firstLag + k), result[k]);
        Assert.Contains(result, r => r > 0.5);
    }

    [Fact]
    public void Too_little_overlap_or_a_flat_signal_is_minus_one()
    {
        double[][] flat = [new double[50], new double[50]];
        Assert.Equal(-1, VectorLagCorrelation.Of(flat, 0, 50, 10));
        double[][] ramp = [Enumerable.Range(0, 50).Select(i => (double)i).ToArray()];
        Assert.Equal(-1, VectorLagCorrelation.Of(ramp, 0, 10, 9));
        Assert.Equal(1, VectorLagCorrelation.Of(ramp, 0, 50, 5), 12);
    }
}
