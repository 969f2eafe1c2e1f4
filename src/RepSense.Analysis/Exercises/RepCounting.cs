namespace RepSense.Analysis.Exercises;

/// <summary>Whether a set is measured in reps or in seconds of work.</summary>
public enum RepCounting
{
    Counted,
    /// <summary>Walked or held for time (farmer's carry, back-extension holds): the set's duration is the result.</summary>
    Timed,
}
