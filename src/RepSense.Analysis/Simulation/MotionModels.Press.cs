using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

public static partial class MotionModels
{
    /// <summary>Standing overhead press from the front rack: the wrist rises about 0.48 m, curving around the face;
    /// un-racked by stepping back. Momentum is leg drive (a push press).</summary>
    public static MotionModel OverheadPress { get; } = new()
    {
        Name = "press/overhead-press",
        Family = MotionFamily.Press,
        ConcentricFirst = true,
        Rest = Pose.Wrist(new Vec3(0.10, 0.22, 1.45), Up, Back),
        Approach =
        [
            Pose.Wrist(new Vec3(0.35, 0.22, 1.10), new Vec3(0.5, 0, 0.8), Back),
            Pose.Wrist(new Vec3(0.38, 0.22, 1.45), Up, Back),
        ],
        TranslationM = new Vec3(-0.03, 0, 0.48),
        BowM = new Vec3(0.05, 0, 0),
        TiltAxis = Left,
        TiltAngleRad = Deg(30),
        ForearmRollRad = Deg(15),
        SwingPushM = new Vec3(0, 0, 0.07),
    };

    /// <summary>Bench press, lying: un-racked over the chest, the bar goes down about 0.38 m first (eccentric
    /// first). Momentum is bouncing off the chest with a bridge.</summary>
    public static MotionModel BenchPress { get; } = new()
    {
        Name = "press/bench-press",
        Family = MotionFamily.Press,
        ConcentricFirst = false,
        Rest = Pose.Wrist(new Vec3(0.0, 0.25, 1.15), Up, Back),
        Approach =
        [
            Pose.Wrist(new Vec3(0.0, 0.35, 0.50), Forward, Up),
            Pose.Wrist(new Vec3(-0.15, 0.25, 1.05), Up, Back),
        ],
        TranslationM = new Vec3(0.06, 0, -0.38),
        TiltAxis = Left,
        TiltAngleRad = Deg(-20),
        ForearmRollRad = Deg(10),
        SwingPushM = new Vec3(0, 0, 0.04),
    };
}
