using RepSense.Ingest.Writers;

namespace RepSense.Ingest.Tests.Writers;

public sealed class PhyphoxWriterTests : IDisposable
{
    private readonly RepSense.Tests.TempFolder temp = new(); // the shared helper (tests/Shared), by its full name

    public void Dispose() => temp.Dispose();

    [Fact]
    public void With_gravity_export_has_the_quoted_acceleration_header()
    {
        string path = temp.File("Raw Data.csv");
        PhyphoxWriter.WithGravity.Write(TestTracks.Make(), path);

        Assert.Equal(
            "\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\",\"Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\"",
            File.ReadLines(path).First());
    }

    [Fact]
    public void Linear_export_has_the_linear_acceleration_header_and_gravity_removed()
    {
        var tracks = TestTracks.Make();
        string path = temp.File("Raw Data.csv");
        PhyphoxWriter.Linear.Write(tracks, path);

        Assert.Equal(
            "\"Time (s)\",\"Linear Acceleration x (m/s^2)\",\"Linear Acceleration y (m/s^2)\",\"Linear Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\"",
            File.ReadLines(path).First());
        var rows = TestTracks.Rows(path);
        for (int i = 0; i < rows.Length; i++)
        {
            var linear = tracks.Accelerometer[i].AccelerationMs2 - tracks.GravityMs2[i];
            Assert.Equal(linear.X, rows[i][1], 1e-8);
            Assert.Equal(linear.Y, rows[i][2], 1e-8);
            Assert.Equal(linear.Length, rows[i][4], 1e-8);
        }
    }

    [Theory]
    [InlineData(9.769314561, "9.769314561E0")]
    [InlineData(0.03674579167, "3.674579167E-2")]
    [InlineData(-1.214738879, "-1.214738879E0")]
    [InlineData(12.5, "1.250000000E1")]
    [InlineData(0.0, "0.000000000E0")]
    public void Numbers_are_java_scientific_with_ten_significant_digits(double value, string expected)
    {
        Assert.Equal(expected, CsvText.JavaScientific(value));
    }

    [Fact]
    public void Time_starts_one_period_after_the_experiment_start_like_real_exports()
    {
        string path = temp.File("Raw Data.csv");
        PhyphoxWriter.WithGravity.Write(TestTracks.Make(rateHz: 100), path);

        var rows = TestTracks.Rows(path);
        Assert.Equal(0.01, rows[0][0], 1e-12);
        Assert.Equal(0.02, rows[1][0], 1e-12);
    }

    [Fact]
    public void No_gyroscope_is_written_because_the_experiment_has_none()
    {
        Assert.False(PhyphoxWriter.WithGravity.CarriesGyroscope);
        string path = temp.File("Raw Data.csv");
        var written = PhyphoxWriter.WithGravity.Write(TestTracks.Make(), path);

        Assert.Equal([path], written.Files);
        Assert.All(TestTracks.Rows(path), row => Assert.Equal(5, row.Length));
    }
}
