using RepSense.Analysis.Exercises;
using RepSense.Analysis.Simulation;
using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Validation;

/// <summary>
/// The recordings of the tempo evaluation: for every seed, every exercise in every scenario, with the rate, the
/// sensors, the tempo and the reps drawn from the seed. The mount on the wrist is drawn by the simulator from the
/// case's seed. Deterministic: the same seeds give the same cases.
/// </summary>
public static class TempoEvalGrid
{
    /// <summary>Accelerometer rates, from a MetaWear's 12.5 Hz to a phone's 200 Hz.</summary>
    public static IReadOnlyList<double> RatesHz { get; } = [12.5, 25, 50, 100, 200];

    /// <summary>The exercises with a motion model of their own, and three rows whose policies differ from their
    /// model's: the Kroc row (momentum allowed), the chest-supported row (strict) and the Pendlay row (dead stop).</summary>
    public static IReadOnlyList<string> Exercises { get; } =
        [.. ExerciseMotions.Names, "kroc-row", "chest-supported-row", "pendlay-row"];

    /// <summary>Tempos besides the exercise's usual one (eccentric-pause-concentric-pause).</summary>
    private static readonly TempoNotation[] Variants =
        [TempoNotation.Parse("2-0-1-0"), TempoNotation.Parse("2-1-1-1"), TempoNotation.Parse("3-0-1-1")];

    public static IReadOnlyList<TempoEvalCase> Cases(int seeds, int firstSeed = 1) =>
        Cases(Enumerable.Range(firstSeed, seeds), Exercises, Enum.GetValues<TempoScenario>());

    public static IReadOnlyList<TempoEvalCase> Cases(IEnumerable<int> seeds, IEnumerable<string> exercises,
                                                     IEnumerable<TempoScenario> scenarios)
    {
        var names = exercises.ToList();
        var kinds = scenarios.ToList();
        var cases = new List<TempoEvalCase>();
        foreach (int seed in seeds)
            for (int e = 0; e < names.Count; e++)
                foreach (var scenario in kinds)
                    cases.Add(Case(names[e], scenario, seed, e));
        return cases;
    }

    private static TempoEvalCase Case(string exercise, TempoScenario scenario, int seed, int exerciseIndex)
    {
        int s = (int)scenario;
        var random = new Random(SimulationSeeds.Derive(seed * 1009 + exerciseIndex, 17 + s));
        var motion = ExerciseMotions.Find(exercise) ?? throw new ArgumentException($"No motion model for '{exercise}'.");
        // Rates, sensors and tempos rotate through the cases, so every exercise and scenario meets each of them.
        double rate = RatesHz[(seed + exerciseIndex + s) % RatesHz.Count];
        bool gyro = (seed + exerciseIndex + 2 * s) % 4 != 0;
        bool ownClock = gyro && rate <= 25;
        int variant = (seed + s) % (Variants.Length + 1);
        var tempo = variant == 0 ? motion.DefaultTempo : Variants[variant - 1];
        if (scenario == TempoScenario.MissingPause && !SimulationPlan.HasPause(tempo))
            tempo = tempo with { TopPauseS = 1 };
        tempo = AsPrescribed(tempo, motion.Profile.Tempo);

        int reps = random.Next(6, 13);
        IReadOnlyList<int> faultReps = scenario switch
        {
            TempoScenario.Clean or TempoScenario.Fatigue => [],
            // A set's first reps are full reps by the counter's rule (a smaller cycle there is the set-up).
            TempoScenario.PartialRep => Draw(random, 2, reps, 2),
            // The pause after the last rep is not part of the set.
            TempoScenario.MissingPause => Draw(random, 1, reps - 1, 2),
            _ => Draw(random, 1, reps, 2),
        };
        double fatigue = scenario == TempoScenario.Fatigue ? Math.Round(random.NextUniform(60, 100)) : 0;
        int caseSeed = SimulationSeeds.Derive(seed * 1009 + exerciseIndex, 101 + s);
        return new TempoEvalCase(motion.Name, scenario, rate, gyro, ownClock, tempo, reps, faultReps, fatigue, caseSeed);
    }

    /// <summary>The tempo as the exercise's policy prescribes it, so a clean set is clean by the policy too: the
    /// prescribed pause at the top, a dead stop at the bottom, a lowering slower than the lift where control is
    /// asked for.</summary>
    private static TempoNotation AsPrescribed(TempoNotation tempo, TempoPolicy policy)
    {
        if (policy.PauseAtTop) tempo = tempo with { TopPauseS = Math.Max(tempo.TopPauseS, policy.TopHoldS ?? 1) };
        if (policy.DeadStopAtBottom) tempo = tempo with { BottomPauseS = Math.Max(tempo.BottomPauseS, 0.6) };
        if (policy.ControlledEccentric) tempo = tempo with { EccentricS = Math.Max(tempo.EccentricS, 1.3 * tempo.ConcentricS) };
        return tempo;
    }

    /// <summary><paramref name="count"/> distinct reps from <paramref name="first"/> to <paramref name="last"/>, in order.</summary>
    private static IReadOnlyList<int> Draw(Random random, int first, int last, int count)
    {
        var pool = Enumerable.Range(first, Math.Max(0, last - first + 1)).ToList();
        var chosen = new List<int>();
        while (chosen.Count < count && pool.Count > 0)
        {
            int i = random.Next(pool.Count);
            chosen.Add(pool[i]);
            pool.RemoveAt(i);
        }
        chosen.Sort();
        return chosen;
    }
}
