using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

/// <summary>The five movement patterns the simulator knows.</summary>
public enum MotionFamily
{
    VerticalPull,
    HorizontalRow,
    Hinge,
    Press,
    Curl,
}

/// <summary>
/// How the wrist moves in one exercise, as geometry in the lifter's frame (x forward, y left, z up, metres; a watch
/// on the left wrist). A rep moves the wrist from <see cref="Rest"/> (progress u = 0, where reps start and end) to
/// the turning point (u = 1) and back. The path at progress u is a straight part, a bow and a rigid swing about a
/// pivot; the orientation adds a tilt and a forearm roll. Partial reps stop at a smaller u.
/// </summary>
public sealed record MotionModel
{
    /// <summary>A stable identifier, e.g. "hinge/deadlift".</summary>
    public required string Name { get; init; }

    public required MotionFamily Family { get; init; }

    /// <summary>Whether the first half of a rep (rest → turning point) is the concentric: pulls, rows, deadlifts,
    /// curls and overhead presses; not bench presses, Romanian deadlifts or back extensions, which start at the top.</summary>
    public required bool ConcentricFirst { get; init; }

    /// <summary>The wrist at the rest position between reps.</summary>
    public required Pose Rest { get; init; }

    /// <summary>Waypoints from standing with the arm hanging to <see cref="Rest"/> (both excluded): picking up,
    /// reaching for a bar, un-racking. Walked backwards after the set (re-racking, putting down).</summary>
    public IReadOnlyList<Pose> Approach { get; init; } = [];

    /// <summary>Straight-line displacement at the turning point.</summary>
    public Vec3 TranslationM { get; init; }

    /// <summary>Sideways bulge of the path, largest at mid-range (a bar path around the knees or the face).</summary>
    public Vec3 BowM { get; init; }

    /// <summary>Axis of the rigid swing about a pivot (a curl about the elbow, a fly about the shoulder), lifter frame.</summary>
    public Vec3 ArcAxis { get; init; } = new(0, 1, 0);

    /// <summary>Swing angle at the turning point; 0 for no swing.</summary>
    public double ArcAngleRad { get; init; }

    /// <summary>From the swing's pivot to the wrist, at rest.</summary>
    public Vec3 ArcRadiusM { get; init; }

    /// <summary>Axis of an extra tilt of the wrist at the turning point (the forearm leaning as the elbow moves).</summary>
    public Vec3 TiltAxis { get; init; } = new(0, 1, 0);

    public double TiltAngleRad { get; init; }

    /// <summary>Rotation about the forearm (pronation positive) at the turning point.</summary>
    public double ForearmRollRad { get; init; }

    /// <summary>The body swing of a momentum rep: a rotation about <see cref="SwingPivotM"/> (lifter frame) that
    /// carries the wrist in the concentric's direction, plus a straight push (leg drive).</summary>
    public Vec3 SwingAxis { get; init; } = new(0, 1, 0);

    public Vec3 SwingPivotM { get; init; }
    public double SwingAngleRad { get; init; }
    public Vec3 SwingPushM { get; init; }

    /// <summary>The wrist at progress <paramref name="u"/> (0 rest, 1 turning point; values between for partial
    /// range), lifter frame.</summary>
    public Pose At(double u)
    {
        var arc = ArcAngleRad == 0 ? Rotation.Identity : Rotation.FromAxisAngle(ArcAxis, ArcAngleRad * u);
        var position = Rest.PositionM + TranslationM * u + BowM * Math.Sin(Math.PI * u)
                       + (arc.Rotate(ArcRadiusM) - ArcRadiusM);
        var tilt = TiltAngleRad == 0 ? Rotation.Identity : Rotation.FromAxisAngle(TiltAxis, TiltAngleRad * u);
        var roll = ForearmRollRad == 0 ? Rotation.Identity : Rotation.FromAxisAngle(new Vec3(1, 0, 0), ForearmRollRad * u);
        return new Pose(position, arc * tilt * Rest.Orientation * roll);
    }

    /// <summary>The body swing applied to <paramref name="pose"/> at strength <paramref name="amount"/> (0 none,
    /// 1 full swing).</summary>
    public Pose Swing(Pose pose, double amount)
    {
        if (amount == 0) return pose;
        var rotation = SwingAngleRad == 0 ? Rotation.Identity : Rotation.FromAxisAngle(SwingAxis, SwingAngleRad * amount);
        var position = SwingPivotM + rotation.Rotate(pose.PositionM - SwingPivotM) + SwingPushM * amount;
        return new Pose(position, rotation * pose.Orientation);
    }

    /// <summary>Straight-line distance the wrist travels from rest to the turning point in a full rep.</summary>
    public double RangeOfMotionM => (At(1).PositionM - Rest.PositionM).Length;
}
