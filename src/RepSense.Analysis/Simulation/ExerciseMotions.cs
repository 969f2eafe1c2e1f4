using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// Common exercise names mapped onto the motion models. Default tempos follow what real wrist recordings show for
/// unprompted sets (rows and pulldowns about 2 s a rep, deadlifts and presses about 3 s): see the report of the
/// simulator's calibration in sample-data/README.md.
/// </summary>
public static class ExerciseMotions
{
    public static IReadOnlyList<ExerciseMotion> All { get; } =
    [
        new("deadlift", MotionModels.Deadlift, RepTempo.Parse("1-1-1-0"), ["conventional deadlift", "hinge"]),
        new("romanian deadlift", MotionModels.RomanianDeadlift, RepTempo.Parse("2-0-1-1"), ["rdl", "stiff-legged deadlift"]),
        new("back extension", MotionModels.BackExtension, RepTempo.Parse("2-0-1-1"), ["hyperextension", "45 degree back extension"]),
        new("pull-up", MotionModels.PullUp, RepTempo.Parse("2-0-1-0"), ["overhand pull-up"]),
        new("chin-up", MotionModels.ChinUp, RepTempo.Parse("2-0-1-0"), ["underhand pull-up"]),
        new("lat pulldown", MotionModels.LatPulldown, RepTempo.Parse("1-0-1-0"), ["pulldown", "vertical pull"]),
        new("dumbbell row", MotionModels.DumbbellRow, RepTempo.Parse("0.7-0.2-0.6-0.3"), ["one-arm dumbbell row", "single-arm dumbbell row", "horizontal row", "row"]),
        new("barbell row", MotionModels.BarbellRow, RepTempo.Parse("0.7-0.2-0.6-0.2"), ["bent-over row", "bent over barbell row", "pendlay row"]),
        new("seated cable row", MotionModels.SeatedCableRow, RepTempo.Parse("1-0-1-1"), ["cable row", "seated row"]),
        new("reverse fly", MotionModels.ReverseFly, RepTempo.Parse("1.4-0-1-0"), ["reverse dumbbell fly", "rear delt fly", "reverse flye"]),
        new("overhead press", MotionModels.OverheadPress, RepTempo.Parse("1.4-0-1-0"), ["military press", "shoulder press", "ohp", "press"]),
        new("bench press", MotionModels.BenchPress, RepTempo.Parse("2-0-1-0"), ["bench", "barbell bench press"]),
        new("biceps curl", MotionModels.BicepsCurl, RepTempo.Parse("1.4-0-1.2-0"), ["curl", "bicep curl", "dumbbell curl", "barbell curl"]),
    ];

    /// <summary>The exercise called <paramref name="name"/> or one of its aliases, ignoring case, spaces, hyphens
    /// and underscores ("Pull-Up", "pull_up" and "pullup" are the same); null when unknown.</summary>
    public static ExerciseMotion? Find(string name)
    {
        string key = Key(name);
        return All.FirstOrDefault(e => Key(e.Name) == key || e.Aliases.Any(a => Key(a) == key));
    }

    public static IEnumerable<string> Names => All.Select(e => e.Name);

    private static string Key(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
