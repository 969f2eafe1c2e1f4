namespace RepSense.Analysis.Tempo;

/// <summary>
/// Thresholds of the tempo analysis. Relative thresholds compare a rep with its own set (the set's median) or with the
/// reps around it (the median of the four nearest, so a set that slows down gradually is not a string of outliers),
/// so they hold for any exercise, load and lifter; absolute ones are stated in seconds.
/// </summary>
public sealed record TempoOptions
{
    public static TempoOptions Default { get; } = new();

    /// <summary>A movement leaves (or reaches) a still point where the pose has moved this share of the half's whole
    /// excursion away from it.</summary>
    public double StillFraction { get; init; } = 0.05;

    /// <summary>The pace of a concentric (for telling a swing's short lift) is timed between the points where it has
    /// left and not yet reached its still points by this share of its excursion.</summary>
    public double CoreFraction { get; init; } = 0.25;

    /// <summary>The part of the concentric, from its start, in which a momentum rep's swing or jerk shows.</summary>
    public double StartShare { get; init; } = 0.4;

    /// <summary>Without the exercise, the half in which the hand rises is the concentric when the reps' typical
    /// vertical acceleration says so by at least this much, m/s²…</summary>
    public double ClearRiseMs2 { get; init; } = 0.3;

    /// <summary>…and at least this share of the reps agree.</summary>
    public double ClearRiseAgreement { get; init; } = 0.75;

    /// <summary>Momentum: the concentric starts at least this many times as sharply (peak rate of change of the
    /// force in its first part) as the reps around it…</summary>
    public double MomentumJerkRatio { get; init; } = 2.5;

    /// <summary>…and at least this many times as sharply as the end of the half before it, against the same reps
    /// (a hard catch of a dropped lowering jolts the start of the next lift too)…</summary>
    public double MomentumOverCatch { get; init; } = 1.0;

    /// <summary>…and its concentric takes at most this share of theirs.</summary>
    public double MomentumConcentricRatio { get; init; } = 0.95;

    /// <summary>Rushed eccentric: a lowering stopped at least this many times as hard (peak rate of change of the
    /// force around its end) as the reps around it — a dropped weight is caught —…</summary>
    public double RushedLandingRatio { get; init; } = 1.3;

    /// <summary>…that took less than this share of the time theirs took…</summary>
    public double RushedEccentricRatio { get; init; } = 0.7;

    /// <summary>…or, where the policy prescribes a slow, controlled lowering, less than this share of the rep's own
    /// concentric.</summary>
    public double ControlledEccentricRatio { get; init; } = 0.8;

    /// <summary>Partial rep: range of motion below this share of the set's typical rep.</summary>
    public double PartialRangeRatio { get; init; } = 0.65;

    /// <summary>Missing pause: a prescribed pause shorter than this share of the prescription (or of
    /// <see cref="DefaultPrescribedPauseS"/> when the article gives no number).</summary>
    public double MissingPauseRatio { get; init; } = 0.4;

    /// <summary>Where the policy prescribes no pause, a set whose reps typically hold this long or longer pauses by
    /// choice; a rep that skips it has a missing pause (noted, not a fault).</summary>
    public double PausedHoldS { get; init; } = 0.3;

    /// <summary>A pause "for a moment" when the article names no duration.</summary>
    public double DefaultPrescribedPauseS { get; init; } = 1.0;

    /// <summary>A dead stop lasts at least this long on the floor.</summary>
    public double DeadStopS { get; init; } = 0.3;

    /// <summary>Tempo drift: the set's last two reps take this many percent longer than its first two.</summary>
    public double TempoDriftPct { get; init; } = 25;
}
