namespace RepSense.Analysis.Exercises;

/// <summary>The articles' advice that is about a week or a set rather than one exercise.</summary>
/// <param name="WeeklyBackSetsMin">Fewest hard back sets a week (BarBend: 12).</param>
/// <param name="WeeklyBackSetsMax">Most hard back sets a week before it takes an advanced lifter (BarBend: 18).</param>
/// <param name="WeeklyBackSetsSource">Where the weekly range comes from.</param>
/// <param name="VerticalToHorizontalPullRatio">Target ratio of vertical to horizontal pull sets (1 = one-to-one).</param>
/// <param name="PullRatioSource">Where the ratio comes from.</param>
/// <param name="LateSetCheatReps">Reps at a set's end that may use body English under neutral momentum.</param>
/// <param name="LateSetCheatRepsSource">Where the cheat-rep allowance comes from.</param>
/// <param name="RepByRepProgressSource">StrengthLog's "5, 4, 4 instead of 5, 4, 3": beating last time rep by rep is
/// progress.</param>
public sealed record TrainingGuidance(
    int WeeklyBackSetsMin,
    int WeeklyBackSetsMax,
    SourceRef WeeklyBackSetsSource,
    double VerticalToHorizontalPullRatio,
    SourceRef PullRatioSource,
    int LateSetCheatReps,
    SourceRef LateSetCheatRepsSource,
    SourceRef RepByRepProgressSource);
