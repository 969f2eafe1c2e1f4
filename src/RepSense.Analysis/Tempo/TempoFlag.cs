namespace RepSense.Analysis.Tempo;

/// <summary>The behaviours the tempo analysis detects. A detected behaviour always carries its code; the exercise's
/// tempo policy decides only its severity.</summary>
public static class FlagCodes
{
    /// <summary>A jerk or swing started the concentric.</summary>
    public const string Momentum = "momentum";
    /// <summary>The lowering was much faster than the set's others, or than the concentric where control is prescribed.</summary>
    public const string RushedEccentric = "rushed-eccentric";
    /// <summary>The pause the policy asks for after the concentric was skipped.</summary>
    public const string MissingPause = "missing-pause";
    /// <summary>The rep did not start from a dead stop where the policy asks for one (Pendlay row).</summary>
    public const string NoDeadStop = "no-dead-stop";
    /// <summary>The range of motion was well below the set's typical rep.</summary>
    public const string PartialRep = "partial-rep";
    /// <summary>Reps slowed sharply: the set was near failure.</summary>
    public const string TempoDrift = "tempo-drift";
}

/// <summary>Whether a flag is a fault (the rep is not clean) or information.</summary>
public enum FlagSeverity
{
    Fault,
    Info,
}

/// <summary>A flag on a rep: what was seen, how it counts, why in words, and the numbers behind it.</summary>
/// <param name="Code">One of <see cref="FlagCodes"/>.</param>
/// <param name="Severity">Fault or information, from the exercise's policy.</param>
/// <param name="Message">One sentence for people, with the numbers.</param>
/// <param name="Measured">The measured value that triggered the flag (seconds, or a ratio for range and effort).</param>
/// <param name="Threshold">The value it was compared with.</param>
public sealed record TempoFlag(string Code, FlagSeverity Severity, string Message, double Measured, double Threshold);
