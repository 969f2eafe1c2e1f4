using RepSense.Analysis.Simulation;
using RepSense.Ingest.Units;
using static RepSense.Analysis.Tests.Simulation.Simulations;

namespace RepSense.Analysis.Tests.Simulation;

public class QuietAndWalkingTests
{
    private static readonly double G = Acceleration.StandardGravityMs2;

    /// <summary>Peak-to-peak of |a| smoothed over half a second: what a rep would show as a swing.</summary>
    private static double SmoothedSwingG(SimulatedRecording recording, IReadOnlyList<int> indices)
    {
        int window = Math.Max(1, (int)(0.5 * recording.Tracks.AccelerometerRate.Hertz));
        var magnitudes = indices.Select(i => recording.Tracks.Accelerometer[i].AccelerationMs2.Length / G).ToArray();
        var smoothed = Enumerable.Range(0, magnitudes.Length - window).Select(i => magnitudes.Skip(i).Take(window).Average()).ToArray();
        return smoothed.Max() - smoothed.Min();
    }

    [Theory]
    [InlineData(12.5)]
    [InlineData(50)]
    [InlineData(100)]
    public void Idle_is_quiet_but_not_flat_and_has_no_rep_like_swing(double rateHz)
    {
        var recording = Record(Set("dumbbell row", 8), rateHz: rateHz, sensor: SensorModel.Phone, seed: 5);
        var idle = recording.Spans.Where(s => s.Kind == SpanKind.Idle).ToList();
        var set = recording.Spans.Single(s => s.Kind == SpanKind.Set);
        var idleIndices = Between(recording, idle[0].StartS, idle[0].EndS).ToList();
        var setIndices = Between(recording, set.StartS, set.EndS).ToList();

        var idleMagnitudes = idleIndices.Select(i => recording.Tracks.Accelerometer[i].AccelerationMs2.Length / G).ToList();
        double idleStdG = StandardDeviation(idleMagnitudes);
        Assert.InRange(idleStdG, 0.0005, 0.01);
        Assert.True(SmoothedSwingG(recording, idleIndices) < 0.03, "idle shows a rep-sized swing");
        Assert.True(SmoothedSwingG(recording, setIndices) > 0.3, "the set itself should swing");

        var rotationDps = idleIndices.Select(i => RotationRate.ToDegreesPerSecond(recording.Tracks.Gyroscope[i].RotationRateRadS.Length));
        Assert.True(Median(rotationDps) < 3, "idle rotation above a resting wrist's few degrees per second");
    }

    [Fact]
    public void Walking_between_stations_steps_at_about_1_8_hertz()
    {
        var recording = Record(BackSession(), rateHz: 50, sensor: SensorModel.Phone, seed: 9);
        var walks = recording.Spans.Where(s => s.Kind == SpanKind.Walk).ToList();

        Assert.Equal(4, walks.Count); // one per change of exercise
        foreach (var walk in walks)
        {
            var magnitudes = Between(recording, walk.StartS + 1.5, walk.EndS - 1.5)
                .Select(i => recording.Tracks.Accelerometer[i].AccelerationMs2.Length).ToArray();
            double mean = magnitudes.Average();
            var x = magnitudes.Select(m => m - mean).ToArray();
            // The autocorrelation's first peak after zero lag is the step period.
            int best = 0;
            double bestValue = double.MinValue;
            for (int lag = 15; lag <= 40; lag++)
            {
                double sum = 0;
                for (int i = 0; i + lag < x.Length; i++) sum += x[i] * x[i + lag];
                if (sum > bestValue) { bestValue = sum; best = lag; }
            }
            Assert.InRange(50.0 / best, 1.6, 2.0);
            Assert.True(StandardDeviation(magnitudes) > 0.1 * G, "walking should be clearly visible");
        }
    }

    [Fact]
    public void Start_and_stop_taps_are_sharp_transients_at_the_ends_of_the_recording()
    {
        var recording = Record(Set("deadlift", 3), rateHz: 100, sensor: SensorModel.Phone, seed: 2);
        var taps = recording.Spans.Where(s => s.Kind == SpanKind.Tap).ToList();

        Assert.Equal(2, taps.Count);
        Assert.Equal(0, taps[0].StartS);
        Assert.Equal(recording.Truth.DurationS, taps[1].EndS, 0.02);
        foreach (var tap in taps)
        {
            double peak = Between(recording, tap.StartS, tap.EndS).Max(i => DynamicMs2(recording, i));
            Assert.True(peak > 0.5 * G, $"tap peak only {peak / G:0.00} g");
        }
    }
}
