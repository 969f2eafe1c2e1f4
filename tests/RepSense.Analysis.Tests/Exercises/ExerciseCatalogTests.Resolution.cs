using RepSense.Analysis.Exercises;
using RepSense.Ingest;

namespace RepSense.Analysis.Tests.Exercises;

public partial class ExerciseCatalogTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Default;

    [Theory]
    [InlineData("DB row", "dumbbell-row")]
    [InlineData("one-arm dumbbell row", "dumbbell-row")]
    [InlineData("Single-Arm Row", "dumbbell-row")]
    [InlineData("dumbbell-row", "dumbbell-row")]
    [InlineData("Hyperextension", "back-extension")]
    [InlineData("farmers walk", "farmers-carry")]
    [InlineData("Farmer's Carry", "farmers-carry")]
    [InlineData("PULL UPS", "pull-up")]
    [InlineData("kb swing", "kettlebell-swing")]
    [InlineData("Seated Row", "seated-cable-row")]
    [InlineData("close-grip pull-down", "neutral-grip-pulldown")]
    public void Names_and_aliases_resolve_ignoring_case_spaces_and_punctuation(string name, string expected)
    {
        Assert.True(Catalog.TryResolve(name, out var profile));
        Assert.Equal(expected, profile.Name);
    }

    // Names as the recorders' datasets and workout-log apps write them (typed here from the format notes).
    [Theory]
    [InlineData("Lat Pulldown (Cable)", "lat-pulldown")]
    [InlineData("Lat Pulldown (Machine)", "lat-pulldown")]
    [InlineData("Deadlift (Barbell)", "deadlift")]
    [InlineData("Bench Press (Dumbbell)", "dumbbell-bench-press")]
    [InlineData("Bent Over Row (Barbell)", "bent-over-row")]
    [InlineData("Bent Over Row (Dumbbell)", "dumbbell-bent-over-row")]
    [InlineData("Bicep Curl (Dumbbell)", "dumbbell-curl")]
    [InlineData("Iso-Lateral Row (Machine)", "machine-row")]
    [InlineData("Pull Up (Band)", "pull-up")]
    [InlineData("incline30_db_bench_press", "incline-dumbbell-bench-press")]
    [InlineData("single_arm_cable_lateral_raise", "single-arm-cable-lateral-raise")]
    [InlineData("lat-pulldown-angled", "lat-pulldown")]
    [InlineData("ohp", "overhead-press")]
    public void Workout_log_and_dataset_names_resolve(string name, string expected)
    {
        Assert.True(Catalog.TryResolve(name, out var profile));
        Assert.Equal(expected, profile.Name);
    }

    [Fact]
    public void An_equipment_qualifier_the_exercise_does_not_use_does_not_resolve_to_it()
    {
        // A dumbbell deadlift is not the barbell deadlift: merging them would mix their histories and increments.
        Assert.False(Catalog.TryResolve("Deadlift (Dumbbell)", out _));
    }

    [Fact]
    public void Resolve_of_an_unknown_name_throws_a_sentence_with_the_closest_names()
    {
        var ex = Assert.Throws<RepSenseException>(() => Catalog.Resolve("dumbell rwo"));
        Assert.Contains("'dumbell rwo'", ex.Message);
        Assert.Contains("dumbbell-row", ex.Message);
    }
}
