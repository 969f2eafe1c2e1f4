using RepSense.Ingest;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// The wrist's pose as a function of time over the whole recording, and what a sensor strapped to it measures.
/// Measurements are differences of the pose itself (acceleration by a central second difference of position, angular
/// velocity from the relative rotation between neighbouring instants), so accelerometer, gyroscope and orientation
/// are consistent by construction.
/// </summary>
internal sealed class Trajectory
{
    /// <summary>Differencing step: far below every motion's time scale (a tap is 12 ms wide) and far above the
    /// rounding floor of positions of a few metres.</summary>
    private const double StepS = 0.0005;

    private static readonly Vec3 GravityWorldMs2 = new(0, 0, -Acceleration.StandardGravityMs2);

    private readonly Segment[] segments;
    private readonly Perturbations perturbations;

    public Trajectory(IReadOnlyList<Segment> segments, Perturbations perturbations, Rotation mount)
    {
        this.segments = segments.ToArray();
        this.perturbations = perturbations;
        Mount = mount;
        DurationS = this.segments[^1].EndMs / 1000.0;
    }

    /// <summary>Sensor-to-wrist rotation.</summary>
    public Rotation Mount { get; }

    public double DurationS { get; }

    public IReadOnlyList<Segment> Segments => segments;

    public Pose WristAt(double t)
    {
        var segment = SegmentAt(t);
        return perturbations.Apply(t, segment.WorldAt(t - segment.StartMs / 1000.0));
    }

    /// <summary>Sensor-to-world rotation.</summary>
    public Rotation SensorOrientationAt(double t) => WristAt(t).Orientation * Mount;

    /// <summary>What an ideal accelerometer and gyroscope read at <paramref name="t"/>: specific force
    /// R⁻¹(a − g) in m/s² and body-frame angular velocity in rad/s, sensor frame.</summary>
    public (Vec3 SpecificForceMs2, Vec3 AngularVelocityRadS) SensorAt(double t)
    {
        var before = WristAt(t - StepS);
        var now = WristAt(t);
        var after = WristAt(t + StepS);
        var accelerationWorld = (after.PositionM - now.PositionM * 2 + before.PositionM) * (1 / (StepS * StepS));
        var orientation = now.Orientation * Mount;
        var force = orientation.InverseRotate(accelerationWorld - GravityWorldMs2);
        var relative = (before.Orientation * Mount).Inverse * (after.Orientation * Mount);
        return (force, relative.ToRotationVector() * (1 / (2 * StepS)));
    }

    /// <summary>The gravity component a phone's sensor fusion reports: 9.81 m/s² along the sensor's up direction,
    /// sensor frame.</summary>
    public Vec3 GravityInSensorAt(double t) => SensorOrientationAt(t).InverseRotate(GravityWorldMs2 * -1);

    private Segment SegmentAt(double t) =>
        segments[TimeIndex.LastStartedBy(segments, s => s.StartMs, (long)Math.Floor(t * 1000))];
}
