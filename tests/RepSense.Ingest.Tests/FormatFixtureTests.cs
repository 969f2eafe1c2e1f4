using static RepSense.Ingest.Tests.Fixtures;

namespace RepSense.Ingest.Tests;

/// <summary>
/// Every format reads its fixture (the project's own file, written from the spec of the real export) to the right
/// format, channels, rate and first sample in SI units. Expected values are the fixture's numbers converted by
/// hand: g × 9.80665, mg × 0.00980665, deg/s × π/180, Sensor Logger's z,y,x columns put back in x,y,z order.
/// </summary>
public class FormatFixtureTests
{
    /// <param name="Format">The format name inspect shows.</param>
    /// <param name="Channels">The sensors.</param>
    /// <param name="NominalRateHz">The declared rate, if the export declares one.</param>
    /// <param name="GravityIncluded">Whether acceleration includes gravity.</param>
    /// <param name="SampleCount">Samples read.</param>
    /// <param name="AccelerationMs2">The first sample's acceleration.</param>
    /// <param name="RotationRateRadS">The first sample's rotation rate, null when the recording has none.</param>
    /// <param name="SecondTimeS">The second sample's time: checks the time column's unit.</param>
    /// <param name="Options">Options to open with.</param>
    public sealed record Expected(
        string Format,
        Channels Channels,
        double? NominalRateHz,
        bool GravityIncluded,
        int SampleCount,
        Vec3 AccelerationMs2,
        Vec3? RotationRateRadS,
        double SecondTimeS,
        RecordingOptions? Options = null);

    private const Channels Acc = Channels.Accelerometer;
    private const Channels AccGyro = Channels.AccelerometerAndGyroscope;
    private const string MetaWearStem = "S-row-heavy_MetaWear_2024-01-01T11.00.00.000_AABBCCDDEEFF";

    private static readonly Dictionary<string, Expected> Cases = new()
    {
        ["phyphox/acceleration-comma-point.csv"] = new("phyphox Acceleration (with g)", Acc, null, true, 5,
            new Vec3(0.125, -0.25, 9.75), null, 0.01),
        ["phyphox/linear-acceleration.csv"] = new("phyphox Linear Acceleration (without g)", Acc, null, false, 4,
            new Vec3(-1.2, 1.05, -0.1), null, 0.01),
        // Gyroscope X is 10 × experiment time; the recording's 0 s is the accelerometer's first sample at 0.6 ms.
        ["phyphox-multisensor"] = new("phyphox Accelerometer (multi-sensor) + phyphox Gyroscope", AccGyro, null, true, 6,
            new Vec3(-3.75, 5.5, 6.25), new Vec3(0.006, -0.5, 0.25), 0.01),
        ["sensorlogger-android"] = new("Sensor Logger TotalAcceleration + Sensor Logger Gyroscope", AccGyro, 50, true, 5,
            new Vec3(0.5, 1.0, 9.5), new Vec3(-1.0, 0.2, 0.3), 0.02),
        // User acceleration (1, -0.5, 0.25) plus gravity (1.5, 3.5, -9).
        ["sensorlogger-ios"] = new("Sensor Logger Accelerometer + Sensor Logger Gyroscope + Sensor Logger Gravity", AccGyro, null, true, 5,
            new Vec3(2.5, 3.0, -8.75), new Vec3(-0.5, -0.1, -0.8), 0.01),
        // Gravity (0, -0.6, -0.8) g plus user acceleration (0.05, 0.1, -0.2) g.
        ["sensorlogger-watch"] = new("Sensor Logger WristMotion (Apple Watch)", AccGyro, null, true, 5,
            new Vec3(0.05 * G, -0.5 * G, -1.0 * G), new Vec3(0.1, 0.2, 0.3), 0.01),
        ["sensorlogger-watch-2024/WristMotion.csv"] = new("Sensor Logger WristMotion (Apple Watch)", AccGyro, null, true, 5,
            new Vec3(0.05 * G, -0.5 * G, -1.0 * G), new Vec3(0.1, 0.2, 0.3), 0.01),
        ["sensorlogger-watch/WatchAccelerometerUncalibrated.csv"] = new("Sensor Logger WatchAccelerometerUncalibrated", Acc, null, true, 5,
            new Vec3(0.05 * G, -0.5 * G, -1.0 * G), null, 0.01),
        ["sensorlogger-watch-standardised"] = new("Sensor Logger WristMotion (Apple Watch)", AccGyro, null, true, 5,
            new Vec3(0.5, -4.8, -9.8), new Vec3(0.1, 0.2, 0.3), 0.01),
        // The gyroscope (25 Hz, from 30 ms before) is interpolated at 0 s: x = 1.0 + 0.75 × 0.4 deg/s.
        [$"metawear/{MetaWearStem}_Accelerometer_12.500Hz_1.4.4.csv"] = new("MetaWear accelerometer + MetaWear gyroscope", AccGyro, 12.5, true, 6,
            new Vec3(0.1 * G, -0.95 * G, -0.12 * G), new Vec3(1.3 * DegToRad, -6.28 * DegToRad, 1.585 * DegToRad), 0.08),
        ["metawear-alone/S-bench-medium_MetaWear_2024-01-02T09.30.00.000_AABBCCDDEEFF_Accelerometer_12.500Hz_1.4.4.csv"] =
            new("MetaWear accelerometer", Acc, 12.5, true, 4, new Vec3(0, 0, -G), null, 0.08),
        ["physics-toolbox/2024-03-0109.15.30.csv"] = new("Physics Toolbox g-Force", Acc, null, true, 4,
            new Vec3(0.0562 * G, 0.4373 * G, 0.9481 * G), null, 0.003),
        ["physics-toolbox-gforce-comma.csv"] = new("Physics Toolbox g-Force", Acc, null, true, 4,
            new Vec3(0.05 * G, 0.43 * G, 0.95 * G), null, 0.0015),
        // Three rows at 0.0030 s are averaged into the first sample.
        ["physics-toolbox-linear.csv"] = new("Physics Toolbox Linear Accelerometer", Acc, null, false, 3,
            new Vec3(0.06, 0.02, 0.05), null, 0.001),
        ["physics-toolbox-linear-semicolon.csv"] = new("Physics Toolbox Linear Accelerometer", Acc, null, false, 3,
            new Vec3(0.06, -0.03, 0.03), null, 0.003),
        ["sensorlog.csv"] = new("SensorLog (iOS)", AccGyro, null, true, 3,
            new Vec3(0.01 * G, -0.98 * G, 0.12 * G), new Vec3(0.1, -0.2, 0.3), 0.01),
        ["sensorlog-without-gyroscope.csv"] = new("SensorLog (iOS)", Acc, null, true, 2,
            new Vec3(0.5 * G, 0, -0.8 * G), null, 0.02),
        ["polar/Polar_Sense_A1B2C3D4_20240101_100000_ACC.txt"] = new("Polar Sensor Logger ACC + Polar Sensor Logger GYRO", AccGyro, null, true, 5,
            new Vec3(-0.777 * G, 0.436 * G, -0.499 * G), new Vec3(0.35 * DegToRad, 0.14 * DegToRad, 1.19 * DegToRad), 0.019230769),
        ["actigraph-raw.csv"] = new("ActiGraph ActiLife RAW CSV", Acc, 30, true, 4,
            new Vec3(-0.015 * G, 0.029 * G, -1.006 * G), null, 1.0 / 30),
        ["generic-6axis.csv"] = new("generic CSV", AccGyro, null, true, 3,
            new Vec3(0.3865 * G, 0.0071 * G, -0.8576 * G), new Vec3(-24.665 * DegToRad, -4.089 * DegToRad, 6.985 * DegToRad), 0.01),
        ["generic-no-units.csv"] = new("generic CSV", Acc, null, true, 3, new Vec3(0, 0, G), null, 0.1,
            new RecordingOptions { AccelerationUnit = Units.AccelerationUnit.G }),
        ["generic-ms.csv"] = new("generic CSV", Acc, null, true, 3, new Vec3(0.1, 0.2, 9.8), null, 0.02),
    };

    public static TheoryData<string> Fixture => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Fixture))]
    public void Fixture_is_detected_with_its_channels_rate_and_gravity(string fixture)
    {
        var expected = Cases[fixture];
        var recording = Recording.Open(Path(fixture), expected.Options);

        Assert.Equal(expected.Format, recording.Info.Format);
        Assert.Equal(expected.Channels, recording.Info.Channels);
        Assert.Equal(expected.NominalRateHz, recording.Info.NominalRate?.Hertz);
        Assert.Equal(expected.GravityIncluded, recording.Info.GravityIncluded);
    }

    [Theory]
    [MemberData(nameof(Fixture))]
    public void Fixture_first_sample_is_at_zero_in_SI_units(string fixture)
    {
        var expected = Cases[fixture];
        var (samples, diagnostics) = ReadAll(Path(fixture), expected.Options);

        Assert.Equal(expected.SampleCount, samples.Count);
        var first = samples[0];
        Assert.Equal(0.0, first.TimeS);
        AssertClose(expected.AccelerationMs2, first.AccelerationMs2);
        Assert.Equal(expected.RotationRateRadS is not null, first.HasRotationRate);
        if (expected.RotationRateRadS is { } rotation) AssertClose(rotation, first.RotationRateRadS);
        Assert.Equal(expected.GravityIncluded, first.GravityIncluded);
        Assert.Equal(expected.SecondTimeS, samples[1].TimeS, 1e-9);
        Assert.Equal(0, diagnostics.SkippedRows);
        Assert.DoesNotContain(diagnostics.Problems, p => p.Kind is IngestProblemKind.SuspectUnit or IngestProblemKind.SuspectGravity);
    }

    internal static void AssertClose(Vec3 expected, Vec3 actual, double tolerance = 1e-9)
    {
        Assert.Equal(expected.X, actual.X, tolerance);
        Assert.Equal(expected.Y, actual.Y, tolerance);
        Assert.Equal(expected.Z, actual.Z, tolerance);
    }
}
