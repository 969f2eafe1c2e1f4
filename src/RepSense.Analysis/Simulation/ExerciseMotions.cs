using RepSense.Analysis.Exercises;
using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// Exercise names mapped onto the motion models. Names resolve through the <see cref="ExerciseCatalog"/> (with all its
/// aliases), so the truth carries catalog names. Thirteen exercises have a model of their own; any other catalog
/// exercise with a pull, row, hinge, press or curl pattern borrows the closest one (a T-bar row moves like a barbell
/// row). Default tempos follow what real wrist recordings show for unprompted sets (rows and pulldowns about 2 s a
/// rep, deadlifts and presses about 3 s; see sample-data/README.md).
/// </summary>
public static class ExerciseMotions
{
    private static readonly (string Name, MotionModel Model, string Tempo)[] Modelled =
    [
        ("deadlift", MotionModels.Deadlift, "1-1-1-0"),
        ("romanian-deadlift", MotionModels.RomanianDeadlift, "2-0-1-1"),
        ("back-extension", MotionModels.BackExtension, "2-0-1-1"),
        ("pull-up", MotionModels.PullUp, "2-0-1-0"),
        ("chin-up", MotionModels.ChinUp, "2-0-1-0"),
        ("lat-pulldown", MotionModels.LatPulldown, "1-0-1-0"),
        ("dumbbell-row", MotionModels.DumbbellRow, "0.7-0.2-0.6-0.3"),
        ("bent-over-row", MotionModels.BarbellRow, "0.7-0.2-0.6-0.2"),
        ("seated-cable-row", MotionModels.SeatedCableRow, "1-0-1-1"),
        ("reverse-fly", MotionModels.ReverseFly, "1.4-0-1-0"),
        ("overhead-press", MotionModels.OverheadPress, "1.4-0-1-0"),
        ("bench-press", MotionModels.BenchPress, "2-0-1-0"),
        ("biceps-curl", MotionModels.BicepsCurl, "1.4-0-1.2-0"),
    ];

    /// <summary>The model families by name, for asking for a model rather than an exercise.</summary>
    private static readonly (string Family, string Exercise)[] Families =
    [
        ("vertical pull", "lat-pulldown"),
        ("horizontal row", "dumbbell-row"),
        ("horizontal pull", "dumbbell-row"),
        ("hinge", "deadlift"),
        ("press", "overhead-press"),
        ("curl", "biceps-curl"),
    ];

    private static readonly Lazy<IReadOnlyList<ExerciseMotion>> s_all = new(() =>
        Modelled.Select(m => new ExerciseMotion(ExerciseCatalog.Default.Resolve(m.Name), m.Model, TempoNotation.Parse(m.Tempo))).ToList());

    /// <summary>The exercises with a motion model of their own.</summary>
    public static IReadOnlyList<ExerciseMotion> All => s_all.Value;

    /// <summary>The catalog names of <see cref="All"/>, without loading the catalog: every command line lists them in
    /// its help, and loading the catalog is most of a start-up.</summary>
    public static IEnumerable<string> Names
    {
        get
        {
            // Not Modelled.Select: LINQ over a tuple (a struct) is compiled at every start, not ahead of time.
            foreach (var m in Modelled) yield return m.Name;
        }
    }

    /// <summary>The exercise called <paramref name="name"/>: a catalog name or alias (any spelling the catalog
    /// accepts), or a model family ("vertical pull", "horizontal row", "hinge", "press", "curl"). Null when the
    /// name is unknown or the exercise moves in a way no model covers (squats, carries, swings).</summary>
    public static ExerciseMotion? Find(string name)
    {
        string key = ExerciseNames.Normalize(name);
        foreach (var (family, exercise) in Families)
            if (ExerciseNames.Normalize(family) == key) return All.Single(e => e.Name == exercise);
        if (!ExerciseCatalog.Default.TryResolve(name, out var profile)) return null;
        if (All.FirstOrDefault(e => e.Name == profile.Name) is { } modelled) return modelled;
        var closest = Closest(profile);
        return closest is null ? null : closest with { Profile = profile };
    }

    private static ExerciseMotion? Closest(ExerciseProfile profile)
    {
        var motion = profile.Motion;
        string? exercise = profile.Pattern switch
        {
            MovementPattern.VerticalPull => motion.HandFixed ? "pull-up" : "lat-pulldown",
            MovementPattern.HorizontalPull => motion.ConcentricDirection == ConcentricDirection.Horizontal ? "seated-cable-row"
                : motion.Laterality == Laterality.Unilateral ? "dumbbell-row" : "bent-over-row",
            MovementPattern.Hinge => motion.StartsWithConcentric ? "deadlift" : "romanian-deadlift",
            MovementPattern.Press => motion.StartsWithConcentric ? "overhead-press" : "bench-press",
            MovementPattern.Curl => "biceps-curl",
            _ => null,
        };
        return exercise is null ? null : All.Single(e => e.Name == exercise);
    }
}
