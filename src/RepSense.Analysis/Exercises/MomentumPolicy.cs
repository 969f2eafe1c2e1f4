namespace RepSense.Analysis.Exercises;

/// <summary>How an exercise treats momentum (a swing or jerk that moves the load instead of the target muscles).
/// The tempo analysis turns a momentum flag into a fault or an info note from this policy.</summary>
public enum MomentumPolicy
{
    /// <summary>Momentum defeats the exercise (chest-supported, seal and landmine rows; pulldowns "without jerking the
    /// bar"): a momentum rep is a fault and does not count as a clean rep.</summary>
    Strict,
    /// <summary>The articles say nothing specific: momentum is a fault except in the set's last
    /// <see cref="TempoPolicy.LateSetCheatReps"/> reps, BarBend's "contained cheat reps".</summary>
    Neutral,
    /// <summary>Body English is part of the exercise (Kroc row): momentum is noted, never a fault.</summary>
    Allowed,
    /// <summary>Fast, whole-body drive is the point (power clean, high pull, kettlebell swing): the momentum flag does
    /// not apply.</summary>
    Explosive,
}
