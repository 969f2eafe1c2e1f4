using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

/// <summary>Where the lifter stands and faces: the origin of the lifter frame and its heading about z.</summary>
internal readonly record struct LifterFrame(Vec3 OriginM, double YawRad)
{
    public Pose ToWorld(Pose local) => local.InFrame(OriginM, YawRad);
}

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

/// <summary>Keeping a pose (sway and tremor are added on top of the whole timeline).</summary>
internal sealed class HoldSegment(long startMs, long durationMs, SpanKind kind, int? setIndex, LifterFrame frame, Pose pose)
    : Segment(startMs, durationMs, kind, setIndex)
{
    private readonly Pose world = frame.ToWorld(pose);
    public override Pose WorldAt(double localS) => world;
    public override LifterFrame EndFrame => frame;
}

/// <summary>A point-to-point arm movement on a minimum-jerk profile (picking up, reaching, raising the wrist).</summary>
internal sealed class MoveSegment(long startMs, long durationMs, SpanKind kind, int? setIndex, LifterFrame frame, Pose from, Pose to)
    : Segment(startMs, durationMs, kind, setIndex)
{
    private readonly Pose worldFrom = frame.ToWorld(from);
    private readonly Pose worldTo = frame.ToWorld(to);

    public override Pose WorldAt(double localS) =>
        Pose.Interpolate(worldFrom, worldTo, MotionProfiles.MinimumJerk(Fraction(localS)));

    public override LifterFrame EndFrame => frame;
}
