using RepSense.Analysis.Reps;

namespace RepSense.Analysis.Tempo;

/// <summary>
/// One rep timed: its boundaries at the onset and end of movement (see Rep anatomy), its four phases, how far it
/// went and how hard it started, and its flags. Durations are seconds; <see cref="BottomHoldS"/> or
/// <see cref="TopHoldS"/> is null for the pause after the set's last rep (there is none). A rep the data cut before
/// it came back (<see cref="Rep.SecondHalfCut"/>: the set's last, or the last before a hole) has only its first half
/// timed, and that only where the wrist was seen to stop at the turn; its other phases, its range and effort are null
/// and it is not judged.
/// </summary>
/// <param name="Counted">The rep as the counter found it.</param>
/// <param name="StartS">Movement begins (leaving the rest position).</param>
/// <param name="TurnS">Middle of the turn (of the hold there, if any).</param>
/// <param name="EndS">Movement ends (back at rest).</param>
/// <param name="ConcentricS">The lifting half, seconds.</param>
/// <param name="TopHoldS">The pause after the concentric; null after the set's last rep of an eccentric-first
/// exercise.</param>
/// <param name="EccentricS">The lowering half, seconds.</param>
/// <param name="BottomHoldS">The pause after the eccentric; null after the set's last rep of a concentric-first
/// exercise.</param>
/// <param name="Phases">The phases in the order they happened.</param>
/// <param name="RangeOfMotion">Excursion from rest to turn over the set's median excursion (1 = typical).</param>
/// <param name="PeakEffort">How hard the concentric started — the largest change of the force the wrist feels (its
/// acceleration, and the tilt so far) in the concentric's first part — over the set's median of the same (1 =
/// typical; a momentum rep starts much harder).</param>
/// <param name="Flags">What the tempo analysis flagged on this rep.</param>
public sealed record RepTempo(
    Rep Counted,
    double StartS,
    double TurnS,
    double EndS,
    double? ConcentricS,
    double? TopHoldS,
    double? EccentricS,
    double? BottomHoldS,
    IReadOnlyList<RepPhase> Phases,
    double? RangeOfMotion,
    double? PeakEffort,
    IReadOnlyList<TempoFlag> Flags)
{
    public int Index => Counted.Index;
    public bool IsClean => Flags.All(f => f.Severity != FlagSeverity.Fault);
}

/// <summary>Where the analysis learned which half of a rep is the concentric.</summary>
public enum ConcentricSource
{
    /// <summary>From the exercise's motion in the catalog (its concentric direction relative to gravity).</summary>
    Exercise,
    /// <summary>From the signal: the half in which the hand rises (lifting against gravity) when the set shows it
    /// clearly, else the faster half (the lowering is the controlled one).</summary>
    Signal,
}

/// <summary>The tempo of one set: its reps timed and flagged, and the flags on the set as a whole (tempo-drift). The
/// set's typical tempo, time under tension and slow-down follow from the reps by <see cref="SetTempoSummary"/>.</summary>
/// <param name="SetIndex">The set it describes.</param>
/// <param name="ConcentricFrom">How the concentric half was told.</param>
/// <param name="StartsWithConcentric">Whether each rep's first half is the concentric.</param>
/// <param name="Reps">Each rep timed and flagged.</param>
/// <param name="Flags">Flags on the whole set.</param>
public sealed record SetTempo(
    int SetIndex,
    ConcentricSource ConcentricFrom,
    bool StartsWithConcentric,
    IReadOnlyList<RepTempo> Reps,
    IReadOnlyList<TempoFlag> Flags);
