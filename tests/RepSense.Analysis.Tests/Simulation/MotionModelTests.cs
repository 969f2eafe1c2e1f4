using RepSense.Analysis.Simulation;
using RepSense.Ingest;

namespace RepSense.Analysis.Tests.Simulation;

public class MotionModelTests
{
    public static TheoryData<string> ModelNames() => new(MotionModels.All.Select(m => m.Name));

    private static MotionModel Model(string name) => MotionModels.All.Single(m => m.Name == name);

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void A_full_rep_moves_or_turns_the_wrist_clearly_and_starts_at_rest(string name)
    {
        var model = Model(name);
        var top = model.At(1);
        double turnedDeg = model.Rest.Orientation.AngleTo(top.Orientation) * 180 / Math.PI;

        Assert.Equal(model.Rest.PositionM, model.At(0).PositionM);
        Assert.True(model.Rest.Orientation.AngleTo(model.At(0).Orientation) < 1e-9);
        Assert.True(model.RangeOfMotionM > 0.3 || turnedDeg > 20, $"{name}: {model.RangeOfMotionM:0.00} m, {turnedDeg:0}°");
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void The_momentum_swing_pushes_the_wrist_the_way_the_concentric_goes(string name)
    {
        var model = Model(name);
        var concentric = model.ConcentricFirst
            ? model.At(0.1).PositionM - model.At(0).PositionM
            : model.At(0.9).PositionM - model.At(1).PositionM;
        var start = model.ConcentricFirst ? model.At(0) : model.At(1);
        var swung = model.Swing(start, 0.2);
        var swing = swung.PositionM - start.PositionM;
        double turnedDeg = start.Orientation.AngleTo(swung.Orientation) * 180 / Math.PI;

        // A kip barely moves hands that hold a bar, but it turns them.
        Assert.True(swing.Length > 0.001 || turnedDeg > 1, $"{name}: the swing moves the wrist {swing.Length * 1000:0.0} mm, {turnedDeg:0.0}°");
        Assert.True(swing.Dot(concentric) > 0, $"{name}: the swing pushes against the concentric");
    }

    [Theory]
    [InlineData("Pull-Up", "pull-up", "vertical-pull/pull-up")]
    [InlineData("pullups", "pull-up", "vertical-pull/pull-up")]
    [InlineData("vertical pull", "lat-pulldown", "vertical-pull/lat-pulldown")]
    [InlineData("horizontal-row", "dumbbell-row", "horizontal-row/dumbbell-row")]
    [InlineData("hinge", "deadlift", "hinge/deadlift")]
    [InlineData("press", "overhead-press", "press/overhead-press")]
    [InlineData("CURL", "biceps-curl", "curl/biceps-curl")]
    [InlineData("RDL", "romanian-deadlift", "hinge/romanian-deadlift")]
    [InlineData("barbell row", "bent-over-row", "horizontal-row/barbell-row")]
    [InlineData("one-arm dumbbell row", "dumbbell-row", "horizontal-row/dumbbell-row")]
    [InlineData("T-Bar Row", "t-bar-row", "horizontal-row/barbell-row")]
    [InlineData("face pull", "face-pull", "horizontal-row/seated-cable-row")]
    [InlineData("incline bench", "incline-bench-press", "press/bench-press")]
    [InlineData("dumbbell curl", "dumbbell-curl", "curl/biceps-curl")]
    public void Names_resolve_through_the_catalog_to_its_name_and_the_closest_model(string name, string catalogName, string model)
    {
        var exercise = ExerciseMotions.Find(name);

        Assert.NotNull(exercise);
        Assert.Equal(catalogName, exercise.Name);
        Assert.Equal(model, exercise.Model.Name);
        Assert.Equal(exercise.Profile.Motion.StartsWithConcentric, exercise.Model.ConcentricFirst);
    }

    [Theory]
    [InlineData("underwater basket weaving")]
    [InlineData("back squat")]
    [InlineData("farmer's carry")]
    public void Unknown_names_and_movements_no_model_covers_find_nothing(string name)
    {
        Assert.Null(ExerciseMotions.Find(name));
    }

    [Fact]
    public void Every_modelled_exercise_is_in_the_catalog_and_starts_with_the_half_the_catalog_says()
    {
        Assert.Equal(13, ExerciseMotions.All.Count);
        Assert.All(ExerciseMotions.All, e => Assert.Equal(e.Profile.Motion.StartsWithConcentric, e.Model.ConcentricFirst));
    }

    [Fact]
    public void The_names_listed_without_the_catalog_are_the_catalog_names_of_the_modelled_exercises()
    {
        Assert.Equal(ExerciseMotions.All.Select(e => e.Profile.Name), ExerciseMotions.Names);
    }

    [Fact]
    public void Pulls_rows_deadlifts_curls_and_overhead_presses_start_concentric_bench_rdl_and_back_extension_do_not()
    {
        var eccentricFirst = MotionModels.All.Where(m => !m.ConcentricFirst).Select(m => m.Name).Order();

        Assert.Equal(["hinge/back-extension", "hinge/romanian-deadlift", "press/bench-press"], eccentricFirst);
    }
}
