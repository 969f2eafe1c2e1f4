using MathNet.Numerics.Statistics;
using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Tests.Signal;

/// <summary>Two routes that must agree: <see cref="Stats.Quantile"/> selects on a pooled copy, MathNet's
/// <c>QuantileInplace</c> on its own; every result is the same to the last bit, ties and extremes included.</summary>
public class StatsTests
{
    public static TheoryData<double> Taus() => [0.5, 0.1, 0.9, 0.25, 0.0, 1.0];

    [Theory]
    [MemberData(nameof(Taus))]
    public void Quantiles_are_MathNets_to_the_last_bit_for_every_length(double tau)
    {
        var random = new Random(42);
        for (int n = 1; n <= 400; n++)
        {
            // Half the inputs are coarse (many ties), half are continuous.
            var x = Enumerable.Range(0, n)
                .Select(_ => n % 2 == 0 ? Math.Round(random.NextDouble() * 10) - 5 : random.NextDouble() * 20 - 10).ToArray();
            Assert.Equal(BitConverter.DoubleToInt64Bits(ArrayStatistics.QuantileInplace(x.ToArray(), tau)),
                         BitConverter.DoubleToInt64Bits(Stats.Quantile(x, tau)));
        }
    }

    [Fact]
    public void Selection_gives_what_sorting_puts_at_each_index()
    {
        var random = new Random(7);
        for (int n = 1; n <= 120; n++)
        {
            var x = Enumerable.Range(0, n).Select(_ => n % 3 == 0 ? Math.Round(random.NextDouble() * 4) + 1 : random.NextDouble() + 0.5).ToArray();
            var sorted = x.ToArray();
            Array.Sort(sorted);
            for (int k = 0; k < n; k++)
                Assert.Equal(sorted[k], Stats.SelectInplace(x.ToArray(), k));
        }
    }

    [Fact]
    public void Sorting_gives_what_Array_Sort_gives()
    {
        var random = new Random(11);
        for (int n = 0; n <= 600; n += n < 40 ? 1 : 37)
        {
            // Continuous, coarse (many ties), already sorted and reversed inputs.
            var inputs = new[]
            {
                Enumerable.Range(0, n).Select(_ => random.NextDouble() * 10 - 5).ToArray(),
                Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 3)).ToArray(),
                Enumerable.Range(0, n).Select(i => (double)i).ToArray(),
                Enumerable.Range(0, n).Select(i => (double)-i).ToArray(),
            };
            foreach (var x in inputs)
            {
                var expected = x.ToArray();
                Array.Sort(expected);
                var actual = x.ToArray();
                Stats.SortInplace(actual);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void The_input_is_left_in_its_order()
    {
        double[] x = [5, 1, 4, 2, 3];
        Assert.Equal(3, Stats.Median(x));
        Assert.Equal([5, 1, 4, 2, 3], x);
    }

    [Fact]
    public void An_even_length_median_is_the_mean_of_the_middle_two_and_an_empty_input_has_none()
    {
        Assert.Equal(2.5, Stats.Median([4, 1, 3, 2]));
        Assert.True(double.IsNaN(Stats.Median([])));
    }

    [Fact]
    public void Zero_and_NaN_inputs_give_MathNets_result()
    {
        double[][] inputs = [[0.0, -0.0, 0.0, -0.0, 1], [-0.0, -0.0, 0.0], [1, double.NaN, 3], [double.NegativeInfinity, 2, double.PositiveInfinity]];
        foreach (var x in inputs)
            Assert.Equal(BitConverter.DoubleToInt64Bits(ArrayStatistics.QuantileInplace(x.ToArray(), 0.5)),
                         BitConverter.DoubleToInt64Bits(Stats.Median(x)));
    }
}
