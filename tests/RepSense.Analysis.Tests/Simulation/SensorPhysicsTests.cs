using RepSense.Analysis.Simulation;
using RepSense.Ingest;
using RepSense.Ingest.Units;
using static RepSense.Analysis.Tests.Simulation.Simulations;

namespace RepSense.Analysis.Tests.Simulation;

public class SensorPhysicsTests
{
    private static readonly double G = Acceleration.StandardGravityMs2;

    [Fact]
    public void Ideal_sensor_at_rest_reads_gravity_magnitude()
    {
        var recording = Record(Set("dumbbell row", 5), sensor: SensorModel.Ideal, seed: 11);
        var idle = recording.Spans.First(s => s.Kind == SpanKind.Idle);
        var magnitudes = Between(recording, idle.StartS, idle.EndS)
            .Select(i => recording.Tracks.Accelerometer[i].AccelerationMs2.Length).ToList();

        Assert.True(magnitudes.Count > 500);
        Assert.Equal(G, magnitudes.Average(), 0.01);
        Assert.All(magnitudes, m => Assert.Equal(G, m, 0.1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Phone_sensor_at_rest_reads_gravity_magnitude_within_its_bias(int seed)
    {
        var recording = Record(Set("deadlift", 3), sensor: SensorModel.Phone, seed: seed);
        var idle = recording.Spans.First(s => s.Kind == SpanKind.Idle);
        double mean = Between(recording, idle.StartS, idle.EndS)
            .Average(i => recording.Tracks.Accelerometer[i].AccelerationMs2.Length);

        // Biases of tens of mg (σ 20 mg per axis) move the magnitude by a fraction of a m/s², never more.
        Assert.Equal(G, mean, 0.6);
    }

    [Fact]
    public void A_sensor_aligned_with_the_hanging_wrist_reads_plus_g_along_its_up_axis()
    {
        // Standing, the forearm (wrist x) points down, so "up" is the sensor's −x.
        var recording = Record(Set("biceps curl", 3), mount: Rotation.Identity, taps: false);
        var idle = recording.Spans.First(s => s.Kind == SpanKind.Idle);
        var samples = Between(recording, idle.StartS + 1, idle.EndS - 1).Select(i => recording.Tracks.Accelerometer[i].AccelerationMs2).ToList();

        Assert.Equal(-G, samples.Average(a => a.X), 0.05);
        Assert.Equal(0, samples.Average(a => a.Y), 0.3);
        Assert.Equal(0, samples.Average(a => a.Z), 0.3);
    }

    [Theory]
    [InlineData("dumbbell row", 5)]
    [InlineData("biceps curl", 6)]
    [InlineData("back extension", 8)]
    [InlineData("reverse fly", 9)]
    public void Integrating_the_gyroscope_over_each_half_rep_reproduces_the_orientation_change(string exercise, int seed)
    {
        var recording = Record(Set(exercise, 4), rateHz: 100, sensor: SensorModel.Ideal, seed: seed);
        var acc = recording.Tracks.Accelerometer;
        var gyro = recording.Tracks.Gyroscope;
        double period = recording.Tracks.AccelerometerRate.PeriodS;

        foreach (var rep in recording.Truth.Sets[0].RepDetails)
        {
            int from = Between(recording, rep.StartS, rep.EndS).First();
            int to = Between(recording, rep.StartS, rep.TurnS).Last();
            var truthFrom = recording.Trajectory.SensorOrientationAt(acc[from].TimeS);
            var truthTo = recording.Trajectory.SensorOrientationAt(acc[to].TimeS);

            // Each reading is the mean rate over its own period, so half of the first and last sample's rotation
            // falls outside [from, to]: integrate the whole periods in between plus those two halves.
            var q = truthFrom * Rotation.FromRotationVector(gyro[from].RotationRateRadS * (period / 2));
            for (int i = from + 1; i < to; i++) q *= Rotation.FromRotationVector(gyro[i].RotationRateRadS * period);
            q *= Rotation.FromRotationVector(gyro[to].RotationRateRadS * (period / 2));

            double turned = truthFrom.AngleTo(truthTo) * 180 / Math.PI;
            double error = q.AngleTo(truthTo) * 180 / Math.PI;
            Assert.True(turned > 15, $"{exercise} rep {rep.Index} turned only {turned:0.0}°, too little to test");
            Assert.True(error < 0.02 * turned + 0.2, $"{exercise} rep {rep.Index}: gyro integral off by {error:0.00}° of {turned:0.0}°");
        }
    }

    [Fact]
    public void Phone_noise_is_about_150_microg_per_root_hertz()
    {
        // Same seed, same motion: the difference between a phone and an ideal sensor is bias, scale, noise and
        // quantisation; at rest the first two are constant, so the spread is the noise.
        var set = Set("dumbbell row", 3);
        var ideal = Record(set, rateHz: 100, sensor: SensorModel.Ideal, seed: 21);
        var phone = Record(set, rateHz: 100, sensor: SensorModel.Phone, seed: 21);
        var idle = ideal.Spans.First(s => s.Kind == SpanKind.Idle);
        var differences = Between(ideal, idle.StartS, idle.EndS)
            .Select(i => phone.Tracks.Accelerometer[i].AccelerationMs2.X - ideal.Tracks.Accelerometer[i].AccelerationMs2.X)
            .ToList();

        double sigmaMg = StandardDeviation(differences) / G * 1000;
        double expectedMg = 150e-3 * Math.Sqrt(100 / 2.0);
        Assert.InRange(sigmaMg, 0.8 * expectedMg, 1.25 * expectedMg);
    }

    [Fact]
    public void Readings_are_quantised_to_the_sensors_step()
    {
        var recording = Record(Set("overhead press", 2), rateHz: 50, sensor: SensorModel.MetaMotion);
        double lsb = Acceleration.FromG(SensorModel.MetaMotion.AccelLsbG);

        Assert.All(recording.Tracks.Accelerometer.Take(500), s =>
        {
            double steps = s.AccelerationMs2.Y / lsb;
            Assert.Equal(Math.Round(steps), steps, 1e-6);
        });
    }

    [Fact]
    public void Without_a_gyroscope_there_is_no_gyroscope_track()
    {
        var plan = new SimulationPlan(new SessionPlan([Set("deadlift", 2)]), SampleRate.FromHertz(25)) { Gyroscope = false };
        var recording = Simulator.Simulate(plan);

        Assert.Empty(recording.Tracks.Gyroscope);
        Assert.Null(recording.Tracks.GyroscopeRate);
    }

    [Fact]
    public void A_gyroscope_on_its_own_clock_runs_at_its_rate_and_starts_within_one_period()
    {
        var plan = new SimulationPlan(new SessionPlan([Set("deadlift", 2)]), SampleRate.FromHertz(12.5))
        {
            GyroscopeRate = SampleRate.FromHertz(25),
            GyroscopeOwnClock = true,
            Sensor = SensorModel.MetaMotion,
        };
        var tracks = Simulator.Simulate(plan).Tracks;

        Assert.InRange(tracks.Gyroscope[0].TimeS, 0, 0.04);
        Assert.Equal(0.04, tracks.Gyroscope[1].TimeS - tracks.Gyroscope[0].TimeS, 1e-9);
        Assert.InRange(tracks.Gyroscope.Count, 2 * tracks.Accelerometer.Count - 2, 2 * tracks.Accelerometer.Count);
        Assert.True(tracks.Gyroscope[^1].TimeS <= tracks.Accelerometer[^1].TimeS);
    }
}
