namespace RepSense.Log.Model;

/// <summary>What a set was for. Warm-ups count toward nothing; the others are hard sets for weekly volume, and work
/// and failure sets are what progression looks at.</summary>
public enum SetKind
{
    Work,
    Warmup,
    /// <summary>Taken to failure (Strong's FAILURE, Hevy's failure).</summary>
    Failure,
    /// <summary>A drop set: lighter weight straight after a set, so not part of the progression comparison.</summary>
    Drop,
}
