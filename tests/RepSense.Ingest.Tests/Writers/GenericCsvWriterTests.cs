using RepSense.Ingest.Units;
using RepSense.Ingest.Writers;

namespace RepSense.Ingest.Tests.Writers;

public sealed class GenericCsvWriterTests : IDisposable
{
    private readonly RepSense.Tests.TempFolder temp = new(); // the shared helper (tests/Shared), by its full name

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Header_is_the_shared_data_layout_with_and_without_gyroscope()
    {
        string folder = temp.Path;
        string withGyro = Path.Combine(folder, "a.csv"), accOnly = Path.Combine(folder, "b.csv");
        new GenericCsvWriter().Write(TestTracks.Make(), withGyro);
        new GenericCsvWriter().Write(TestTracks.Make(gyro: false), accOnly);

        Assert.Equal("t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps", File.ReadLines(withGyro).First());
        Assert.Equal("t_s,ax_g,ay_g,az_g", File.ReadLines(accOnly).First());
    }

    [Fact]
    public void Rows_parse_back_to_the_samples_in_g_and_degrees_per_second_within_the_written_precision()
    {
        var tracks = TestTracks.Make();
        string path = temp.File("set.csv");
        new GenericCsvWriter().Write(tracks, path);

        var rows = TestTracks.Rows(path);
        Assert.Equal(tracks.Accelerometer.Count, rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            var a = tracks.Accelerometer[i].AccelerationMs2;
            var w = tracks.Gyroscope[i].RotationRateRadS;
            Assert.Equal(tracks.Accelerometer[i].TimeS, rows[i][0], 0.0005);
            Assert.Equal(a.X, Acceleration.FromG(rows[i][1]), 0.0005 * 9.81);
            Assert.Equal(a.Z, Acceleration.FromG(rows[i][3]), 0.0005 * 9.81);
            Assert.Equal(w.X, RotationRate.FromDegreesPerSecond(rows[i][4]), 0.0005 * Math.PI / 180);
            Assert.Equal(w.Z, RotationRate.FromDegreesPerSecond(rows[i][6]), 0.0005 * Math.PI / 180);
        }
    }

    [Fact]
    public void Numbers_have_fixed_decimals_and_no_negative_zero()
    {
        var tracks = TestTracks.Make(count: 2) with
        {
            Accelerometer = [ImuSample.FromAcceleration(0, new Vec3(-1e-9, 0, Acceleration.StandardGravityMs2), true),
                             ImuSample.FromAcceleration(0.02, new Vec3(0, 0, 0), true)],
            Gyroscope = [new ImuSample(0, Vec3.Zero, new Vec3(Math.PI, -1e-9, 0), true, true),
                         new ImuSample(0.02, Vec3.Zero, Vec3.Zero, true, true)],
        };
        string path = temp.File("z.csv");
        new GenericCsvWriter().Write(tracks, path);

        Assert.Equal("0.000,0.0000,0.0000,1.0000,180.000,0.000,0.000", File.ReadLines(path).ElementAt(1));
    }

    [Fact]
    public void A_gyroscope_on_another_clock_is_refused()
    {
        var tracks = TestTracks.Make(rateHz: 50, gyroRateHz: 100);
        string path = temp.File("x.csv");

        var error = Assert.Throws<ArgumentException>(() => new GenericCsvWriter().Write(tracks, path));
        Assert.Contains("one time column", error.Message);
    }
}
