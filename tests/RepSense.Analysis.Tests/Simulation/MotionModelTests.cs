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

    [Fact]
    public void Every_exercise_name_and_alias_finds_its_model_whatever_the_spelling()
    {
        Assert.Same(MotionModels.PullUp, ExerciseMotions.Find("Pull-Up")!.Model);
        Assert.Same(MotionModels.PullUp, ExerciseMotions.Find("pull_up")!.Model);
        Assert.Same(MotionModels.LatPulldown, ExerciseMotions.Find("vertical pull")!.Model);
        Assert.Same(MotionModels.DumbbellRow, ExerciseMotions.Find("horizontal-row")!.Model);
        Assert.Same(MotionModels.Deadlift, ExerciseMotions.Find("hinge")!.Model);
        Assert.Same(MotionModels.OverheadPress, ExerciseMotions.Find("press")!.Model);
        Assert.Same(MotionModels.BicepsCurl, ExerciseMotions.Find("CURL")!.Model);
        Assert.Same(MotionModels.RomanianDeadlift, ExerciseMotions.Find("RDL")!.Model);
        Assert.Null(ExerciseMotions.Find("underwater basket weaving"));
        var keys = ExerciseMotions.All.SelectMany(e => e.Aliases.Append(e.Name))
            .Select(n => new string(n.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray()));
        Assert.Equal(keys.Count(), keys.Distinct().Count());
    }

    [Fact]
    public void Pulls_rows_deadlifts_curls_and_overhead_presses_start_concentric_bench_rdl_and_back_extension_do_not()
    {
        var eccentricFirst = MotionModels.All.Where(m => !m.ConcentricFirst).Select(m => m.Name).Order();

        Assert.Equal(["hinge/back-extension", "hinge/romanian-deadlift", "press/bench-press"], eccentricFirst);
    }
}
