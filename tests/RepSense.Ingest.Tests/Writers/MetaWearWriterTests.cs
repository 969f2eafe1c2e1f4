using RepSense.Ingest.Writers;

namespace RepSense.Ingest.Tests.Writers;

public sealed class MetaWearWriterTests : IDisposable
{
    private readonly RepSense.Tests.TempFolder temp = new(); // the shared helper (tests/Shared), by its full name

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Pair_is_named_like_MetaBase_exports_with_each_sensors_rate()
    {
        string folder = temp.Path;
        var written = new MetaWearWriter().Write(TestTracks.Make(rateHz: 12.5, gyroRateHz: 25), Path.Combine(folder, "A-dead-heavy"));

        Assert.Equal(2, written.Files.Count);
        Assert.Equal("A-dead-heavy_MetaWear_2025-03-14T18.30.00.250_D5C0FFEE5157_Accelerometer_12.500Hz_1.4.4.csv",
            Path.GetFileName(written.Files[0]));
        Assert.Equal("A-dead-heavy_MetaWear_2025-03-14T18.30.00.250_D5C0FFEE5157_Gyroscope_25.000Hz_1.4.4.csv",
            Path.GetFileName(written.Files[1]));
        Assert.Equal(written.Files[0], written.RecordingPath);
    }

    [Fact]
    public void Headers_carry_units_and_the_utc_offset_in_the_time_column_name()
    {
        string folder = temp.Path;
        var written = new MetaWearWriter().Write(TestTracks.Make(rateHz: 12.5, gyroRateHz: 25), Path.Combine(folder, "set"));

        Assert.Equal("epoch (ms),time (01:00),elapsed (s),x-axis (g),y-axis (g),z-axis (g)", File.ReadLines(written.Files[0]).First());
        Assert.Equal("epoch (ms),time (01:00),elapsed (s),x-axis (deg/s),y-axis (deg/s),z-axis (deg/s)", File.ReadLines(written.Files[1]).First());
        Assert.Equal("epoch (ms),time (-05:30),elapsed (s),x-axis (g),y-axis (g),z-axis (g)",
            MetaWearWriter.AccelerometerHeader(TimeSpan.FromMinutes(-330)));
    }

    [Fact]
    public void Rows_have_epoch_ms_local_time_elapsed_and_three_decimals()
    {
        var tracks = TestTracks.Make(rateHz: 12.5, gyroRateHz: 25);
        string folder = temp.Path;
        var written = new MetaWearWriter().Write(tracks, Path.Combine(folder, "set"));
        var first = File.ReadLines(written.Files[0]).ElementAt(1).Split(',');
        var second = File.ReadLines(written.Files[0]).ElementAt(2).Split(',');

        Assert.Equal(TestTracks.Start.ToUnixTimeMilliseconds().ToString(), first[0]);
        Assert.Equal("2025-03-14T18:30:00.250", first[1]);
        Assert.Equal("0.000", first[2]);
        Assert.Equal("0.080", second[2]);
        Assert.All(first[3..], value => Assert.Matches(@"^-?\d+\.\d{3}$", value));
        double gX = double.Parse(first[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(tracks.Accelerometer[0].AccelerationMs2.X / 9.80665, gX, 0.0005);
        Assert.Equal(tracks.Gyroscope.Count, File.ReadLines(written.Files[1]).Count() - 1);
    }

    [Fact]
    public void Without_gyroscope_only_the_accelerometer_file_is_written()
    {
        var written = new MetaWearWriter().Write(TestTracks.Make(rateHz: 12.5, gyro: false), temp.File("set"));

        Assert.Single(written.Files);
        Assert.Contains("_Accelerometer_12.500Hz_", written.Files[0]);
    }
}
