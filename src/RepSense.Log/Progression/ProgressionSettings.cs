using RepSense.Analysis.Exercises;
using RepSense.Log.Store;

namespace RepSense.Log.Progression;

/// <summary>
/// The rule in effect for one exercise: the user's override (<c>log rule</c>) when there is one, else the catalog's
/// default, else (for an exercise outside the catalog) double progression 3 × 8–12 with the barbell step.
/// </summary>
/// <param name="Rule">Linear or double progression.</param>
/// <param name="Sets">Work sets per session.</param>
/// <param name="Low">The target (linear) or the bottom of the range (double), in <paramref name="Measure"/>.</param>
/// <param name="High">The target (linear) or the top of the range (double).</param>
/// <param name="Measure">Reps, or seconds for a timed exercise.</param>
/// <param name="Increment">The load step.</param>
/// <param name="Origin">"catalog", "your rule" or "default", for the reason text.</param>
public sealed record ProgressionSettings(
    ProgressionRule Rule,
    int Sets,
    int Low,
    int High,
    Measure Measure,
    LoadIncrement Increment,
    string Origin)
{
    public static ProgressionSettings For(ExerciseProfile? profile, ProgressionOverride? user)
    {
        var catalogDefault = profile?.Progression;
        var increment = catalogDefault?.Increment ?? new LoadIncrement(2.5, 5);
        if (user is not null)
        {
            return new ProgressionSettings(user.Rule, user.Sets, user.RepsMin, user.RepsMax, Measure.Reps,
                new LoadIncrement(user.IncrementKg ?? increment.Kg, user.IncrementLb ?? increment.Lb), "your rule");
        }
        if (catalogDefault is null)
            return new ProgressionSettings(ProgressionRule.Double, 3, 8, 12, Measure.Reps, increment, "default");
        return catalogDefault.IsTimed
            ? new ProgressionSettings(catalogDefault.Rule, catalogDefault.Sets, (int)catalogDefault.HoldMinS!.Value,
                (int)catalogDefault.HoldMaxS!.Value, Measure.Seconds, increment, "catalog")
            : new ProgressionSettings(catalogDefault.Rule, catalogDefault.Sets, catalogDefault.RepsMin!.Value,
                catalogDefault.RepsMax!.Value, Measure.Reps, increment, "catalog");
    }

    /// <summary>"3×5" or "3×8–12" (with " s" for seconds).</summary>
    public string Scheme => $"{Sets}×{(Low == High ? $"{Low}" : $"{Low}–{High}")}{(Measure == Measure.Seconds ? " s" : "")}";
}
