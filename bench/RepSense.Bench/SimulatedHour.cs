using RepSense.Analysis.Simulation;
using RepSense.Ingest.Units;
using RepSense.Ingest.Writers;

namespace RepSense.Bench;

/// <summary>The 1-hour recording the analysis benchmarks read: a simulated session (20 sets of 10 dumbbell rows with
/// 160-170 s rests, 100 Hz, accelerometer and gyroscope) as a generic CSV, cut to exactly <see cref="Rows"/> rows,
/// so rows per second are exact. About 19 MB; written once per benchmark run, never committed.</summary>
internal static class SimulatedHour
{
    public const int Rows = 360_000;

    public static void Write(string path)
    {
        var exercise = ExerciseMotions.Find("dumbbell row")!;
        var session = new SessionPlan([.. Enumerable.Range(0, 20).Select(_ => new SetPlan(exercise, 10, exercise.DefaultTempo))])
        {
            RestMinS = 160,
            RestMaxS = 170,
        };
        var simulated = Simulator.Simulate(new SimulationPlan(session, SampleRate.FromHertz(100)) { Seed = 7 });
        string full = path + ".full";
        new GenericCsvWriter().Write(simulated.Tracks, full);
        using (var writer = new StreamWriter(path))
            foreach (var line in File.ReadLines(full).Take(Rows + 1)) writer.Write(line + "\n");
        File.Delete(full);
        if (File.ReadLines(path).Count() != Rows + 1)
            throw new InvalidOperationException($"The simulated session is shorter than {Rows} rows.");
    }
}
