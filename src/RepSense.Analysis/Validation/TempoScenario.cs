namespace RepSense.Analysis.Validation;

/// <summary>What a simulated set of the tempo evaluation does besides its prescribed tempo.</summary>
public enum TempoScenario
{
    /// <summary>Every rep as prescribed: no flag is expected, and no fault flag may appear.</summary>
    Clean,
    /// <summary>One or two reps start with a swing or jerk.</summary>
    Momentum,
    /// <summary>One or two reps drop the eccentric.</summary>
    RushedEccentric,
    /// <summary>One or two reps stop at 40–60 % of the range.</summary>
    PartialRep,
    /// <summary>One or two reps skip the pause the tempo prescribes.</summary>
    MissingPause,
    /// <summary>The reps slow down sharply towards the end of the set (near failure).</summary>
    Fatigue,
}
