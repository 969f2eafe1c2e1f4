namespace RepSense.Analysis.Simulation;

/// <summary>Keeping a pose (sway and tremor are added on top of the whole timeline).</summary>
internal sealed class HoldSegment(long startMs, long durationMs, SpanKind kind, int? setIndex, LifterFrame frame, Pose pose)
    : Segment(startMs, durationMs, kind, setIndex)
{
    private readonly Pose world = frame.ToWorld(pose);
    public override Pose WorldAt(double localS) => world;
    public override LifterFrame EndFrame => frame;
}
