namespace RepSense.Log.Progression;

/// <summary>What a set's result is counted in.</summary>
public enum Measure
{
    Reps,
    /// <summary>Timed exercises (carries, holds): seconds of work.</summary>
    Seconds,
}
