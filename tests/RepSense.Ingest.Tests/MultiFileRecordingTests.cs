using System.Reactive.Linq;
using static RepSense.Ingest.Tests.Fixtures;

namespace RepSense.Ingest.Tests;

/// <summary>Recordings made of several files or variants: phyphox's five export dialects and its .zip, Sensor
/// Logger folders and zips, the MetaWear and Polar partner files, and the clock they share.</summary>
public class MultiFileRecordingTests
{
    [Fact]
    public void Phyphox_five_export_variants_give_the_same_samples()
    {
        var reference = ReadAll(Path("phyphox/acceleration-comma-point.csv")).Samples;
        foreach (var variant in new[] { "tab-point", "semicolon-point", "tab-comma", "semicolon-comma" })
        {
            var recording = Recording.Open(Path($"phyphox/acceleration-{variant}.csv"));
            Assert.Equal("phyphox Acceleration (with g)", recording.Info.Format);
            Assert.Equal(reference, ReadAll(recording).Samples);
        }
    }

    [Fact]
    public void Phyphox_zip_export_is_read_as_a_whole_with_its_start_time()
    {
        using var temp = new TempFolder();
        string zip = Zipped(temp, "phyphox-multisensor", "Multi sensor 2023-11-14.zip");

        var recording = Recording.Open(zip);

        Assert.Equal("phyphox Accelerometer (multi-sensor) + phyphox Gyroscope", recording.Info.Format);
        Assert.Equal(["acceleration", "rotation rate"], recording.Parts.Select(p => p.Provides));
        Assert.Equal($"{zip}/Accelerometer.csv", recording.Parts[0].Path);
        // START at Unix 1.7e9 s (UTC+01:00); the first sample is 0.6 ms of experiment time later.
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 23, 13, 20, TimeSpan.FromHours(1)).AddTicks(6000), recording.Info.StartTime);
        Assert.Equal(TimeSpan.FromHours(1), recording.Info.StartTime!.Value.Offset);
        Assert.Equal(ReadAll(Path("phyphox-multisensor")).Samples, ReadAll(recording).Samples);
    }

    [Fact]
    public void Phyphox_file_opened_alone_is_dated_by_the_meta_time_file_beside_it()
    {
        var recording = Recording.Open(Path("phyphox-multisensor/Accelerometer.csv"));

        Assert.Equal("phyphox Accelerometer (multi-sensor)", recording.Info.Format);
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 23, 13, 20, TimeSpan.FromHours(1)).AddTicks(6000), recording.Info.StartTime);
    }

    [Fact]
    public void Phyphox_pauses_are_put_back_into_experiment_time_as_gaps()
    {
        // Experiment time resumes where it stopped: 0.00-0.04 s, paused for 60 s of the phone's clock, then 0.05-0.09 s
        // (the next set). Read with its meta/time.csv, the second part lies 60 s later; the file alone cannot know.
        using var temp = new TempFolder();
        var rows = Enumerable.Range(1, 9).Select(i => $"{i / 100.0:0.00},0.1,-0.2,9.8,9.8");
        string data = temp.Write("Raw Data.csv",
            "\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\",\"Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\"\n" +
            string.Join("\n", rows) + "\n");
        temp.Write("meta/time.csv",
            "\"event\",\"experiment time\",\"system time\",\"system time text\"\n" +
            "\"START\",0.0E0,1.7E9,\"2023-11-14 23:13:20.000 UTC+01:00\"\n" +
            "\"PAUSE\",4.5E-2,1.700000000045E9,\"2023-11-14 23:13:20.045 UTC+01:00\"\n" +
            "\"START\",4.5E-2,1.700000060045E9,\"2023-11-14 23:14:20.045 UTC+01:00\"\n" +
            "\"PAUSE\",9.5E-2,1.700000060095E9,\"2023-11-14 23:14:20.095 UTC+01:00\"\n");

        var times = ReadAll(Recording.Open(data)).Samples.Select(s => s.TimeS).ToArray();

        Assert.Equal([0, 0.01, 0.02, 0.03, 60.04, 60.05, 60.06, 60.07, 60.08], times.Select(t => Math.Round(t, 6)));
        File.Delete(System.IO.Path.Combine(temp.Root, "meta", "time.csv"));
        var alone = ReadAll(Recording.Open(data)).Samples.Select(s => Math.Round(s.TimeS, 6)).ToArray();
        Assert.Equal([0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08], alone);
    }

    [Fact]
    public void Phyphox_gyroscope_shares_the_accelerometers_clock()
    {
        // Gyroscope X is 10 × experiment time, so at every accelerometer sample it reads 10 × (0.0006 s + TimeS).
        var samples = ReadAll(Path("phyphox-multisensor")).Samples;
        Assert.All(samples, s => Assert.Equal(10 * (0.0006 + s.TimeS), s.RotationRateRadS.X, 1e-9));
    }

    [Fact]
    public void SensorLogger_phone_file_is_detected_and_axes_reordered_from_zyx()
    {
        var recording = Recording.Open(Path("sensorlogger-android/TotalAcceleration.csv"));
        var first = ReadAll(recording).Samples[0];

        Assert.Equal("Sensor Logger TotalAcceleration", recording.Info.Format);
        // The file's first row is z=9.50, y=1.0, x=0.5.
        Assert.Equal(new Vec3(0.5, 1.0, 9.5), first.AccelerationMs2);
    }

    [Fact]
    public void SensorLogger_android_folder_prefers_TotalAcceleration_and_pairs_the_gyroscope()
    {
        var recording = Recording.Open(Path("sensorlogger-android"));

        Assert.Equal(["TotalAcceleration.csv", "Gyroscope.csv"], recording.Parts.Select(p => System.IO.Path.GetFileName(p.Path)));
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero), recording.Info.StartTime);
        var samples = ReadAll(recording).Samples;
        // Gyroscope rows are 5 ms after the accelerometer's; at 20 ms it is 3/4 of the way from x=-1.0 to x=-0.5.
        Assert.Equal(-0.625, samples[1].RotationRateRadS.X, 1e-9);
        Assert.Equal(0.275, samples[1].RotationRateRadS.Y, 1e-9);
    }

    [Fact]
    public void SensorLogger_folder_ignores_the_empty_annotation_file_the_app_writes()
    {
        using var temp = new TempFolder();
        temp.CopyFilesOf(Path("sensorlogger-android"));
        temp.Write("Annotation.csv", "");

        Assert.Equal(ReadAll(Path("sensorlogger-android")).Samples, ReadAll(temp.Root).Samples);
    }

    [Fact]
    public void SensorLogger_zip_reads_like_its_folder()
    {
        using var temp = new TempFolder();
        string zip = Zipped(temp, "sensorlogger-android", "Recording.zip");

        var recording = Recording.Open(zip);

        Assert.Equal(50, recording.Info.NominalRate?.Hertz);
        Assert.Equal(ReadAll(Path("sensorlogger-android")).Samples, ReadAll(recording).Samples);
    }

    [Fact]
    public void SensorLogger_iOS_user_acceleration_gets_gravity_added_back()
    {
        var recording = Recording.Open(Path("sensorlogger-ios"));
        var samples = ReadAll(recording).Samples;

        Assert.True(recording.Info.GravityIncluded);
        Assert.Contains(recording.Parts, p => p.Provides == "gravity");
        // Each row: user acceleration x = 1.0 + 0.5 k plus gravity x = 1.5.
        Assert.Equal([2.5, 3.0, 3.5, 4.0, 4.5], samples.Select(s => Math.Round(s.AccelerationMs2.X, 9)));
        Assert.All(samples, s => Assert.True(s.GravityIncluded));
    }

    [Fact]
    public void SensorLogger_gyroscope_file_alone_is_refused_with_advice()
    {
        var error = Assert.Throws<RepSenseException>(() => Recording.Open(Path("sensorlogger-android/Gyroscope.csv")));
        Assert.Contains("holds rotation rate but no acceleration", error.Message);
        Assert.Contains("folder", error.Message);
    }

    [Fact]
    public void MetaWear_gyroscope_is_interpolated_onto_accelerometer_times()
    {
        var samples = ReadAll(Path($"metawear/S-row-heavy_MetaWear_2024-01-01T11.00.00.000_AABBCCDDEEFF_Accelerometer_12.500Hz_1.4.4.csv")).Samples;

        Assert.Equal([0, 0.08, 0.16, 0.24, 0.32, 0.40], samples.Select(s => Math.Round(s.TimeS, 9)));
        // Gyroscope x rises 0.4 deg/s per 40 ms from 1.0 at -30 ms: at t it is 1.0 + 0.4 × (t + 0.03) / 0.04.
        Assert.All(samples, s => Assert.Equal((1.0 + 10 * (s.TimeS + 0.03)) * DegToRad, s.RotationRateRadS.X, 1e-9));
    }

    [Fact]
    public void MetaWear_gyroscope_file_opened_alone_finds_its_accelerometer()
    {
        var recording = Recording.Open(Path("metawear/S-row-heavy_MetaWear_2024-01-01T11.00.00.000_AABBCCDDEEFF_Gyroscope_25.000Hz_1.4.4.csv"));

        Assert.Equal("MetaWear accelerometer + MetaWear gyroscope", recording.Info.Format);
        Assert.Equal(12.5, recording.Info.NominalRate?.Hertz);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 10, 0, 0, TimeSpan.Zero), recording.Info.StartTime);
    }

    [Fact]
    public void MetaWear_folder_with_one_session_is_a_recording()
    {
        var recording = Recording.Open(Path("metawear"));
        Assert.Equal(Channels.AccelerometerAndGyroscope, recording.Info.Channels);
    }

    [Fact]
    public void Folder_with_several_sessions_asks_for_one_file()
    {
        using var temp = new TempFolder();
        foreach (var folder in new[] { "metawear", "metawear-alone" }) temp.CopyFilesOf(Path(folder));

        var error = Assert.Throws<RepSenseException>(() => Recording.Open(temp.Root));

        Assert.Contains("holds several recordings", error.Message);
        Assert.Contains("S-bench-medium_MetaWear", error.Message);
        Assert.Contains("S-row-heavy_MetaWear", error.Message);
    }

    [Fact]
    public void Polar_folder_pairs_ACC_and_GYRO_and_ignores_the_marker_file()
    {
        var recording = Recording.Open(Path("polar"));
        Assert.Equal("Polar Sensor Logger ACC + Polar Sensor Logger GYRO", recording.Info.Format);
        Assert.Equal(5, ReadAll(recording).Samples.Count);
    }

    [Fact]
    public void Physics_Toolbox_wall_clock_crosses_midnight()
    {
        var samples = ReadAll(Path("physics-toolbox-gforce-comma.csv")).Samples;
        // 23:59:59.9980, 23:59:59.9995, 00:00:00.0010, 00:00:00.0040
        Assert.Equal([0, 0.0015, 0.003, 0.006], samples.Select(s => Math.Round(s.TimeS, 9)));
    }

    [Theory]
    [InlineData("actigraph-raw.csv", "2024-01-15T09:00:00.0000000")]
    [InlineData("physics-toolbox/2024-03-0109.15.30.csv", "2024-03-01T09:15:30.1230000")]
    [InlineData("polar/Polar_Sense_A1B2C3D4_20240101_100000_ACC.txt", "2024-01-01T10:00:00.0000000")]
    public void Local_time_without_a_zone_starts_the_recording_in_this_machines_zone(string fixture, string localStart)
    {
        var start = Recording.Open(Path(fixture)).Info.StartTime;

        var expected = DateTime.Parse(localStart, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, start?.DateTime);
        Assert.Equal(TimeZoneInfo.Local.GetUtcOffset(expected), start?.Offset);
    }

    [Fact]
    public void Recording_samples_are_cold_and_every_subscription_reads_the_file_again()
    {
        var recording = Recording.Open(Path("generic-6axis.csv"));

        var first = recording.Samples.ToList().Wait();
        var second = recording.Samples.ToList().Wait();

        Assert.Equal(3, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Disposing_a_subscription_stops_reading_the_file()
    {
        using var temp = new TempFolder();
        // A NaN row at the very end is only reported if the reader gets there. The file is longer than what the
        // reading thread may read ahead (RecordingOptions.ReadAhead), so both ways of reading must stop before it.
        string rows = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"{i * 0.01:0.00},0,0,1\n"));
        string path = temp.Write("long.csv", "t_s,ax_g,ay_g,az_g\n" + rows + "500.00,NaN,0,1\n");
        var recording = Recording.Open(path);
        var diagnostics = new IngestDiagnostics();

        var firstTwo = recording.Read(diagnostics).Take(2).ToList().Wait();

        Assert.Equal(2, firstTwo.Count);
        Assert.Equal(0, diagnostics.SkippedRows);
        var all = new IngestDiagnostics();
        recording.Read(all).ToList().Wait();
        Assert.Equal(1, all.SkippedRows);
    }
}
