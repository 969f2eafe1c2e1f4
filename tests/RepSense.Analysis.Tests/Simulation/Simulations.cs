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
