namespace RepSense.Cli.Reports;

/// <summary>Which half of a rep is the concentric one (see "Rep anatomy" in docs/architecture.md).</summary>
public enum PhaseOrder
{
    /// <summary>Pulls, rows, deadlifts, curls, overhead presses: concentric, top hold, eccentric, then the bottom
    /// hold as the pause before the next rep.</summary>
    ConcentricFirst,

    /// <summary>Bench press, squat: eccentric, bottom hold, concentric, then the top hold as the pause.</summary>
    EccentricFirst,
}
