using RepSense.Cli.Plotting.TickGenerators;

namespace RepSense.Cli.Tests.Plotting;

public class TickGeneratorTests
{
    private static readonly NumericAutomatic Automatic = new() { TargetSpacingPx = 80 };

    [Theory]
    // min, max, axis length in px (one tick per ~80 px) → labels
    [InlineData(0, 10, 400, new[] { "0", "2", "4", "6", "8", "10" })]
    [InlineData(0.13, 0.97, 400, new[] { "0.2", "0.4", "0.6", "0.8" })]
    [InlineData(-1.5, 1.5, 480, new[] { "-1.5", "-1.0", "-0.5", "0.0", "0.5", "1.0", "1.5" })]
    [InlineData(9.3, 10.3, 400, new[] { "9.4", "9.6", "9.8", "10.0", "10.2" })]
    [InlineData(0, 0.3, 480, new[] { "0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30" })]
    [InlineData(-250, 1250, 300, new[] { "0", "500", "1000" })]
    public void Ticks_fall_on_one_two_five_steps_with_the_decimals_the_step_needs(double min, double max, double lengthPx, string[] expected)
    {
        var ticks = Automatic.Generate(min, max, lengthPx);

        Assert.Equal(expected, ticks.Select(t => t.Label));
        Assert.All(ticks, t => Assert.Equal(double.Parse(t.Label, System.Globalization.CultureInfo.InvariantCulture), t.Position, 1e-9));
    }

    [Fact]
    public void Labels_of_a_step_carry_the_same_number_of_decimals_and_never_a_negative_zero()
    {
        var labels = Automatic.Generate(-0.3, 0.3, 480).Select(t => t.Label).ToList();

        Assert.Contains("0.0", labels);
        Assert.DoesNotContain("-0.0", labels);
        Assert.All(labels, l => Assert.Equal(1, Decimals(l)));
    }

    [Fact]
    public void A_range_without_extent_has_no_ticks()
    {
        Assert.Empty(Automatic.Generate(5, 5, 400));
        Assert.Empty(Automatic.Generate(double.NaN, 5, 400));
    }

    [Fact]
    public void Manual_ticks_outside_the_range_are_left_out()
    {
        var manual = new NumericManual([1, 2, 3, 4], ["a", "b", "c", "d"]);

        Assert.Equal(["b", "c"], manual.Generate(1.5, 3.5, 400).Select(t => t.Label));
        Assert.Throws<ArgumentException>(() => new NumericManual([1, 2], ["a"]));
    }

    private static int Decimals(string label) => label.Contains('.') ? label.Length - label.IndexOf('.') - 1 : 0;
}
