namespace RepSense.Analysis.Exercises;

/// <summary>How the next session's target is chosen.</summary>
public enum ProgressionRule
{
    /// <summary>A fixed target (3 × 5): all sets hit it → add the increment; otherwise keep the weight and beat last
    /// time rep by rep (StrengthLog: 5, 4, 4 instead of 5, 4, 3).</summary>
    Linear,
    /// <summary>A rep range (3 × 8–12): add reps until every set reaches the top of the range, then add weight.</summary>
    Double,
}
