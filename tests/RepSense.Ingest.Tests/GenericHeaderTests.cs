using System.Reactive.Linq;
using RepSense.Ingest.Units;

namespace RepSense.Ingest.Tests;

/// <summary>
/// A generic CSV is read by what its header says, not by where its columns stand: any order, units in the header or
/// given as options.
/// </summary>
public class GenericHeaderTests
{
    [Fact]
    public void Columns_in_any_order_go_to_their_axes()
    {
        using var temp = new TempFolder();
        string path = temp.Write("shuffled.csv", "gz_dps,az_g,t_s,gx_dps,ax_g,gy_dps,ay_g\n30,3,0,10,1,20,2\n31,3.5,0.01,11,1.5,21,2.5\n");

        var samples = Recording.Open(path).Samples.ToList().Wait();

        Assert.Equal(2, samples.Count);
        const double g = 9.80665, degree = Math.PI / 180;
        Assert.Equal(0.01, samples[1].TimeS, 9);
        Assert.Equal(1.5 * g, samples[1].AccelerationMs2.X, 6);
        Assert.Equal(2.5 * g, samples[1].AccelerationMs2.Y, 6);
        Assert.Equal(3.5 * g, samples[1].AccelerationMs2.Z, 6);
        Assert.Equal(11 * degree, samples[1].RotationRateRadS.X, 9);
        Assert.Equal(21 * degree, samples[1].RotationRateRadS.Y, 9);
        Assert.Equal(31 * degree, samples[1].RotationRateRadS.Z, 9);
    }

    [Theory]
    [InlineData(TimeUnit.Milliseconds, "0\n10\n20", 0.02)]
    [InlineData(TimeUnit.Nanoseconds, "0\n10000000\n20000000", 0.02)]
    [InlineData(null, "0\n0.01\n0.02", 0.02)]
    public void A_time_column_without_a_unit_is_read_in_the_unit_given_else_in_seconds(TimeUnit? unit, string times, double lastS)
    {
        using var temp = new TempFolder();
        string rows = string.Concat(times.Split('\n').Select(t => $"{t},0,0,1\n"));
        string path = temp.Write("time.csv", "time,ax_g,ay_g,az_g\n" + rows);

        var samples = Recording.Open(path, new RecordingOptions { TimeUnit = unit }).Samples.ToList().Wait();

        Assert.Equal(3, samples.Count);
        Assert.Equal(lastS, samples[^1].TimeS - samples[0].TimeS, 9);
    }

    [Fact]
    public void A_unit_in_the_header_wins_over_the_one_given()
    {
        using var temp = new TempFolder();
        string path = temp.Write("ms.csv", "t_ms,ax_g,ay_g,az_g\n0,0,0,1\n10,0,0,1\n");

        var samples = Recording.Open(path, new RecordingOptions { TimeUnit = TimeUnit.Seconds }).Samples.ToList().Wait();

        Assert.Equal(0.01, samples[1].TimeS - samples[0].TimeS, 9);
    }
}
