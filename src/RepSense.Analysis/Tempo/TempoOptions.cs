namespace RepSense.Analysis.Tempo;

/// <summary>
/// Thresholds of the tempo analysis. Relative thresholds compare a rep with its own set (the set's median), so they
/// hold for any exercise, load and lifter; absolute ones are stated in seconds.
/// </summary>
public sealed record TempoOptions
{
    public static TempoOptions Default { get; } = new();

    /// <summary>Movement slower than this share of the rep's peak speed is a hold or a pause.</summary>
    public double HoldSpeedFraction { get; init; } = 0.15;

    /// <summary>A pause shorter than this is no pause (the turn of a continuous rep).</summary>
    public double MinPauseS { get; init; } = 0.15;

    /// <summary>Momentum: the concentric starts at least this many times harder than the set's typical rep…</summary>
    public double MomentumEffortRatio { get; init; } = 1.6;

    /// <summary>…and its concentric takes at most this share of the set's typical concentric.</summary>
    public double MomentumConcentricRatio { get; init; } = 0.9;

    /// <summary>Rushed eccentric: shorter than this share of the set's typical eccentric…</summary>
    public double RushedEccentricRatio { get; init; } = 0.6;

    /// <summary>…or, where the policy prescribes a controlled lowering, shorter than this share of the rep's own
    /// concentric.</summary>
    public double ControlledEccentricRatio { get; init; } = 0.8;

    /// <summary>Partial rep: range of motion below this share of the set's typical rep.</summary>
    public double PartialRangeRatio { get; init; } = 0.65;

    /// <summary>Missing pause: a prescribed pause shorter than this share of the prescription (or of
    /// <see cref="DefaultPrescribedPauseS"/> when the article gives no number).</summary>
    public double MissingPauseRatio { get; init; } = 0.4;

    /// <summary>A pause "for a moment" when the article names no duration.</summary>
    public double DefaultPrescribedPauseS { get; init; } = 1.0;

    /// <summary>A dead stop lasts at least this long on the floor.</summary>
    public double DeadStopS { get; init; } = 0.3;

    /// <summary>Tempo drift: the set's last two reps take this many percent longer than its first two.</summary>
    public double TempoDriftPct { get; init; } = 30;
}
