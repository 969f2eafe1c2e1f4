using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

public static partial class MotionModels
{
    /// <summary>Pull-up, pronated grip. The hands hold a fixed bar, so the wrist barely travels: what a watch sees is
    /// the forearm turning about the grip as the elbows drive down and forward (about 25°), plus the pronation.
    /// Momentum is a kip: the body swings about the bar.</summary>
    public static MotionModel PullUp { get; } = new()
    {
        Name = "vertical-pull/pull-up",
        Family = MotionFamily.VerticalPull,
        ConcentricFirst = true,
        Rest = Pose.Wrist(new Vec3(0.0, 0.25, 2.15), Up, Back),
        Approach = [Pose.Wrist(new Vec3(0.15, 0.25, 1.55), new Vec3(0.6, 0, 0.8), Back)],
        TranslationM = new Vec3(0.0, 0.0, 0.015),
        ArcAxis = new Vec3(0.3, 1, 0),
        ArcAngleRad = Deg(-28),
        ArcRadiusM = new Vec3(0, 0, -0.07),
        ForearmRollRad = Deg(12),
        SwingPivotM = new Vec3(0.0, 0.25, 2.2),
        SwingAxis = Left,
        SwingAngleRad = Deg(-10),
    };

    /// <summary>Chin-up: the pull-up with a supinated grip (the back of the wrist faces forward).</summary>
    public static MotionModel ChinUp { get; } = PullUp with
    {
        Name = "vertical-pull/chin-up",
        Rest = Pose.Wrist(new Vec3(0.0, 0.18, 2.15), Up, Forward),
        Approach = [Pose.Wrist(new Vec3(0.15, 0.2, 1.55), new Vec3(0.6, 0, 0.8), Forward)],
        ForearmRollRad = Deg(-10),
    };

    /// <summary>Lat pulldown: seated, the bar comes down about half a metre to the upper chest with the forearms
    /// nearly vertical. Approach: reach up to the bar standing, then sit down holding it.</summary>
    public static MotionModel LatPulldown { get; } = new()
    {
        Name = "vertical-pull/lat-pulldown",
        Family = MotionFamily.VerticalPull,
        ConcentricFirst = true,
        Rest = Pose.Wrist(new Vec3(0.12, 0.30, 1.95), new Vec3(0.05, 0.15, 1), Back),
        Approach =
        [
            Pose.Wrist(new Vec3(0.25, 0.30, 1.50), new Vec3(0.5, 0.1, 0.85), Back),
            Pose.Wrist(new Vec3(0.12, 0.30, 2.08), new Vec3(0.05, 0.15, 1), Back),
        ],
        TranslationM = new Vec3(-0.06, -0.03, -0.48),
        BowM = new Vec3(-0.05, 0, 0),
        TiltAxis = Left,
        TiltAngleRad = Deg(25),
        ForearmRollRad = Deg(15),
        SwingPivotM = new Vec3(0.0, 0.0, 0.5),
        SwingAxis = Left,
        SwingAngleRad = Deg(-12),
    };
}
