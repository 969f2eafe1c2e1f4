using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// Where the wrist is and how it is turned. World frame: x forward (where the lifter faces at the start), y to the
/// lifter's left, z up, metres. <see cref="Orientation"/> maps wrist coordinates (x along the forearm towards the
/// hand, z out of the back of the wrist where a watch face is) to world coordinates.
/// </summary>
public readonly record struct Pose(Vec3 PositionM, Rotation Orientation)
{
    /// <summary>A wrist pose from the forearm's direction and the direction the back of the wrist faces (made
    /// perpendicular to the forearm).</summary>
    public static Pose Wrist(Vec3 positionM, Vec3 forearm, Vec3 backOfWrist) =>
        new(positionM, Rotation.FromAxes(forearm, backOfWrist));

    /// <summary>This pose seen from a frame that is rotated by <paramref name="yawRad"/> about z and moved to
    /// <paramref name="originM"/> (how a lifter-frame pose lands in the world after walking and turning).</summary>
    public Pose InFrame(Vec3 originM, double yawRad)
    {
        if (yawRad == 0) return new Pose(originM + PositionM, Orientation);
        var yaw = Rotation.FromAxisAngle(new Vec3(0, 0, 1), yawRad);
        return new Pose(originM + yaw.Rotate(PositionM), yaw * Orientation);
    }

    /// <summary>Position blended linearly, orientation by slerp; callers shape <paramref name="t"/> with a
    /// <see cref="MotionProfiles"/> curve.</summary>
    public static Pose Interpolate(Pose from, Pose to, double t) =>
        new(from.PositionM.Lerp(to.PositionM, t), Rotation.Slerp(from.Orientation, to.Orientation, t));
}
