using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Simulation;

/// <summary>One set to perform.</summary>
/// <param name="Exercise">What is lifted.</param>
/// <param name="Reps">How many reps (partial ones included).</param>
/// <param name="Tempo">The prescribed tempo; reps vary around it.</param>
public sealed record SetPlan(ExerciseMotion Exercise, int Reps, TempoNotation Tempo)
{
    /// <summary>Faults by rep number (1-based).</summary>
    public IReadOnlyDictionary<int, RepFaults> Faults { get; init; } = new Dictionary<int, RepFaults>();

    /// <summary>Fatigue: the last rep's concentric is this many percent longer than the first's (the eccentric
    /// slows half as much), growing faster towards the end of the set. 0 for none.</summary>
    public double FatiguePct { get; init; }

    public RepFaults FaultsOf(int rep) => Faults.TryGetValue(rep, out var f) ? f : RepFaults.None;
}
