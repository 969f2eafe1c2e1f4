using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

public static partial class MotionModels
{
    /// <summary>Conventional deadlift from the floor: the arms hang straight and the wrist rises about 0.56 m,
    /// the bar drifting around the knees; the arms lean back a little at the start. Reps rest on the floor between
    /// them. Momentum is yanking the bar off the floor with the hips.</summary>
    public static MotionModel Deadlift { get; } = new()
    {
        Name = "hinge/deadlift",
        Family = MotionFamily.Hinge,
        ConcentricFirst = true,
        Rest = Pose.Wrist(new Vec3(0.12, 0.20, 0.24), Down, Forward),
        Approach = [Pose.Wrist(new Vec3(0.10, 0.20, 0.50), new Vec3(0.3, 0, -1), Forward)],
        TranslationM = new Vec3(-0.04, 0, 0.56),
        BowM = new Vec3(0.03, 0, 0),
        TiltAxis = Left,
        TiltAngleRad = Deg(25),
        ForearmRollRad = Deg(15),
        SwingPivotM = new Vec3(-0.10, 0.0, 0.90),
        SwingAxis = Left,
        SwingAngleRad = Deg(-6),
        SwingPushM = new Vec3(0, 0, 0.03),
    };

    /// <summary>Romanian deadlift: taken from a rack, it starts standing, so the first half is the eccentric
    /// (lowering about 0.45 m along the thighs).</summary>
    public static MotionModel RomanianDeadlift { get; } = new()
    {
        Name = "hinge/romanian-deadlift",
        Family = MotionFamily.Hinge,
        ConcentricFirst = false,
        Rest = Pose.Wrist(new Vec3(0.06, 0.20, 0.78), Down, Forward),
        Approach =
        [
            Pose.Wrist(new Vec3(0.40, 0.20, 0.90), new Vec3(0.6, 0, -0.8), Forward),
            Pose.Wrist(new Vec3(0.38, 0.20, 0.95), Down, Forward),
        ],
        TranslationM = new Vec3(0.10, 0, -0.45),
        TiltAxis = Left,
        TiltAngleRad = Deg(-20),
        ForearmRollRad = Deg(10),
        SwingPivotM = new Vec3(-0.10, 0.0, 0.90),
        SwingAxis = Left,
        SwingAngleRad = Deg(-8),
    };

    /// <summary>45° back extension, arms crossed on the chest: the wrist rides on the torso, which flexes about
    /// 70° at the hips, so the watch swings on a 0.46 m radius and turns with it. Starts at the top (eccentric
    /// first).</summary>
    public static MotionModel BackExtension { get; } = new()
    {
        Name = "hinge/back-extension",
        Family = MotionFamily.Hinge,
        ConcentricFirst = false,
        Rest = Pose.Wrist(new Vec3(0.403, 0.05, 1.233), Right, new Vec3(0.707, 0, -0.707)),
        Approach = [Pose.Wrist(new Vec3(0.15, 0.05, 1.30), Right, Forward)],
        ArcAxis = Left,
        ArcAngleRad = Deg(70),
        ArcRadiusM = new Vec3(0.403, 0.05, 0.233),
        SwingPivotM = new Vec3(0, 0, 1.0),
        SwingAxis = Left,
        SwingAngleRad = Deg(-8),
    };
}
