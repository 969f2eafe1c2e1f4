namespace RepSense.Analysis.Exercises;

/// <summary>
/// What the analyzer may assume about the movement a wrist or bar sensor sees. Unlike the tempo policy these are
/// not article quotes: the rep-duration range is an engineering estimate (generous search bounds for segmentation,
/// holds included), the rest follows from how the articles describe the exercise.
/// </summary>
/// <param name="ConcentricDirection">Which way the hand moves in the concentric.</param>
/// <param name="StartsWithConcentric">Whether a rep's first half is the concentric (rows, deadlifts, presses from
/// the shoulders) or the eccentric (bench press, squat, Romanian deadlift); see Rep anatomy in architecture.md.</param>
/// <param name="RepDurationMinS">Shortest plausible full rep, seconds; null for timed exercises.</param>
/// <param name="RepDurationMaxS">Longest plausible full rep, seconds; null for timed exercises.</param>
/// <param name="Laterality">One arm, both, or alternating.</param>
/// <param name="HandFixed">The hands hold something that does not move (pull-up bar, inverted-row bar): the body
/// moves around them, so a wrist sensor sees mostly rotation and little travel.</param>
public sealed record MotionHints(
    ConcentricDirection ConcentricDirection,
    bool StartsWithConcentric,
    double? RepDurationMinS,
    double? RepDurationMaxS,
    Laterality Laterality,
    bool HandFixed);
