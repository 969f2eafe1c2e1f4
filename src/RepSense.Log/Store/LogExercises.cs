using RepSense.Analysis.Exercises;
using RepSense.Ingest;

namespace RepSense.Log.Store;

/// <summary>Resolves an exercise name typed on the command line against the catalog first and then against the
/// user's own exercises already in the log (from imports).</summary>
public static class LogExercises
{
    /// <summary>The exercise and its catalog profile (null for a user exercise). An unknown name throws a
    /// <see cref="RepSenseException"/> listing the closest catalog names.</summary>
    public static (ExerciseRef Exercise, ExerciseProfile? Profile) Resolve(string name, LogStore store, ExerciseCatalog catalog)
    {
        if (catalog.TryResolve(name, out var profile))
            return (new ExerciseRef(profile.Name, true), profile);
        string wanted = Normalize(name);
        foreach (var (exercise, inCatalog) in store.Exercises())
            if (!inCatalog && Normalize(exercise) == wanted)
                return (new ExerciseRef(exercise, false), null);
        throw catalog.UnknownName(name);
    }

    private static string Normalize(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
