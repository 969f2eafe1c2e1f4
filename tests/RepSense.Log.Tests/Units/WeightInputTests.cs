using RepSense.Ingest;
using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Tests.Units;

public class WeightInputTests
{
    [Theory]
    [InlineData("100kg", 100, WeightUnit.Kg)]
    [InlineData("225 lb", 225, WeightUnit.Lb)]
    [InlineData("72.5LBS", 72.5, WeightUnit.Lb)]
    [InlineData("60 kgs", 60, WeightUnit.Kg)]
    public void Typed_weights_carry_their_unit(string text, double value, WeightUnit unit)
    {
        Assert.Equal(new Weight(value, unit), WeightInput.Parse(text).Resolve(WeightUnit.Kg == unit ? WeightUnit.Lb : WeightUnit.Kg));
    }

    [Theory]
    [InlineData("100", WeightUnit.Lb, 100)]
    [InlineData("bw", WeightUnit.Kg, 0)]
    public void A_bare_number_or_bodyweight_takes_the_default_unit(string text, WeightUnit defaultUnit, double value)
    {
        Assert.Equal(new Weight(value, defaultUnit), WeightInput.Parse(text).Resolve(defaultUnit));
    }

    [Theory]
    [InlineData("heavy", "is not a weight")]
    [InlineData("100st", "has an unknown unit 'st' (expected kg or lb)")]
    [InlineData("", "is not a weight")]
    public void A_bad_weight_is_a_readable_error(string text, string expected)
    {
        Assert.Contains(expected, Assert.Throws<RepSenseException>(() => WeightInput.Parse(text)).Message);
    }

    [Fact]
    public void Pounds_convert_through_the_international_pound() => Assert.Equal(102.05828325, new Weight(225, WeightUnit.Lb).ToKg(), 8);

    [Theory]
    [InlineData("3x5", new[] { 5, 5, 5 })]
    [InlineData("3×5", new[] { 5, 5, 5 })]
    [InlineData("5,4,4", new[] { 5, 4, 4 })]
    [InlineData("8", new[] { 8 })]
    public void Sets_and_reps_read_as_sets_times_reps_or_one_number_per_set(string text, int[] reps)
    {
        Assert.True(RepsSpec.TryParse(text, out var parsed, out _));
        Assert.Equal(reps, parsed);
    }

    [Theory]
    [InlineData("3x")]
    [InlineData("0x5")]
    [InlineData("5,,4")]
    [InlineData("five")]
    public void Anything_else_is_not_sets_and_reps(string text)
    {
        Assert.False(RepsSpec.TryParse(text, out _, out string error));
        Assert.Contains("expected SETSxREPS like 3x5", error);
    }
}
