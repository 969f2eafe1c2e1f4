using RepSense.Ingest.Writers;

namespace RepSense.Ingest.Tests.Writers;

public sealed class SensorLoggerWriterTests : IDisposable
{
    private readonly RepSense.Tests.TempFolder temp = new(); // the shared helper (tests/Shared), by its full name

    public void Dispose() => temp.Dispose();

    private (RecorderTracks Tracks, string Folder, WrittenRecording Written) WriteFolder(bool gyro = true)
    {
        var tracks = TestTracks.Make(rateHz: 100, gyro: gyro);
        string folder = temp.File("Recording");
        return (tracks, folder, new SensorLoggerWriter().Write(tracks, folder));
    }

    [Fact]
    public void Folder_holds_the_android_sensor_files_and_metadata()
    {
        var (_, folder, written) = WriteFolder();

        Assert.Equal(folder, written.RecordingPath);
        Assert.Equal(
            ["Accelerometer.csv", "Gravity.csv", "Gyroscope.csv", "Metadata.csv", "TotalAcceleration.csv"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        foreach (var name in new[] { "Accelerometer.csv", "Gravity.csv", "Gyroscope.csv", "TotalAcceleration.csv" })
            Assert.Equal("time,seconds_elapsed,z,y,x", File.ReadLines(Path.Combine(folder, name)).First());
    }

    [Fact]
    public void Without_gyroscope_there_is_no_gyroscope_file()
    {
        var (_, folder, _) = WriteFolder(gyro: false);

        Assert.False(File.Exists(Path.Combine(folder, "Gyroscope.csv")));
        Assert.Contains("Accelerometer|Gravity|TotalAcceleration", File.ReadAllText(Path.Combine(folder, "Metadata.csv")));
    }

    [Fact]
    public void Axes_are_written_z_y_x_and_total_is_user_plus_gravity()
    {
        var (tracks, folder, _) = WriteFolder();
        var total = TestTracks.Rows(Path.Combine(folder, "TotalAcceleration.csv"));
        var user = TestTracks.Rows(Path.Combine(folder, "Accelerometer.csv"));
        var gravity = TestTracks.Rows(Path.Combine(folder, "Gravity.csv"));

        for (int i = 0; i < total.Length; i++)
        {
            var a = tracks.Accelerometer[i].AccelerationMs2;
            Assert.Equal(a.Z, total[i][2], 1e-5);
            Assert.Equal(a.Y, total[i][3], 1e-5);
            Assert.Equal(a.X, total[i][4], 1e-5);
            for (int axis = 2; axis <= 4; axis++)
                Assert.Equal(total[i][axis], user[i][axis] + gravity[i][axis], 1e-5);
        }
    }

    [Fact]
    public void Time_is_integer_epoch_nanoseconds_and_seconds_elapsed_counts_from_the_recording_start()
    {
        var (tracks, folder, _) = WriteFolder();
        var lines = File.ReadAllLines(Path.Combine(folder, "TotalAcceleration.csv")).Skip(1).ToArray();
        long firstNs = long.Parse(lines[0].Split(',')[0]);
        long secondNs = long.Parse(lines[1].Split(',')[0]);

        Assert.Equal(TestTracks.Start.ToUnixTimeMilliseconds() * 1_000_000, firstNs);
        Assert.Equal(10_000_000, secondNs - firstNs);
        Assert.Equal(SensorLoggerWriter.FirstSampleDelayS, double.Parse(lines[0].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture), 1e-6);
        Assert.Equal(tracks.Accelerometer.Count, lines.Length);
    }

    [Fact]
    public void Metadata_is_version_3_android_with_the_recording_start_and_no_final_newline()
    {
        var (_, folder, _) = WriteFolder();
        string text = File.ReadAllText(Path.Combine(folder, "Metadata.csv"));
        var lines = text.Split('\n');

        Assert.Equal(
            "version,device name,recording epoch time,recording time,recording timezone,platform,appVersion,device id,sensors,sampleRateMs",
            lines[0]);
        var cells = lines[1].Split(',');
        Assert.Equal("3", cells[0]);
        Assert.Equal("android", cells[5]);
        long startMs = TestTracks.Start.ToUnixTimeMilliseconds() - (long)(SensorLoggerWriter.FirstSampleDelayS * 1000);
        Assert.Equal(startMs.ToString(), cells[2]);
        Assert.Equal("10|10|10|10", cells[9]);
        Assert.False(text.EndsWith('\n'));
    }
}
