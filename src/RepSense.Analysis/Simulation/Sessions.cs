namespace RepSense.Analysis.Simulation;

/// <summary>Built-in sessions: whole workouts as the seed articles prescribe them.</summary>
public static class Sessions
{
    /// <summary>StrengthLog's back workout (seed 000): deadlift 3x5, pull-up 3x8, dumbbell row 3x10, back
    /// extension 3x12, reverse dumbbell fly 3x15, each at its default tempo.</summary>
    public static SessionPlan StrengthLogBack => FromScheme(
        ("deadlift", 3, 5), ("pull-up", 3, 8), ("dumbbell-row", 3, 10), ("back-extension", 3, 12), ("reverse-fly", 3, 15));

    public static IReadOnlyDictionary<string, Func<SessionPlan>> All { get; } = new Dictionary<string, Func<SessionPlan>>
    {
        ["strengthlog-back"] = () => StrengthLogBack,
    };

    /// <summary>The session called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static SessionPlan? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.Invoke();

    private static SessionPlan FromScheme(params (string Exercise, int Sets, int Reps)[] scheme)
    {
        var sets = new List<SetPlan>();
        foreach (var (name, count, reps) in scheme)
        {
            var exercise = ExerciseMotions.Find(name)
                           ?? throw new InvalidOperationException($"Session exercise '{name}' is not in the catalog.");
            for (int i = 0; i < count; i++) sets.Add(new SetPlan(exercise, reps, exercise.DefaultTempo));
        }
        return new SessionPlan(sets);
    }
}
