namespace RepSense.Analysis.Reps;

/// <summary>
/// The rep counter's parameters. The defaults are physical or statistical choices that hold for any exercise,
/// wrist and device — none is fitted to one recording. Fractions are of the set's own typical value (its period, its
/// typical swing), so the counter scales itself to each set.
/// </summary>
public sealed record CountingOptions
{
    /// <summary>Periodicity that starts a rep train (normalised correlation at one period).</summary>
    public double RhoOn { get; init; } = 0.55;
    /// <summary>Periodicity below which a started train stops.</summary>
    public double RhoOff { get; init; } = 0.40;
    /// <summary>Mean periodicity a set must have over its train.</summary>
    public double RhoMean { get; init; } = 0.50;
    /// <summary>Movement below this RMS (m/s², band-passed) is rest; periodicity is not even evaluated.</summary>
    public double EnergyGateMs2 { get; init; } = 0.15;
    /// <summary>How long (in periods) a train must be periodic before it is taken for a set.</summary>
    public double ConfirmPeriods { get; init; } = 1.0;
    /// <summary>Fewest reps in a set: two cycles are not enough to tell a set from a fidget.</summary>
    public int MinReps { get; init; } = 3;
    /// <summary>Shortest set, seconds from its first rep's start to its last rep's end. Shorter bursts of periodic
    /// movement are the set-up around a set (gripping, un-racking, positioning a bench): they last a few seconds at
    /// a quick cadence. A set is announced only once it has lasted this long.</summary>
    public double MinSetS { get; init; } = 7.0;
    /// <summary>A set shorter than <see cref="MinSetS"/> is announced once it has this many reps, if they are quick
    /// and forceful (<see cref="QuickSetMinSwingMs2"/>, <see cref="QuickSetMinSwingRad"/>): five reps of a second each
    /// (tempo 0.5-0-0.5-0) last about six seconds, and the set-up around a set rarely repeats five times.</summary>
    public int QuickSetReps { get; init; } = 5;
    /// <summary>Smallest typical swing of a quick set counted in acceleration: a rep of a second moves the wrist hard
    /// (a curl's tilt alone swings gravity's share by several m/s²), the fidgets and re-racking that can repeat five
    /// times in a few seconds do not. Real sets reach 1.4-2 m/s² at the slow end; the false quick sets measured on
    /// the Apple Watch sessions swing 1.6 and 2.4 m/s², simulated one-second reps 8-17 m/s² (3-6 measured alike).</summary>
    public double QuickSetMinSwingMs2 { get; init; } = 4.0;
    /// <summary>Smallest typical swing of a quick set counted in the forearm's rotation (about 17°; simulated
    /// one-second chin-ups swing 0.48 rad).</summary>
    public double QuickSetMinSwingRad { get; init; } = 0.3;
    /// <summary>Low-pass cut-off of the counting signal, in cycles per rep period.</summary>
    public double SmoothCyclesPerPeriod { get; init; } = 1.5;
    /// <summary>Hysteresis of turning points, as a fraction of the set's typical peak-to-peak range.</summary>
    public double Hysteresis { get; init; } = 0.25;
    /// <summary>Smallest swing of a rep after the set's start, as a fraction of the typical swing (a partial rep at
    /// the end of a hard set still counts).</summary>
    public double MinSwing { get; init; } = 0.35;
    /// <summary>Smallest swing of a rep before the periodic core: reps at a set's start are full reps; a smaller
    /// cycle there is the set-up (un-racking, gripping).</summary>
    public double MinSwingAtStart { get; init; } = 0.35;
    /// <summary>Smallest typical swing of a set's reps in the accelerometer's counting signal, m/s² (a 3° tilt of
    /// the wrist, or a 0.5 m/s² push): below it the "reps" are sway or sensor noise.</summary>
    public double MinSwingMs2 { get; init; } = 0.5;

    /// <summary>Smallest typical swing in the gyroscope's counting signal (orientation), rad (about 6°).</summary>
    public double MinSwingRad { get; init; } = 0.1;

    /// <summary>Walking looks periodic too: a train faster than this (the stride of a walk is about a second)…</summary>
    public double WalkingMaxPeriodS { get; init; } = 1.3;

    /// <summary>…whose acceleration magnitude varies this much in the step band (1.4-2.8 Hz, the heel strikes)
    /// rather than the rep band…</summary>
    public double WalkingMinStepShare { get; init; } = 0.1;

    /// <summary>…and repeats every half period at least this well (correlation; a walk's steps are alike, the two
    /// halves of a rep are not) is a walk, not a set.</summary>
    public double WalkingMinStepRepeat { get; init; } = 0.3;

    /// <summary>Least shape correlation of a rep with the set's template.</summary>
    public double MinShapeCorrelation { get; init; } = 0.3;
    /// <summary>Least shape correlation of a rep in the set's rhythm: spacing and swing both within
    /// <see cref="RhythmTolerance"/> of the set's period and typical swing.</summary>
    public double MinShapeCorrelationInRhythm { get; init; } = 0.1;

    /// <summary>How close, as a fraction, a rep's spacing and swing must be to the set's period and typical swing for
    /// the rep to be in the set's rhythm.</summary>
    public double RhythmTolerance { get; init; } = 0.25;

    /// <summary>Widest spacing of the reps before the periodic core, in periods.</summary>
    public double MaxSpacingPeriodsAtStart { get; init; } = 1.4;

    /// <summary>Least shape correlation of the reps before the periodic core.</summary>
    public double MinShapeCorrelationAtStart { get; init; } = 0.5;

    /// <summary>Widest and narrowest spacing of consecutive reps, in periods.</summary>
    public double MaxSpacingPeriods { get; init; } = 2.0;
    public double MinSpacingPeriods { get; init; } = 0.4;
    /// <summary>A cycle later than this after the previous rep, in periods (half a period out of the rhythm)…</summary>
    public double LateSpacingPeriods { get; init; } = 1.5;
    /// <summary>…must swing at least this fraction of the set's reps so far (their median) to be a rep: late and
    /// small at once is the weight being put down or re-racked, or a fidget after the set. A partial rep in the
    /// rhythm, or a slow one of most of the range, still counts.</summary>
    public double MinSwingWhenLate { get; init; } = 0.6;
    /// <summary>How far before the periodic core a set's first rep is looked for, in periods.</summary>
    public double EdgePeriods { get; init; } = 1.25;
    /// <summary>Longest hole in the data a set under way is carried across (a Bluetooth dropout, a recorder paused and
    /// resumed). Half the shortest rest between sets a programme prescribes (30 s): a hole this short cannot hide the
    /// end of one set, a rest and the start of the next.</summary>
    public double MaxHoleInSetS { get; init; } = 15.0;
    /// <summary>Seconds of signal kept for looking back when a set is recognised.</summary>
    public double HistoryS { get; init; } = 120;
    /// <summary>A rep is final once its end lies this far behind the newest sample (the smoothing needs a little of
    /// the future to place the turning point).</summary>
    public double CommitLagS { get; init; } = 1.0;
    /// <summary>How often an announced set is followed: a rep inside it is final up to <see cref="CommitLagS"/> plus
    /// this after its end. Each follow recomputes the set's recent signal, so a shorter interval costs time in
    /// proportion (a live display can afford it, a batch of files hardly). Sets are looked for every half second
    /// whatever this is (each look is a chance to take a fidget for a set), and followed at those looks too: a longer
    /// interval acts as half a second.</summary>
    public double FollowHopS { get; init; } = 0.5;

    /// <summary>How much better the correlation at twice the found period must be for the rep to be taken as twice
    /// as long (the found period was half a rep).</summary>
    public double DoublePeriodMargin { get; init; } = 0.05;

    /// <summary>How many typical swings the newest rep of a set about to be announced may swing before the set is
    /// taken for one learned from its set-up and learned again. The set-up before a set can move at the reps' pace
    /// (the waypoints of taking a stance, gripping, bracing), and when its moves are the first periodic stretch the
    /// set's typical swing is theirs, a fraction of the reps'. Reps of one set do not grow that much from one to the
    /// next; a single rep larger than this after the core is the real set beginning.</summary>
    public double RelearnSwingRatio { get; init; } = 2.5;

    /// <summary>Whether to report provisional reps (<see cref="ProvisionalRep"/>) while no set is recognised, for a live
    /// display. Off for files: they change nothing that is counted.</summary>
    public bool ProvisionalReps { get; init; }

    public static CountingOptions Default { get; } = new();
}
