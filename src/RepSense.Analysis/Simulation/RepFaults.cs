namespace RepSense.Analysis.Simulation;

/// <summary>Deliberate faults on a rep. Several can combine (a partial momentum rep).</summary>
[Flags]
public enum RepFaults
{
    None = 0,
    /// <summary>A swing or jerk starts the concentric: much higher peak acceleration at its start and a short concentric.</summary>
    Momentum = 1,
    /// <summary>The eccentric is dropped: far shorter than the tempo asks and than the concentric.</summary>
    RushedEccentric = 2,
    /// <summary>The pauses the tempo asks for are skipped (about 0 s).</summary>
    MissingPause = 4,
    /// <summary>The rep stops at 40–60 % of the set's range.</summary>
    PartialRange = 8,
}
