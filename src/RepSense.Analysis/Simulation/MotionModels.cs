using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// The built-in motion models, one partial file per family. Geometry is a left-wrist watch in the lifter's frame
/// (x forward, y left, z up, metres), sized for an adult of about 1.80 m; the numbers come from the exercises'
/// descriptions in the seed articles and were checked against real wrist recordings (amplitudes, rotation rates).
/// </summary>
public static partial class MotionModels
{
    // Properties, not fields: the partial files' static initialisers run in no defined order, so nothing they
    // use may depend on another file's initialiser having run.
    internal static Vec3 Up => new(0, 0, 1);
    internal static Vec3 Down => new(0, 0, -1);
    internal static Vec3 Forward => new(1, 0, 0);
    internal static Vec3 Back => new(-1, 0, 0);
    internal static Vec3 Left => new(0, 1, 0);
    internal static Vec3 Right => new(0, -1, 0);

    internal static double Deg(double degrees) => degrees * Math.PI / 180;

    /// <summary>Standing, the arm hanging by the side, the back of the wrist facing out.</summary>
    public static Pose Standing => Pose.Wrist(new Vec3(0.02, 0.22, 0.82), Down, Left);

    /// <summary>Looking at the watch or the phone in the hand: forearm across the body, face up. Where taps happen.</summary>
    public static Pose LookingAtWrist => Pose.Wrist(new Vec3(0.32, 0.08, 1.18), new Vec3(0.25, -1, 0.1), Up);

    public static IReadOnlyList<MotionModel> All =>
    [
        PullUp, ChinUp, LatPulldown,
        DumbbellRow, BarbellRow, SeatedCableRow, ReverseFly,
        Deadlift, RomanianDeadlift, BackExtension,
        OverheadPress, BenchPress,
        BicepsCurl,
    ];
}
