using System.Diagnostics.CodeAnalysis;
using RepSense.Ingest;

namespace RepSense.Analysis.Exercises;

/// <summary>
/// The exercises RepSense knows, loaded once from the embedded Exercises/exercises.json (<see cref="Default"/>).
/// Names resolve whatever their case, spacing and punctuation ("DB row", "db-row" and "Db Row" are one alias), and
/// an unknown name gets the closest catalog names as suggestions. Immutable and safe to share between threads.
/// </summary>
public sealed class ExerciseCatalog
{
    private static readonly Lazy<ExerciseCatalog> s_default = new(ExerciseCatalogLoader.LoadEmbedded);

    private readonly IReadOnlyDictionary<string, ExerciseProfile> _byNormalizedName;

    internal ExerciseCatalog(
        IReadOnlyList<ExerciseProfile> all,
        IReadOnlyDictionary<string, ExerciseProfile> byNormalizedName,
        IReadOnlyDictionary<string, SeedArticle> articles,
        IReadOnlyDictionary<Equipment, LoadIncrement> increments,
        TrainingGuidance guidance)
    {
        All = all;
        _byNormalizedName = byNormalizedName;
        Articles = articles;
        Increments = increments;
        Guidance = guidance;
    }

    /// <summary>The catalog built into RepSense. Loading validates the file; a broken file throws here, and a test
    /// loads it so a broken file never ships.</summary>
    public static ExerciseCatalog Default => s_default.Value;

    /// <summary>Every exercise, in the file's order.</summary>
    public IReadOnlyList<ExerciseProfile> All { get; }

    /// <summary>The seed articles, by <see cref="SeedArticle.Id"/>.</summary>
    public IReadOnlyDictionary<string, SeedArticle> Articles { get; }

    /// <summary>The default load step per equipment.</summary>
    public IReadOnlyDictionary<Equipment, LoadIncrement> Increments { get; }

    /// <summary>Week- and set-level advice (weekly back sets, pull ratio, cheat reps).</summary>
    public TrainingGuidance Guidance { get; }

    /// <summary>
    /// Finds the exercise called <paramref name="name"/>: a catalog name, display name or alias, ignoring case,
    /// spaces and punctuation. A trailing equipment qualifier as workout-log apps write it is understood:
    /// "Bench Press (Dumbbell)" matches "dumbbell bench press" when that is an alias, and otherwise
    /// "Lat Pulldown (Cable)" matches the lat pulldown because cable is one of its equipment;
    /// "Deadlift (Dumbbell)" does not match the (barbell) deadlift.
    /// </summary>
    public bool TryResolve(string name, [NotNullWhen(true)] out ExerciseProfile? profile)
    {
        if (_byNormalizedName.TryGetValue(ExerciseNames.Normalize(name), out profile))
            return true;
        if (ExerciseNames.TrySplitQualifier(name, out string baseName, out string qualifier))
        {
            if (_byNormalizedName.TryGetValue(ExerciseNames.Normalize(qualifier + baseName), out profile))
                return true;
            if (TryParseEquipment(qualifier, out var equipment)
                && TryResolve(baseName, out profile)
                && profile.Equipment.Contains(equipment))
                return true;
        }
        profile = null;
        return false;
    }

    /// <summary>Like <see cref="TryResolve"/>, but an unknown name throws a <see cref="RepSenseException"/> that
    /// lists the closest catalog names.</summary>
    public ExerciseProfile Resolve(string name) => TryResolve(name, out var profile) ? profile : throw UnknownName(name);

    /// <summary>The error for a name that resolves to nothing: one sentence with the closest catalog names.</summary>
    public RepSenseException UnknownName(string name)
    {
        var suggestions = Suggest(name, 3);
        string hint = suggestions.Count == 0
            ? "no catalog name is close"
            : $"closest: {string.Join(", ", suggestions.Select(p => p.Name))}";
        return new RepSenseException($"Unknown exercise '{name}' (expected a catalog exercise name or alias; {hint}).");
    }

    /// <summary>
    /// Up to <paramref name="count"/> exercises whose name or an alias is closest to <paramref name="name"/>, best
    /// first, by per-word edit distance ("dumbell rwo" → dumbbell-row). Names that share almost nothing with the
    /// query are left out, so the list can be shorter than <paramref name="count"/> or empty.
    /// </summary>
    public IReadOnlyList<ExerciseProfile> Suggest(string name, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        const double farthestUseful = 0.35;
        return All
            .Select(profile => (Profile: profile, Distance: new[] { profile.Name, profile.DisplayName }
                .Concat(profile.Aliases)
                .Min(candidate => ExerciseNames.Distance(name, candidate))))
            .Where(x => x.Distance <= farthestUseful)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Profile.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Profile)
            .ToList();
    }

    private static bool TryParseEquipment(string text, out Equipment equipment)
    {
        string normalized = ExerciseNames.Normalize(text);
        foreach (var candidate in Enum.GetValues<Equipment>())
        {
            if (ExerciseNames.Normalize(candidate.ToString()) == normalized)
            {
                equipment = candidate;
                return true;
            }
        }
        equipment = default;
        return false;
    }
}
