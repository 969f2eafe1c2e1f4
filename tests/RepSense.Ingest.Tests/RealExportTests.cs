using RepSense.Ingest.Streams;
using static RepSense.Ingest.Tests.Fixtures;

namespace RepSense.Ingest.Tests;

/// <summary>
/// The real exports in ../shared/formats (beside the repository, never copied into it): each is detected as its
/// format, every data row is accounted for, and the units come out right: with gravity the median |a| is about
/// 1 g (whatever the movement), without it the mean vector is near zero. Skipped when ../shared is absent.
/// </summary>
public class RealExportTests
{
    /// <param name="Format">Detected format.</param>
    /// <param name="GravityIncluded">Whether acceleration includes gravity.</param>
    /// <param name="PrimaryFile">The file whose rows become samples.</param>
    /// <param name="HeaderLines">Lines before the first data row of that file.</param>
    public sealed record Export(string Format, bool GravityIncluded, string PrimaryFile, int HeaderLines = 1);

    private const string MetaWear = "metawear_metamotion/A-row-heavy_MetaWear_2019-01-14T15.04.06.123_C42732BE255C_Accelerometer_12.500Hz_1.4.4.csv";
    private const string Polar = "polar_sensor_logger/Polar_Sense_A40F6F28_20220425_113903_ACC.txt";

    private static readonly Dictionary<string, Export> Exports = new()
    {
        ["phyphox_acceleration_with_g/Raw Data.csv"] = new("phyphox Acceleration (with g)", true, "phyphox_acceleration_with_g/Raw Data.csv"),
        ["phyphox_linear_acceleration"] = new("phyphox Linear Acceleration (without g)", false, "phyphox_linear_acceleration/Raw Data.csv"),
        ["phyphox_multisensor"] = new("phyphox Accelerometer (multi-sensor)", true, "phyphox_multisensor/Accelerometer.csv"),
        ["phyphox_tab_separated"] = new("phyphox Linear Acceleration (without g)", false, "phyphox_tab_separated/Raw Data.csv"),
        ["sensorlogger_android"] = new("Sensor Logger TotalAcceleration + Sensor Logger Gyroscope", true, "sensorlogger_android/TotalAcceleration.csv"),
        ["sensorlogger_ios"] = new("Sensor Logger Accelerometer + Sensor Logger Gyroscope", false, "sensorlogger_ios/Accelerometer.csv"),
        ["sensorlogger_watchos"] = new("Sensor Logger WristMotion (Apple Watch)", true, "sensorlogger_watchos/WristMotion.csv"),
        ["sensorlogger_watchos_2024"] = new("Sensor Logger WristMotion (Apple Watch)", true, "sensorlogger_watchos_2024/WristMotion.csv"),
        [MetaWear] = new("MetaWear accelerometer + MetaWear gyroscope", true, MetaWear),
        ["physics_toolbox_gforce_semicolon"] = new("Physics Toolbox g-Force", true, "physics_toolbox_gforce_semicolon/2023-02-2811.41.59.csv"),
        ["physics_toolbox_linear_accel"] = new("Physics Toolbox Linear Accelerometer", false, "physics_toolbox_linear_accel/PSM Accelerometer Recording.csv"),
        [Polar] = new("Polar Sensor Logger ACC", true, Polar),
        ["actigraph_actilife_raw_csv"] = new("ActiGraph ActiLife RAW CSV", true, "actigraph_actilife_raw_csv/neo.csv", HeaderLines: 11),
    };

    public static TheoryData<string> Export_ => new(Exports.Keys);

    public static TheoryData<string> WorkoutLog => new(
        "strong_2021_comma/strong.csv", "strong_2025_workout_number/strong_workouts.csv", "hevy/sample_hevy.csv",
        "fitnotes_2017_weight_lbs/FitNotes_Export.csv", "phyphox_multisensor/Location.csv", "polar_sensor_logger/Polar_Sense_HR.txt");

    [Theory]
    [MemberData(nameof(Export_))]
    public void Real_export_is_detected_and_every_row_accounted_for(string export)
    {
        var expected = Exports[export];
        var recording = Recording.Open(SharedFormat(export));
        var (samples, diagnostics) = ReadAll(recording);

        Assert.Equal(expected.Format, recording.Info.Format);
        Assert.Equal(expected.GravityIncluded, recording.Info.GravityIncluded);
        int dataRows = File.ReadLines(SharedFormat(expected.PrimaryFile)).Skip(expected.HeaderLines).Count(l => l.Length > 0);
        int accounted = samples.Count + diagnostics.SkippedRows +
                        diagnostics.Count(IngestProblemKind.RepeatedTimestamp) + diagnostics.Count(IngestProblemKind.BackwardsTimestamp);
        Assert.Equal(dataRows, accounted);
        Assert.True(samples.Zip(samples.Skip(1)).All(pair => pair.First.TimeS < pair.Second.TimeS), "times must increase");
    }

    [Theory]
    [MemberData(nameof(Export_))]
    public void Real_export_acceleration_comes_out_in_m_s2_with_gravity_as_declared(string export)
    {
        var expected = Exports[export];
        var (samples, diagnostics) = ReadAll(SharedFormat(export));

        if (expected.GravityIncluded)
        {
            var magnitudes = samples.Select(s => s.AccelerationMs2.Length).Order().ToList();
            double median = magnitudes[magnitudes.Count / 2];
            Assert.InRange(median, 0.8 * G, 1.5 * G);
        }
        else
        {
            var mean = samples.Aggregate(Vec3.Zero, (sum, s) => sum + s.AccelerationMs2) * (1.0 / samples.Count);
            Assert.InRange(mean.Length, 0, 0.3 * G);
        }
        Assert.DoesNotContain(diagnostics.Problems, p => p.Kind is IngestProblemKind.SuspectUnit or IngestProblemKind.SuspectGravity);
    }

    [Fact]
    public void Real_MetaWear_pair_keeps_the_accelerometer_rate_and_dates_the_start()
    {
        var recording = Recording.Open(SharedFormat(MetaWear));
        var summary = System.Reactive.Linq.Observable.Wait(recording.Samples.Summarize());

        Assert.Equal(12.5, recording.Info.NominalRate?.Hertz);
        Assert.Equal(12.5, summary.MeasuredRateHz!.Value, 1e-6);
        Assert.Equal(summary.SampleCount, summary.SamplesWithRotationRate);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1547474646637), recording.Info.StartTime);
    }

    [Fact]
    public void Real_ActiGraph_start_comes_from_the_preamble()
    {
        var start = Recording.Open(SharedFormat("actigraph_actilife_raw_csv")).Info.StartTime;
        Assert.Equal(new DateTime(2021, 12, 20, 11, 55, 0), start?.DateTime);
    }

    [Fact]
    public void Real_watch_recording_reports_its_12_second_gap()
    {
        var summary = System.Reactive.Linq.Observable.Wait(Recording.Open(SharedFormat("sensorlogger_watchos_2024")).Samples.Summarize());

        var gap = Assert.Single(summary.Gaps);
        Assert.Equal(12.4, gap.DurationS, 0.05);
    }

    [Theory]
    [MemberData(nameof(WorkoutLog))]
    public void Real_files_that_are_not_recordings_are_refused(string file)
    {
        var error = Assert.ThrowsAny<RepSenseException>(() => Recording.Open(SharedFormat(file)));
        Assert.Contains("the header matches no supported format", error.Message);
    }

    /// <summary>../shared/formats/<paramref name="relative"/>, beside the repository.</summary>
    private static string SharedFormat(string relative)
    {
        string formats = SharedFolder.Path("formats");
        Assert.SkipUnless(Directory.Exists(formats), "../shared/formats is not beside the repository");
        return System.IO.Path.Combine(formats, relative);
    }
}
