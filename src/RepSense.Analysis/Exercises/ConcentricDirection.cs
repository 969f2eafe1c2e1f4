namespace RepSense.Analysis.Exercises;

/// <summary>Which way the working hand (where a wrist sensor sits) moves during the concentric, relative to gravity.</summary>
public enum ConcentricDirection
{
    /// <summary>Against gravity: rows, deadlifts, curls, presses.</summary>
    Up,
    /// <summary>With gravity: pulldowns, pushdowns, straight-arm pulldowns.</summary>
    Down,
    /// <summary>Mostly across gravity: seated cable rows, face pulls.</summary>
    Horizontal,
    /// <summary>An arc or a swing with no single direction (kettlebell swing).</summary>
    Mixed,
    /// <summary>No concentric to speak of: carries and static holds.</summary>
    None,
}
