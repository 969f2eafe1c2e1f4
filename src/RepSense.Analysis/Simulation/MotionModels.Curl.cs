using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

public static partial class MotionModels
{
    /// <summary>Standing dumbbell or barbell curl, supinated: the forearm turns about 120° about the elbow, the watch
    /// on a 0.26 m radius, so gravity sweeps through the sensor axes. Momentum is leaning back and swinging.</summary>
    public static MotionModel BicepsCurl { get; } = new()
    {
        Name = "curl/biceps-curl",
        Family = MotionFamily.Curl,
        ConcentricFirst = true,
        Rest = Pose.Wrist(new Vec3(0.05, 0.22, 0.82), Down, Back),
        Approach = [Pose.Wrist(new Vec3(0.15, 0.22, 0.20), Down, Back)],
        TranslationM = new Vec3(0.03, 0, 0.02),
        ArcAxis = Left,
        ArcAngleRad = Deg(-120),
        ArcRadiusM = new Vec3(0, 0, -0.26),
        ForearmRollRad = Deg(-15),
        SwingPivotM = new Vec3(0, 0, 1.0),
        SwingAxis = Left,
        SwingAngleRad = Deg(-8),
    };
}
