using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Tests.Tempo;

/// <summary>A rep is compared with the median of the (up to) four reps nearest to it, not with the whole set.</summary>
public class NeighboursTests
{
    private static readonly double[] Values = [10, 1, 2, 30, 4, 5, 100, 7];

    [Fact]
    public void A_rep_in_the_middle_is_compared_with_the_two_reps_on_either_side()
    {
        // Reps 2 and 4, then 1 and 5: 2, 4, 1, 5 (the 10 and the 100 further away play no part).
        Assert.Equal(30 / 3.0, Neighbours.Ratio(Values, 3));
    }

    [Fact]
    public void A_rep_at_the_end_of_a_set_is_compared_with_the_four_before_it()
    {
        Assert.Equal(7 / 17.5, Neighbours.Ratio(Values, 7)); // 100, 5, 4, 30
        Assert.Equal(10 / 3.0, Neighbours.Ratio(Values, 0)); // 1, 2, 30, 4
    }

    [Fact]
    public void A_rep_with_nothing_to_compare_with_or_a_zero_reference_is_its_own_reference()
    {
        Assert.Equal(1, Neighbours.Ratio([5], 0));
        Assert.Equal(1, Neighbours.Ratio([5, 0, 0], 0));
    }
}
