using System.Reactive.Linq;
using RepSense.Ingest.Live;
using RepSense.Ingest.Units;
using static RepSense.Ingest.Tests.Fixtures;

namespace RepSense.Ingest.Tests;

/// <summary>
/// A Sensor Logger phone file under another name (renamed, or piped to <c>live</c>) is still known by its header
/// <c>time,seconds_elapsed,z,y,x</c>: time in epoch nanoseconds, axes by name. The sensor, and so the unit of x, y
/// and z, goes with the name, so without --units it is refused saying so; with --units ms2 it reads as the named
/// file does. In a folder the names are the app's, and nothing changes.
/// </summary>
public class RenamedFileTests
{
    /// <summary>TotalAcceleration.csv as ../shared/formats/README.md describes it: epoch ns, then s since the start,
    /// then z, y, x in m/s², 50 Hz.</summary>
    private const string TotalAcceleration =
        "time,seconds_elapsed,z,y,x\n" +
        "1700000000000000000,0.05,9.50,1.0,0.5\n" +
        "1700000000020000000,0.07,9.49,1.0,0.5\n" +
        "1700000000040000000,0.09,9.51,1.1,0.4\n";

    private static readonly RecordingOptions MetersPerSecondSquared = new() { AccelerationUnit = AccelerationUnit.MetersPerSecondSquared };

    [Fact]
    public void SensorLogger_file_under_another_name_is_refused_saying_only_the_name_tells_the_unit_and_what_to_pass()
    {
        using var temp = new TempFolder();
        string path = temp.Write("session-3.csv", TotalAcceleration);

        var error = Assert.Throws<RepSenseException>(() => Recording.Open(path));

        Assert.StartsWith($"{path}: the unit of x, y and z is not in the header time,seconds_elapsed,z,y,x", error.Message);
        Assert.Contains("only the file name tells them apart", error.Message);
        Assert.Contains("TotalAcceleration.csv", error.Message);
        Assert.Contains("pass --units ms2", error.Message);
    }

    [Fact]
    public void SensorLogger_file_under_another_name_with_units_reads_epoch_nanoseconds_and_z_y_x_columns()
    {
        using var temp = new TempFolder();
        var recording = Recording.Open(temp.Write("session-3.csv", TotalAcceleration), MetersPerSecondSquared);
        var (samples, diagnostics) = ReadAll(recording);

        Assert.StartsWith("Sensor Logger", recording.Info.Format);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), recording.Info.StartTime);
        Assert.Equal([0, 0.02, 0.04], samples.Select(s => s.TimeS));
        Assert.Equal(new Vec3(0.5, 1.0, 9.5), samples[0].AccelerationMs2);
        Assert.Empty(diagnostics.Problems);
    }

    [Fact]
    public void SensorLogger_lines_on_stdin_with_units_give_the_samples_of_the_named_file()
    {
        string named = Path("sensorlogger-android/TotalAcceleration.csv");
        var fromFile = ReadAll(named).Samples;

        var live = File.ReadAllLines(named).ToObservable()
            .ParseSamples("stdin", new IngestDiagnostics(), MetersPerSecondSquared).ToList().Wait();

        Assert.Equal(fromFile, live);
    }

    [Fact]
    public void SensorLogger_lines_on_stdin_without_units_end_the_stream_naming_the_option_that_works_there()
    {
        var lines = TotalAcceleration.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToObservable();

        var error = Assert.Throws<RepSenseException>(() => lines.ParseSamples("stdin", new IngestDiagnostics()).ToList().Wait());

        Assert.StartsWith("stdin: the unit of x, y and z is not in the header", error.Message);
        Assert.Contains("on stdin), pass --units ms2", error.Message);
    }

    [Fact]
    public void In_a_folder_with_units_given_another_sensor_of_the_same_header_does_not_pass_for_acceleration()
    {
        using var temp = new TempFolder();
        temp.CopyFilesOf(Path("sensorlogger-android"));
        temp.Write("Magnetometer.csv", "time,seconds_elapsed,z,y,x\n1700000000000000000,0.05,-40.1,12.5,3.2\n");

        var recording = Recording.Open(temp.Root, MetersPerSecondSquared);

        Assert.Equal("Sensor Logger TotalAcceleration + Sensor Logger Gyroscope", recording.Info.Format);
    }
}
