using RepSense.Analysis.Exercises;
using RepSense.Log.Units;

namespace RepSense.Log.Progression;

/// <summary>The next session's targets for one exercise and why.</summary>
/// <param name="Exercise">The exercise's log name.</param>
/// <param name="Weight">The weight to use, or null when there is no history to start from.</param>
/// <param name="Unit">The unit of <paramref name="Weight"/> (the unit the exercise was last logged in).</param>
/// <param name="Sets">Work sets.</param>
/// <param name="Reps">Target per set, in <paramref name="Measure"/>.</param>
/// <param name="Rule">The rule applied.</param>
/// <param name="Measure">Reps, or seconds for a timed exercise.</param>
/// <param name="Reason">The decision in words, with the numbers it rests on.</param>
/// <param name="Deload">Whether this is a deload after repeated failure.</param>
public sealed record NextTarget(
    string Exercise,
    double? Weight,
    WeightUnit Unit,
    int Sets,
    IReadOnlyList<int> Reps,
    ProgressionRule Rule,
    Measure Measure,
    string Reason,
    bool Deload);
