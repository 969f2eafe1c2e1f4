namespace RepSense.Analysis.Tests.Exercises;

public partial class ExerciseCatalogTests
{
    [Theory]
    [InlineData("dumbell rwo", "dumbbell-row")]
    [InlineData("deadlfit", "deadlift")]
    [InlineData("pendley row", "pendlay-row")]
    [InlineData("lat pull dwon", "lat-pulldown")]
    [InlineData("farmer carri", "farmers-carry")]
    [InlineData("kettlebel swnig", "kettlebell-swing")]
    [InlineData("row dumbell", "dumbbell-row")]
    public void A_misspelt_name_suggests_the_intended_exercise_first(string misspelt, string expected)
    {
        var suggestions = Catalog.Suggest(misspelt, 3);
        Assert.NotEmpty(suggestions);
        Assert.Equal(expected, suggestions[0].Name);
    }

    [Fact]
    public void Suggest_returns_at_most_count_names_and_none_for_gibberish()
    {
        Assert.True(Catalog.Suggest("row", 2).Count <= 2);
        Assert.Empty(Catalog.Suggest("qqqqqqqq", 5));
    }
}
