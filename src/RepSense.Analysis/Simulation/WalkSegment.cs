using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// Walking to another station: the lifter turns, then walks, the arm swinging about the shoulder once per stride
/// (two steps) while the body bobs once per step. Step rate about 1.8 Hz; the swing and bob fade in and out over
/// the first and last 1.2 s, so the segment starts and ends standing still.
/// </summary>
internal sealed class WalkSegment : Segment
{
    private static readonly Vec3 Shoulder = new(0.0, 0.20, 1.42);
    private const double FadeS = 1.2, TurnS = 1.5;

    private readonly LifterFrame start;
    private readonly double turnRad, distanceM, strideHz, swingRad, bobM, phase;

    public WalkSegment(long startMs, long durationMs, LifterFrame start, double turnRad, double distanceM,
        double stepHz, double swingRad, double bobM, double phase)
        : base(startMs, durationMs, SpanKind.Walk, null)
    {
        this.start = start;
        this.turnRad = turnRad;
        this.distanceM = distanceM;
        strideHz = stepHz / 2;
        this.swingRad = swingRad;
        this.bobM = bobM;
        this.phase = phase;
    }

    public override Pose WorldAt(double localS)
    {
        double durationS = DurationMs / 1000.0;
        double t = Math.Clamp(localS, 0, durationS);
        var frame = FrameAt(t, durationS);
        double envelope = MotionProfiles.SmoothStep(t / FadeS) * MotionProfiles.SmoothStep((durationS - t) / FadeS);
        double stride = 2 * Math.PI * strideHz * t + phase;

        var standing = MotionModels.Standing;
        var swing = Rotation.FromAxisAngle(new Vec3(0, 1, 0), swingRad * envelope * Math.Sin(stride));
        var arm = swing.Rotate(standing.PositionM - Shoulder) + Shoulder;
        var body = new Vec3(0, 0.015 * envelope * Math.Sin(stride + Math.PI / 2), bobM * envelope * Math.Sin(2 * stride));
        return frame.ToWorld(new Pose(arm + body, swing * standing.Orientation));
    }

    public override LifterFrame EndFrame => FrameAt(DurationMs / 1000.0, DurationMs / 1000.0);

    // The turn is done before the walk gathers speed (minimum-jerk progress is under 5 % at 1.5 s of a 7 s walk),
    // so moving along the current heading is close to integrating the heading, and smooth either way.
    private LifterFrame FrameAt(double t, double durationS)
    {
        double yaw = start.YawRad + turnRad * MotionProfiles.MinimumJerk(t / TurnS);
        double along = distanceM * MotionProfiles.MinimumJerk(t / durationS);
        return new LifterFrame(start.OriginM + new Vec3(Math.Cos(yaw), Math.Sin(yaw), 0) * along, yaw);
    }
}
