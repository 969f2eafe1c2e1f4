using RepSense.Ingest;
using RepSense.Ingest.Units;
using RepSense.Ingest.Writers;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// Samples a trajectory the way an IMU does: each reading is the mean of the true signal over its sample period
/// (the sensor's decimation filter, which keeps a 12 ms tap or 10 Hz tremor from aliasing into a spike), then bias,
/// scale error, white noise, range clipping and quantisation from the <see cref="SensorModel"/>. Timestamps are the
/// even grid plus the model's jitter.
/// </summary>
internal static class SensorSampler
{
    /// <summary>Sub-samples are at most this far apart inside a sample period: fine enough for a tap (σ ≈ 8 ms)
    /// and tremor (≤ 12 Hz), coarse enough that a 25 Hz session takes a fraction of a second.</summary>
    private const double SubStepS = 0.01;

    public static RecorderTracks Sample(Trajectory trajectory, SimulationPlan plan, Random random)
    {
        var sensor = plan.Sensor;
        var accRate = plan.AccelerometerRate;
        var gyroRate = plan.GyroscopeRate ?? accRate;
        bool gyro = plan.Gyroscope;
        bool sharedClock = gyro && !plan.GyroscopeOwnClock && gyroRate == accRate;

        // Fixed draw order: biases and scale errors, then the clock offset, then per-sample noise.
        var accBias = Draw3(random, Acceleration.FromMilliG(sensor.AccelBiasMg), clipSigmas: 3);
        var accScale = Draw3(random, sensor.AccelScaleErrorPct / 100, clipSigmas: 3);
        var gyroBias = Draw3(random, RotationRate.FromDegreesPerSecond(sensor.GyroBiasDps), clipSigmas: 3);
        double gyroOffsetS = Math.Round(random.NextUniform(0, gyroRate.PeriodS), 4);

        double accNoise = Acceleration.FromG(sensor.AccelNoiseUgPerRootHz * 1e-6) * Math.Sqrt(accRate.Hertz / 2);
        double gyroNoise = RotationRate.FromDegreesPerSecond(sensor.GyroNoiseDpsPerRootHz) * Math.Sqrt(gyroRate.Hertz / 2);
        double accRange = Acceleration.FromG(sensor.AccelRangeG), accLsb = Acceleration.FromG(sensor.AccelLsbG);
        double gyroRange = RotationRate.FromDegreesPerSecond(sensor.GyroRangeDps);
        double gyroLsb = RotationRate.FromDegreesPerSecond(sensor.GyroLsbDps);

        int accCount = (int)Math.Floor(trajectory.DurationS * accRate.Hertz + 1e-9) + 1;
        var accelerometer = new ImuSample[accCount];
        var gravity = new Vec3[accCount];
        var gyroscope = new List<ImuSample>(sharedClock ? accCount : 0);
        for (int i = 0; i < accCount; i++)
        {
            double t = i * accRate.PeriodS;
            var (force, omega) = Mean(trajectory, t, accRate.PeriodS);
            double stamp = i == 0 ? 0 : Jitter(random, t, sensor.TimestampJitterS, accRate.PeriodS);
            var acc = Measure(force, accBias, accScale, accNoise, accRange, accLsb, random);
            accelerometer[i] = ImuSample.FromAcceleration(stamp, acc, gravityIncluded: true);
            gravity[i] = trajectory.GravityInSensorAt(t);
            if (sharedClock)
                gyroscope.Add(GyroSample(stamp, Measure(omega, gyroBias, Vec3.Zero, gyroNoise, gyroRange, gyroLsb, random)));
        }

        if (gyro && !sharedClock)
        {
            double lastS = accelerometer[^1].TimeS;
            for (int j = 0; ; j++)
            {
                double t = gyroOffsetS + j * gyroRate.PeriodS;
                if (t > lastS) break;
                var (_, omega) = Mean(trajectory, t, gyroRate.PeriodS);
                double stamp = Math.Max(0, Jitter(random, t, sensor.TimestampJitterS, gyroRate.PeriodS));
                gyroscope.Add(GyroSample(stamp, Measure(omega, gyroBias, Vec3.Zero, gyroNoise, gyroRange, gyroLsb, random)));
            }
        }

        return new RecorderTracks(accelerometer, gyroscope, gravity, accRate, gyro ? gyroRate : null, plan.StartTime);
    }

    private static ImuSample GyroSample(double timeS, Vec3 omega) => new(timeS, Vec3.Zero, omega, true, true);

    private static (Vec3 Force, Vec3 Omega) Mean(Trajectory trajectory, double t, double periodS)
    {
        int k = Math.Max(1, (int)Math.Ceiling(periodS / SubStepS - 1e-9));
        var force = Vec3.Zero;
        var omega = Vec3.Zero;
        for (int j = 0; j < k; j++)
        {
            double at = t + ((j + 0.5) / k - 0.5) * periodS;
            var (f, w) = trajectory.SensorAt(Math.Clamp(at, 0, trajectory.DurationS));
            force += f;
            omega += w;
        }
        return (force * (1.0 / k), omega * (1.0 / k));
    }

    private static Vec3 Measure(Vec3 truth, Vec3 bias, Vec3 scale, double noise, double range, double lsb, Random random)
    {
        double Axis(double value, double b, double s)
        {
            double v = value * (1 + s) + b + noise * random.NextGaussian();
            if (range > 0) v = Math.Clamp(v, -range, range);
            return lsb > 0 ? Math.Round(v / lsb) * lsb : v;
        }
        double x = Axis(truth.X, bias.X, scale.X);
        double y = Axis(truth.Y, bias.Y, scale.Y);
        double z = Axis(truth.Z, bias.Z, scale.Z);
        return new Vec3(x, y, z);
    }

    private static double Jitter(Random random, double t, double sigmaS, double periodS)
    {
        double draw = random.NextGaussian();
        return sigmaS > 0 ? t + Math.Clamp(sigmaS * draw, -periodS / 4, periodS / 4) : t;
    }

    private static Vec3 Draw3(Random random, double sigma, double clipSigmas)
    {
        double One() => sigma * Math.Clamp(random.NextGaussian(), -clipSigmas, clipSigmas);
        double x = One(), y = One(), z = One();
        return new Vec3(x, y, z);
    }
}
