using System.Reactive.Linq;
using RepSense.Analysis.Simulation;
using RepSense.Ingest;
using RepSense.Ingest.Units;
using RepSense.Ingest.Writers;
using static RepSense.Analysis.Tests.Simulation.Simulations;

namespace RepSense.Analysis.Tests.Simulation;

/// <summary>
/// A simulated recording, written in each format, reads back through Ingest (<see cref="Recording.Open"/>) with the
/// samples the simulator made: the same count, rate, time axis, axes and units, within each format's precision.
/// (Compiled only once the Ingest readers are in the tree; see RepSense.Analysis.Tests.csproj.)
/// </summary>
public class RoundTripThroughIngestTests
{
    public static TheoryData<string, double> Formats() => new()
    {
        { "generic", 50 },
        { "phyphox", 100 },
        { "phyphox-linear", 50 },
        { "sensorlogger", 100 },
        { "metawear", 12.5 },
    };

    /// <summary>Worst rounding of one acceleration value, m/s²: 4 decimals of g, 3 decimals of g, float32 of ~10 m/s².</summary>
    private static double AccelerationPrecisionMs2(string format) => format switch
    {
        "generic" => 0.00006 * Acceleration.StandardGravityMs2,
        "metawear" => 0.0006 * Acceleration.StandardGravityMs2,
        "sensorlogger" => 1e-5,
        _ => 1e-7,
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_simulated_recording_reads_back_with_the_same_samples_rate_and_units(string format, double rateHz)
    {
        var writer = RecordingWriters.Find(format)!;
        bool ownClock = format is "sensorlogger" or "metawear";
        var plan = new SimulationPlan(new SessionPlan([Set("dumbbell row", 3)]) { IdleBeforeS = 3, IdleAfterS = 3, Taps = format != "metawear" },
            SampleRate.FromHertz(rateHz))
        {
            Gyroscope = writer.CarriesGyroscope,
            GyroscopeRate = format == "metawear" ? SampleRate.FromHertz(25) : null,
            GyroscopeOwnClock = ownClock,
            Sensor = SensorModel.Phone,
            Seed = 17,
        };
        var simulated = Simulator.Simulate(plan);
        string folder = Path.Combine(Path.GetTempPath(), "repsense-roundtrip", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await WriteAndReadBack(simulated, writer, folder, format, rateHz, ownClock);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task WriteAndReadBack(SimulatedRecording simulated, IRecordingWriter writer, string folder,
        string format, double rateHz, bool ownClock)
    {
        var written = writer.Write(simulated.Tracks, Path.Combine(folder, format == "sensorlogger" ? "rec" : "rec.csv"));
        TruthSidecar.Write(simulated, written, writer);

        var recording = Recording.Open(written.RecordingPath);
        var samples = await recording.Samples.ToList();

        var expected = simulated.Tracks.Accelerometer;
        bool gravity = format != "phyphox-linear";
        Assert.Equal(expected.Count, samples.Count);
        Assert.Equal(gravity, recording.Info.GravityIncluded);
        Assert.Equal(writer.FormatName(simulated.Tracks), recording.Info.Format);
        Assert.Equal(writer.CarriesGyroscope, recording.Info.Channels.HasFlag(Channels.Gyroscope));
        Assert.Equal(0, samples[0].TimeS, 1e-9);
        double measuredHz = (samples.Count - 1) / (samples[^1].TimeS - samples[0].TimeS);
        Assert.Equal(rateHz, measuredHz, rateHz * 0.002);
        Assert.Equal(simulated.Truth.DurationS, samples[^1].TimeS, 0.002);

        double tolerance = AccelerationPrecisionMs2(format);
        for (int i = 0; i < samples.Count; i++)
        {
            var want = gravity ? expected[i].AccelerationMs2 : simulated.Tracks.LinearAccelerationMs2(i);
            var got = samples[i].AccelerationMs2;
            Assert.Equal(gravity, samples[i].GravityIncluded);
            Assert.Equal(expected[i].TimeS, samples[i].TimeS, 0.0011);
            Assert.True((want - got).Length < 2 * tolerance, $"sample {i}: wrote {want}, read {got}");
        }

        if (writer.CarriesGyroscope && !ownClock)
            for (int i = 0; i < samples.Count; i++)
                Assert.True((simulated.Tracks.Gyroscope[i].RotationRateRadS - samples[i].RotationRateRadS).Length < 1e-4);
        if (ownClock)
        {
            // The reader puts the gyroscope on the accelerometer's clock: the overall rotation must survive that.
            double wrote = simulated.Tracks.Gyroscope.Average(s => s.RotationRateRadS.Length);
            double read = samples.Where(s => s.HasRotationRate).Average(s => s.RotationRateRadS.Length);
            Assert.Equal(wrote, read, 0.05 * wrote);
        }
    }
}
