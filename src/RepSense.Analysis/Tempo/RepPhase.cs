namespace RepSense.Analysis.Tempo;

/// <summary>The four parts of a rep in tempo notation. "Top" and "bottom" follow the notation, not the direction:
/// the top hold is the pause after the concentric, the bottom hold the pause after the eccentric.</summary>
public enum PhaseKind
{
    Concentric,
    TopHold,
    Eccentric,
    BottomHold,
}

/// <summary>One phase of one rep, seconds from the recording's start.</summary>
public readonly record struct RepPhase(PhaseKind Kind, double StartS, double EndS)
{
    public double DurationS => EndS - StartS;
}
