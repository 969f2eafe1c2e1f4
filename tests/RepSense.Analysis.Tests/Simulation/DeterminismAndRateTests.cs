using RepSense.Analysis.Reports;
using RepSense.Analysis.Simulation;
using RepSense.Ingest.Units;
using static RepSense.Analysis.Tests.Simulation.Simulations;

namespace RepSense.Analysis.Tests.Simulation;

public class DeterminismAndRateTests
{
    [Fact]
    public void The_same_seed_gives_identical_samples_and_truth()
    {
        var first = Record(BackSession(), rateHz: 25, sensor: SensorModel.Phone, seed: 42);
        var second = Record(BackSession(), rateHz: 25, sensor: SensorModel.Phone, seed: 42);

        Assert.Equal(first.Tracks.Accelerometer, second.Tracks.Accelerometer);
        Assert.Equal(first.Tracks.Gyroscope, second.Tracks.Gyroscope);
        Assert.Equal(AnalysisJson.Serialize(first.Truth), AnalysisJson.Serialize(second.Truth));
    }

    [Fact]
    public void Another_seed_gives_other_samples_timing_and_mount()
    {
        var first = Record(Set("pull-up", 8), sensor: SensorModel.Phone, seed: 1);
        var second = Record(Set("pull-up", 8), sensor: SensorModel.Phone, seed: 2);

        Assert.NotEqual(first.Tracks.Accelerometer[100], second.Tracks.Accelerometer[100]);
        Assert.NotEqual(first.Truth.Sets[0].RepDetails[0].StartS, second.Truth.Sets[0].RepDetails[0].StartS);
        Assert.NotEqual(first.Mount, second.Mount);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(12.5)]
    [InlineData(25)]
    [InlineData(60)]
    [InlineData(100)]
    [InlineData(200)]
    public void Any_rate_from_10_to_200_hertz_gives_that_many_samples_per_second(double rateHz)
    {
        var recording = Record(Set("barbell row", 4), rateHz: rateHz, sensor: SensorModel.Phone);
        var acc = recording.Tracks.Accelerometer;

        Assert.Equal(rateHz, recording.Truth.SampleRateHz);
        Assert.Equal((int)Math.Floor(recording.Trajectory.DurationS * rateHz + 1e-9) + 1, acc.Count);
        for (int i = 1; i < acc.Count; i++) Assert.True(acc[i].TimeS > acc[i - 1].TimeS);
        Assert.Equal(1 / rateHz, Median(acc.Zip(acc.Skip(1), (a, b) => b.TimeS - a.TimeS)), 1e-4);
        Assert.Equal((acc.Count - 1) / rateHz, recording.Truth.DurationS, 0.002);
    }

    [Theory]
    [InlineData(9.9)]
    [InlineData(200.5)]
    public void Rates_outside_10_to_200_hertz_are_refused(double rateHz)
    {
        var plan = new SimulationPlan(new SessionPlan([Set("deadlift", 1)]), SampleRate.FromHertz(rateHz));

        var error = Assert.Throws<ArgumentException>(() => Simulator.Simulate(plan));
        Assert.Contains("10 to 200 Hz", error.Message);
    }

    [Fact]
    public void Timestamps_jitter_a_little_like_a_logging_app_but_never_reorder()
    {
        var recording = Record(Set("dumbbell row", 4), rateHz: 100, sensor: SensorModel.Phone);
        var steps = recording.Tracks.Accelerometer.Zip(recording.Tracks.Accelerometer.Skip(1), (a, b) => b.TimeS - a.TimeS).ToList();

        Assert.True(steps.Min() > 0.005);
        Assert.True(steps.Max() < 0.015);
        Assert.InRange(StandardDeviation(steps), 0.0002, 0.001);
    }
}
