namespace RepSense.Analysis.Exercises;

/// <summary>The parts of a <see cref="TempoPolicy"/> that carry their own source.</summary>
public enum TempoRule
{
    Momentum,
    LateSetCheatReps,
    TopHold,
    DeadStop,
    ControlledEccentric,
    ExplosiveConcentric,
    Timed,
}
