using RepSense.Ingest;
using RepSense.Ingest.Units;
using RepSense.Ingest.Writers;

namespace RepSense.Ingest.Tests.Writers;

/// <summary>Small tracks with known values: the sensor's x axis points up and tilts slowly about y, so gravity
/// moves between x and z; the gyroscope reads that tilt rate plus a wobble about x.</summary>
internal static class TestTracks
{
    public static readonly DateTimeOffset Start = new(2025, 3, 14, 18, 30, 0, 250, TimeSpan.FromHours(1));

    public static RecorderTracks Make(int count = 50, double rateHz = 50, bool gyro = true, double? gyroRateHz = null)
    {
        var rate = SampleRate.FromHertz(rateHz);
        var acc = new ImuSample[count];
        var gravity = new Vec3[count];
        for (int i = 0; i < count; i++)
        {
            double t = i * rate.PeriodS;
            double tilt = 0.5 * Math.Sin(t);
            var g = new Vec3(Math.Cos(tilt), 0, Math.Sin(tilt)) * Acceleration.StandardGravityMs2;
            gravity[i] = g;
            acc[i] = ImuSample.FromAcceleration(t, g + new Vec3(0.3 * Math.Sin(5 * t), -0.2, 0.1 * Math.Cos(3 * t)), true);
        }
        var gyroSamples = new List<ImuSample>();
        SampleRate? gyroRate = null;
        if (gyro)
        {
            gyroRate = SampleRate.FromHertz(gyroRateHz ?? rateHz);
            double lastS = acc[^1].TimeS;
            for (int j = 0; j * gyroRate.Value.PeriodS <= lastS + 1e-9; j++)
            {
                double t = j * gyroRate.Value.PeriodS;
                gyroSamples.Add(new ImuSample(t, Vec3.Zero, new Vec3(0.8 * Math.Sin(2 * t), 0.5 * Math.Cos(t), -0.05), true, true));
            }
        }
        return new RecorderTracks(acc, gyroSamples, gravity, rate, gyroRate, Start);
    }

    /// <summary>The data rows of a CSV file as invariant-culture numbers (the header skipped).</summary>
    public static double[][] Rows(string path) =>
        File.ReadAllLines(path).Skip(1)
            .Select(line => line.Split(',').Select(cell => double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
}
