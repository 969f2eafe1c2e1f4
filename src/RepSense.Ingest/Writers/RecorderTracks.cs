using RepSense.Ingest.Units;

namespace RepSense.Ingest.Writers;

/// <summary>
/// What a recorder captured, in canonical units, ready to be written in a recorder's own format: the accelerometer
/// track, the gyroscope track (on its own clock, possibly at another rate) and, for formats that export gravity and
/// "linear" acceleration separately, the gravity component of each accelerometer sample.
/// </summary>
/// <param name="Accelerometer">Accelerometer samples in time order, gravity included, m/s² in the sensor frame.
/// <see cref="ImuSample.TimeS"/> is seconds from the first accelerometer sample (the first one is at 0).</param>
/// <param name="Gyroscope">Gyroscope samples in time order (<see cref="ImuSample.RotationRateRadS"/>, rad/s, sensor
/// frame; their acceleration is ignored). Empty when the recording has no gyroscope. Times are on the accelerometer's
/// time axis and never before 0, so every format's "first sample" is the first accelerometer sample.</param>
/// <param name="GravityMs2">The gravity component of each accelerometer sample (same length and order), m/s² in
/// the sensor frame, as a phone's sensor fusion would report it. Empty when unknown; formats that need it (linear
/// acceleration, Sensor Logger's Gravity.csv) then refuse to write.</param>
/// <param name="AccelerometerRate">The accelerometer's nominal rate (file names and metadata state it).</param>
/// <param name="GyroscopeRate">The gyroscope's nominal rate, or null without a gyroscope.</param>
/// <param name="StartTime">Wall-clock time of the first accelerometer sample.</param>
public sealed record RecorderTracks(
    IReadOnlyList<ImuSample> Accelerometer,
    IReadOnlyList<ImuSample> Gyroscope,
    IReadOnlyList<Vec3> GravityMs2,
    SampleRate AccelerometerRate,
    SampleRate? GyroscopeRate,
    DateTimeOffset StartTime)
{
    public bool HasGyroscope => Gyroscope.Count > 0;

    /// <summary>True when every gyroscope sample has the timestamp of the accelerometer sample at the same index,
    /// so both fit in one row of a single-clock format.</summary>
    public bool GyroscopeSharesAccelerometerClock
    {
        get
        {
            if (Gyroscope.Count != Accelerometer.Count) return false;
            for (int i = 0; i < Gyroscope.Count; i++)
                if (Gyroscope[i].TimeS != Accelerometer[i].TimeS) return false;
            return true;
        }
    }

    /// <summary>Gravity removed: what phones export as "linear" or "user" acceleration. Throws when
    /// <see cref="GravityMs2"/> is not given.</summary>
    public Vec3 LinearAccelerationMs2(int index)
    {
        if (GravityMs2.Count != Accelerometer.Count)
            throw new InvalidOperationException(
                $"Linear acceleration needs the gravity component of every accelerometer sample ({Accelerometer.Count}); {GravityMs2.Count} were given.");
        return Accelerometer[index].AccelerationMs2 - GravityMs2[index];
    }
}
