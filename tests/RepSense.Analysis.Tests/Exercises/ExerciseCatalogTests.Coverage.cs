using RepSense.Analysis.Exercises;

namespace RepSense.Analysis.Tests.Exercises;

public partial class ExerciseCatalogTests
{
    // The exercises issue 5 names, as it names them.
    public static TheoryData<string> IssueExercises() =>
    [
        "deadlift", "pull-up", "chin-up", "lat pulldown", "neutral-grip pulldown", "straight-arm pulldown",
        "bent-over row", "Pendlay row", "Kroc row", "seal row", "chest-supported row", "dumbbell row", "single-arm row",
        "Meadows row", "landmine row", "T-bar row", "inverted row", "TRX row", "seated cable row", "face pull",
        "reverse fly", "back extension", "hyperextension", "good morning", "cable shrug", "rope pullover",
        "dumbbell pullover", "farmer's carry", "high pull", "power clean", "kettlebell swing", "renegade row",
        "Romanian deadlift",
    ];

    [Theory]
    [MemberData(nameof(IssueExercises))]
    public void Every_exercise_the_issue_names_is_in_the_catalog(string name)
    {
        Assert.True(Catalog.TryResolve(name, out _), $"'{name}' does not resolve");
    }

    [Theory]
    [InlineData("bench press", MovementPattern.Press)]
    [InlineData("squat", MovementPattern.Squat)]
    [InlineData("overhead press", MovementPattern.Press)]
    [InlineData("barbell curl", MovementPattern.Curl)]
    [InlineData("lateral raise", MovementPattern.Other)]
    public void Other_lifts_people_record_resolve_with_a_non_back_pattern(string name, MovementPattern pattern)
    {
        Assert.True(Catalog.TryResolve(name, out var profile));
        Assert.Equal(pattern, profile.Pattern);
        Assert.False(profile.CountsAsBack);
    }

    [Theory]
    [InlineData("deadlift", MovementPattern.Hinge)]
    [InlineData("lat-pulldown", MovementPattern.VerticalPull)]
    [InlineData("straight-arm-pulldown", MovementPattern.VerticalPull)]
    [InlineData("seated-cable-row", MovementPattern.HorizontalPull)]
    [InlineData("face-pull", MovementPattern.HorizontalPull)]
    [InlineData("farmers-carry", MovementPattern.Carry)]
    [InlineData("power-clean", MovementPattern.Explosive)]
    [InlineData("back-extension", MovementPattern.Hinge)]
    public void Back_exercises_have_the_articles_movement_pattern(string name, MovementPattern pattern)
    {
        var profile = Catalog.Resolve(name);
        Assert.Equal(pattern, profile.Pattern);
        Assert.True(profile.CountsAsBack);
    }
}
