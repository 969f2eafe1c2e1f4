using RepSense.Log.Progression;

namespace RepSense.Log.Tests.Progression;

public class EpleyTests
{
    [Theory]
    [InlineData(100, 5, 116.6667)]
    [InlineData(100, 10, 133.3333)]
    [InlineData(100, 1, 100)]
    public void Epley_estimates_weight_times_one_plus_reps_over_thirty(double weight, int reps, double expected)
    {
        Assert.Equal(expected, Epley.OneRepMax(weight, reps)!.Value, 3);
    }

    [Fact]
    public void Zero_reps_estimate_nothing() => Assert.Null(Epley.OneRepMax(100, 0));
}
