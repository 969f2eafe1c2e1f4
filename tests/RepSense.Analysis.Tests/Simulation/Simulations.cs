using RepSense.Analysis.Simulation;
using RepSense.Analysis.Tempo;
using RepSense.Ingest;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Tests.Simulation;

/// <summary>Builds the recordings the simulation tests look at.</summary>
internal static class Simulations
{
    public static SetPlan Set(string exercise, int reps, string? tempo = null, double fatiguePct = 0,
        params (int Rep, RepFaults Faults)[] faults)
    {
        var motion = ExerciseMotions.Find(exercise) ?? throw new ArgumentException(exercise);
        return new SetPlan(motion, reps, tempo is null ? motion.DefaultTempo : TempoNotation.Parse(tempo))
        {
            FatiguePct = fatiguePct,
            Faults = faults.ToDictionary(f => f.Rep, f => f.Faults),
        };
    }

    /// <summary>The set alone (idle, approach and retreat around it, taps at both ends) with a phone's noise.</summary>
    public static SimulatedRecording AloneOnPhone(SetPlan set, double rateHz, int seed, bool gyroscope) =>
        Simulator.Simulate(new SimulationPlan(new SessionPlan([set]), SampleRate.FromHertz(rateHz))
        {
            Seed = seed,
            Gyroscope = gyroscope,
            Sensor = SensorModel.Phone,
        });

    /// <summary>Accelerometer samples with the gyroscope interpolated onto their times, as Ingest pairs them.</summary>
    public static List<ImuSample> Samples(SimulatedRecording recording)
    {
        var acc = recording.Tracks.Accelerometer;
        var gyro = recording.Tracks.Gyroscope;
        var samples = new List<ImuSample>(acc.Count);
        int j = 0;
        foreach (var a in acc)
        {
            if (gyro.Count == 0) { samples.Add(ImuSample.FromAcceleration(a.TimeS, a.AccelerationMs2, true)); continue; }
            while (j < gyro.Count - 2 && gyro[j + 1].TimeS <= a.TimeS) j++;
            var (g0, g1) = (gyro[j], gyro[Math.Min(j + 1, gyro.Count - 1)]);
            double w = g1.TimeS > g0.TimeS ? Math.Clamp((a.TimeS - g0.TimeS) / (g1.TimeS - g0.TimeS), 0, 1) : 0;
            samples.Add(new ImuSample(a.TimeS, a.AccelerationMs2, g0.RotationRateRadS.Lerp(g1.RotationRateRadS, w), true, true));
        }
        return samples;
    }

    public static SimulatedRecording Record(SetPlan set, double rateHz = 100, SensorModel? sensor = null,
        Rotation? mount = null, int seed = 7, bool taps = true) =>
        Record(new SessionPlan([set]) { Taps = taps }, rateHz, sensor, mount, seed);

    public static SimulatedRecording Record(SessionPlan session, double rateHz = 100, SensorModel? sensor = null,
        Rotation? mount = null, int seed = 7) =>
        Simulator.Simulate(new SimulationPlan(session, SampleRate.FromHertz(rateHz))
        {
            Sensor = sensor ?? SensorModel.Ideal,
            Mount = mount,
            Seed = seed,
        });

    /// <summary>The StrengthLog back session with short rests, a few faults and fatigue on the last deadlift set.</summary>
    public static SessionPlan BackSession()
    {
        var session = Sessions.StrengthLogBack with { RestMinS = 40, RestMaxS = 50 };
        session = new FatigueSpec([(40, 3)]).ApplyTo(session);
        return FaultSpec.TryParse("momentum:3@4,partial:8@5,rushed:5@7", out _)!.ApplyTo(session, seed: 3);
    }

    /// <summary>Indices of the accelerometer samples inside [<paramref name="fromS"/>, <paramref name="toS"/>].</summary>
    public static IEnumerable<int> Between(SimulatedRecording recording, double fromS, double toS)
    {
        var acc = recording.Tracks.Accelerometer;
        for (int i = 0; i < acc.Count; i++)
            if (acc[i].TimeS >= fromS && acc[i].TimeS <= toS) yield return i;
    }

    /// <summary>Acceleration without gravity, m/s² (what the body does, whatever the orientation).</summary>
    public static double DynamicMs2(SimulatedRecording recording, int i) =>
        (recording.Tracks.Accelerometer[i].AccelerationMs2 - recording.Tracks.GravityMs2[i]).Length;

    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static Vec3 Position(SimulatedRecording recording, double t) => recording.Trajectory.WristAt(t).PositionM;
}
