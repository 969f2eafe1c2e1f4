using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Tests.Signal;

/// <summary><see cref="SlidingMedian"/> against <see cref="Stats.Median"/> on the same values: equal to the last bit
/// however the window slides, jumps, or finds other values where it had seen some.</summary>
public class SlidingMedianTests
{
    private static void AssertSame(double expected, double actual) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));

    /// <summary>A series with ties (coarse values), zeros of both signs and runs of equal values, as a gyroscope's
    /// quantised readings have.</summary>
    private static double[] Series(int n, int seed)
    {
        var random = new Random(seed);
        var x = new double[n];
        for (int i = 0; i < n; i++)
            x[i] = (i / 40 % 4) switch
            {
                0 => random.NextDouble() * 2 - 1,
                1 => Math.Round(random.NextDouble() * 6 - 3) * 0.25,
                2 => random.Next(3) switch { 0 => 0.0, 1 => -0.0, _ => random.NextDouble() },
                _ => 0.125,
            };
        return x;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_window_whose_ends_move_forward_gives_the_median_of_its_values(int seed)
    {
        var x = Series(3000, seed);
        var random = new Random(seed);
        var median = new SlidingMedian();
        int start = 0, end = 1;
        int slid = 0;
        while (end < x.Length)
        {
            var window = x.AsSpan(start, end - start);
            AssertSame(Stats.Median(window), median.Median(start, window));
            slid++;
            end = Math.Min(x.Length, end + random.Next(0, 12));
            start = Math.Min(end - 1, start + random.Next(0, 9));
        }
        Assert.True(slid > 300);
    }

    [Fact]
    public void A_window_that_jumps_back_or_past_the_last_one_starts_again()
    {
        var x = Series(1000, 4);
        var median = new SlidingMedian();
        (int Start, int End)[] windows = [(100, 300), (120, 330), (50, 200), (600, 900), (610, 905), (0, 1), (0, 2), (10, 12)];
        foreach (var (start, end) in windows)
            AssertSame(Stats.Median(x.AsSpan(start, end - start)), median.Median(start, x.AsSpan(start, end - start)));
    }

    [Fact]
    public void Values_that_differ_from_those_seen_at_the_same_indexes_are_taken_as_they_are()
    {
        var x = Series(500, 5);
        var median = new SlidingMedian();
        median.Median(0, x.AsSpan(0, 200));
        var changed = x.ToArray();
        for (int i = 50; i < 60; i++) changed[i] += 10;
        AssertSame(Stats.Median(changed.AsSpan(20, 230)), median.Median(20, changed.AsSpan(20, 230)));
    }

    [Fact]
    public void NaN_zeros_and_empty_windows_give_what_Stats_gives()
    {
        double[] x = [1, 2, double.NaN, 4, 0.0, -0.0, 0.0, 5, 6, 7, -0.0, 8];
        var median = new SlidingMedian();
        for (int start = 0; start < x.Length; start++)
            for (int end = start; end <= x.Length; end++)
                AssertSame(Stats.Median(x.AsSpan(start, end - start)), median.Median(start, x.AsSpan(start, end - start)));
    }
}
