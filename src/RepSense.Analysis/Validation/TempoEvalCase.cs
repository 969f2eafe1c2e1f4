using RepSense.Analysis.Simulation;
using RepSense.Analysis.Tempo;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Validation;

/// <summary>
/// One simulated recording of the tempo evaluation: a single set with idle time around it, seen by a sensor in a
/// random orientation on the wrist (drawn from <see cref="Seed"/>).
/// </summary>
/// <param name="Exercise">The exercise (catalog name; its motion model may be borrowed, see <see cref="ExerciseMotions"/>).</param>
/// <param name="Scenario">Which fault or fatigue the set carries.</param>
/// <param name="RateHz">Accelerometer rate.</param>
/// <param name="Gyroscope">Whether the recording has a gyroscope.</param>
/// <param name="GyroscopeOwnClock">Whether the gyroscope runs on its own clock at twice the rate (capped at 200 Hz),
/// as MetaWear's separate files do; otherwise it shares the accelerometer's timestamps.</param>
/// <param name="Tempo">The prescribed tempo.</param>
/// <param name="Reps">Reps in the set.</param>
/// <param name="FaultReps">The reps (1-based) that carry the scenario's fault; empty for clean and fatigue sets.</param>
/// <param name="FatiguePct">The last concentric's slow-down over the first, percent (0 for none).</param>
/// <param name="Seed">Seeds the motion, the mount and the sensor noise.</param>
public sealed record TempoEvalCase(
    string Exercise,
    TempoScenario Scenario,
    double RateHz,
    bool Gyroscope,
    bool GyroscopeOwnClock,
    TempoNotation Tempo,
    int Reps,
    IReadOnlyList<int> FaultReps,
    double FatiguePct,
    int Seed)
{
    /// <summary>Idle time before and after the set, seconds: enough for the counter to see rest on both sides.</summary>
    public const double IdleS = 8;

    /// <summary>The fault the scenario puts on its fault reps.</summary>
    public RepFaults Fault => Scenario switch
    {
        TempoScenario.Momentum => RepFaults.Momentum,
        TempoScenario.RushedEccentric => RepFaults.RushedEccentric,
        TempoScenario.PartialRep => RepFaults.PartialRange,
        TempoScenario.MissingPause => RepFaults.MissingPause,
        _ => RepFaults.None,
    };

    /// <summary>The simulator's plan for this case.</summary>
    public SimulationPlan Plan()
    {
        var motion = ExerciseMotions.Find(Exercise)
                     ?? throw new ArgumentException($"No motion model for '{Exercise}'.", nameof(Exercise));
        var set = new SetPlan(motion, Reps, Tempo)
        {
            Faults = FaultReps.ToDictionary(r => r, _ => Fault),
            FatiguePct = FatiguePct,
        };
        var session = new SessionPlan([set]) { IdleBeforeS = IdleS, IdleAfterS = IdleS };
        var rate = SampleRate.FromHertz(RateHz);
        return new SimulationPlan(session, rate)
        {
            Gyroscope = Gyroscope,
            GyroscopeOwnClock = GyroscopeOwnClock,
            GyroscopeRate = GyroscopeOwnClock ? SampleRate.FromHertz(Math.Min(2 * RateHz, SimulationPlan.MaxRateHz)) : null,
            Sensor = SensorModel.Phone,
            Seed = Seed,
        };
    }

    public override string ToString() =>
        $"{Exercise} {Scenario} {Reps}x{Tempo} {RateHz:0.#} Hz {(Gyroscope ? "acc+gyro" : "acc")} seed {Seed}" +
        (FaultReps.Count > 0 ? $" faults on {string.Join(",", FaultReps)}" : "");
}
