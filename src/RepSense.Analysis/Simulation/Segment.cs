namespace RepSense.Analysis.Simulation;

/// <summary>
/// A stretch of the timeline that moves the wrist: it gives the lifter frame and the wrist's pose in it at any time
/// within its span. Consecutive segments meet at the same pose with zero velocity, so the whole path is smooth.
/// </summary>
internal abstract class Segment(long startMs, long durationMs, SpanKind kind, int? setIndex)
{
    public long StartMs { get; } = startMs;
    public long DurationMs { get; } = durationMs;
    public long EndMs => StartMs + DurationMs;
    public SpanKind Kind { get; } = kind;
    public int? SetIndex { get; } = setIndex;

    /// <summary>The wrist in world coordinates, <paramref name="localS"/> seconds into the segment (clamped to it).</summary>
    public abstract Pose WorldAt(double localS);

    /// <summary>The lifter frame when the segment ends (where the next one starts).</summary>
    public abstract LifterFrame EndFrame { get; }

    protected double Fraction(double localS) => DurationMs == 0 ? 1 : Math.Clamp(localS * 1000 / DurationMs, 0, 1);
}
