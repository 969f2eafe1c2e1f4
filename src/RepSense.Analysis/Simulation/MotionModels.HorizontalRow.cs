using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

public static partial class MotionModels
{
    /// <summary>One-arm dumbbell row, the other hand on a bench: the wrist rises about 0.4 m and a little back, the
    /// forearm staying below the elbow. Momentum is the torso twisting open.</summary>
    public static MotionModel DumbbellRow { get; } = new()
    {
        Name = "horizontal-row/dumbbell-row",
        Family = MotionFamily.HorizontalRow,
        ConcentricFirst = true,
        Rest = Pose.Wrist(new Vec3(0.35, 0.28, 0.42), Down, Left),
        Approach = [Pose.Wrist(new Vec3(0.30, 0.25, 0.18), Down, Left)],
        TranslationM = new Vec3(-0.12, 0.0, 0.40),
        BowM = new Vec3(0, 0.03, 0),
        TiltAxis = Left,
        TiltAngleRad = Deg(-25),
        ForearmRollRad = Deg(15),
        SwingPivotM = new Vec3(0.30, 0.0, 0.95),
        SwingAxis = Forward,
        SwingAngleRad = Deg(12),
    };

    /// <summary>Bent-over barbell row, overhand: picked up from the floor, then the hinge; the bar rises to the
    /// lower chest. Momentum is the torso coming up.</summary>
    public static MotionModel BarbellRow { get; } = new()
    {
        Name = "horizontal-row/barbell-row",
        Family = MotionFamily.HorizontalRow,
        ConcentricFirst = true,
        Rest = Pose.Wrist(new Vec3(0.32, 0.22, 0.45), Down, Forward),
        Approach =
        [
            Pose.Wrist(new Vec3(0.28, 0.22, 0.22), Down, Forward),
            Pose.Wrist(new Vec3(0.05, 0.22, 0.78), Down, Forward),
        ],
        TranslationM = new Vec3(-0.10, 0, 0.38),
        TiltAxis = Left,
        TiltAngleRad = Deg(-25),
        ForearmRollRad = Deg(10),
        SwingPivotM = new Vec3(-0.10, 0.0, 0.95),
        SwingAxis = Left,
        SwingAngleRad = Deg(-10),
    };

    /// <summary>Seated cable row, neutral handle: the forearm stays horizontal and the wrist travels back about
    /// 0.45 m. Momentum is rocking the torso back.</summary>
    public static MotionModel SeatedCableRow { get; } = new()
    {
        Name = "horizontal-row/seated-cable-row",
        Family = MotionFamily.HorizontalRow,
        ConcentricFirst = true,
        Rest = Pose.Wrist(new Vec3(0.60, 0.20, 0.60), Forward, Left),
        Approach =
        [
            Pose.Wrist(new Vec3(0.15, 0.22, 0.45), Down, Left),
            Pose.Wrist(new Vec3(0.65, 0.20, 0.55), Forward, Left),
        ],
        TranslationM = new Vec3(-0.45, 0.02, 0.05),
        TiltAxis = Up,
        TiltAngleRad = Deg(-20),
        ForearmRollRad = Deg(15),
        SwingPivotM = new Vec3(0, 0, 0.5),
        SwingAxis = Left,
        SwingAngleRad = Deg(-12),
    };

    /// <summary>Bent-over reverse dumbbell fly: the arm, nearly straight, swings out to the side about the shoulder
    /// (about 75°), turning the watch with it — the largest rotation among the rows. Momentum is the torso jerking
    /// up while the arms are flung out.</summary>
    public static MotionModel ReverseFly { get; } = new()
    {
        Name = "horizontal-row/reverse-fly",
        Family = MotionFamily.HorizontalRow,
        ConcentricFirst = true,
        Rest = Pose.Wrist(new Vec3(0.30, 0.12, 0.42), Down, Left),
        Approach =
        [
            Pose.Wrist(new Vec3(0.20, 0.15, 0.20), Down, Left),
            Pose.Wrist(new Vec3(0.02, 0.18, 0.80), Down, Left),
        ],
        ArcAxis = Forward,
        ArcAngleRad = Deg(75),
        ArcRadiusM = new Vec3(0, -0.05, -0.58),
        SwingPivotM = new Vec3(-0.10, 0.0, 0.95),
        SwingAxis = Left,
        SwingAngleRad = Deg(-8),
        SwingPushM = new Vec3(0, 0.04, 0),
    };
}
