namespace RepSense.Ingest;

/// <summary>
/// One canonical inertial sample, whatever the recorder wrote: time in seconds from the recording's start,
/// acceleration in m/s² in the sensor frame, rotation rate in rad/s when the recording has a gyroscope.
/// </summary>
/// <param name="TimeS">Seconds since the recording's first sample (the first sample of a file is at 0).</param>
/// <param name="AccelerationMs2">Acceleration in m/s², sensor frame. Includes gravity when
/// <see cref="GravityIncluded"/> is true (a raw accelerometer reads about 9.81 m/s² at rest), otherwise it is the
/// "linear" or "user" acceleration the recorder computed.</param>
/// <param name="RotationRateRadS">Rotation rate in rad/s, sensor frame; <see cref="Vec3.Zero"/> when
/// <see cref="HasRotationRate"/> is false.</param>
/// <param name="HasRotationRate">Whether <paramref name="RotationRateRadS"/> was measured.</param>
/// <param name="GravityIncluded">Whether <paramref name="AccelerationMs2"/> includes gravity.</param>
public readonly record struct ImuSample(
    double TimeS,
    Vec3 AccelerationMs2,
    Vec3 RotationRateRadS,
    bool HasRotationRate,
    bool GravityIncluded)
{
    /// <summary>An accelerometer-only sample.</summary>
    public static ImuSample FromAcceleration(double timeS, Vec3 accelerationMs2, bool gravityIncluded) =>
        new(timeS, accelerationMs2, Vec3.Zero, false, gravityIncluded);

    /// <summary>The same sample at another time (used by resampling and re-basing the clock).</summary>
    public ImuSample WithTime(double timeS) => this with { TimeS = timeS };
}
