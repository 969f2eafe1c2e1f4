namespace RepSense.Analysis.Simulation;

/// <summary>What the lifter is doing during a stretch of a simulated recording.</summary>
public enum SpanKind
{
    /// <summary>Raising the device, tapping start or stop, lowering it.</summary>
    Tap,
    /// <summary>Standing still before the first or after the last set.</summary>
    Idle,
    /// <summary>Standing between sets.</summary>
    Rest,
    /// <summary>Looking at the watch during a rest: one lift and lower of the wrist, not a rep.</summary>
    Fidget,
    /// <summary>Walking to the next exercise's station (steps at about 1.8 Hz).</summary>
    Walk,
    /// <summary>Getting into position: picking up, reaching for the bar, un-racking. Not reps.</summary>
    Approach,
    /// <summary>From the first rep's start to the last rep's end.</summary>
    Set,
    /// <summary>Leaving the position: re-racking, putting down, letting go. Not reps.</summary>
    Retreat,
}

/// <summary>A stretch of the recording, in seconds from its first sample; <see cref="SetIndex"/> (1-based) for the
/// set and its approach and retreat.</summary>
public sealed record TimelineSpan(SpanKind Kind, double StartS, double EndS, int? SetIndex);
