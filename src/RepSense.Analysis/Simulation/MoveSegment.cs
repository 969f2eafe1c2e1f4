namespace RepSense.Analysis.Simulation;

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
