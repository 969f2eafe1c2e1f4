using RepSense.Analysis.Reps;
using RepSense.Analysis.Sets;

namespace RepSense.Analysis;

/// <summary>
/// What the streaming analyzer reports, in stream order. <see cref="AtS"/> is the stream time (seconds from the
/// recording's start) of the newest sample when the event was emitted; the difference from a rep's end is the
/// analyzer's latency.
/// </summary>
public abstract record AnalysisEvent(double AtS);

/// <summary>A rep train was recognised as a set. Its reps so far follow as <see cref="RepCounted"/>.</summary>
public sealed record SetStarted(int SetIndex, double StartS, double PeriodS, double AtS) : AnalysisEvent(AtS);

/// <summary>A rep is final: it will not change and will not be retracted.</summary>
public sealed record RepCounted(int SetIndex, Rep Rep, double AtS) : AnalysisEvent(AtS);

/// <summary>A set is over (rest, a hole in the recording, or the end of the stream).</summary>
public sealed record SetEnded(SetSegment Set, double AtS) : AnalysisEvent(AtS);

/// <summary>The recording has a hole; nothing is interpolated across it and no set spans it.</summary>
public sealed record SignalGap(double FromS, double ToS) : AnalysisEvent(ToS);

/// <summary>
/// A movement cycle that may be a rep of a set not yet recognised, reported as it completes so a live display can
/// count along (only when <see cref="Reps.CountingOptions.ProvisionalReps"/> is on). Not final: when a set is
/// recognised, its <see cref="SetStarted"/> and <see cref="RepCounted"/> events replace every provisional rep reported
/// before it; when the movement stops without a set, <see cref="ProvisionalRepsWithdrawn"/> takes them back.
/// </summary>
/// <param name="Number">Its number in the current count (1-based): since the burst of movement began, or the last
/// withdrawal. Right after a withdrawal the last cycle withdrawn may be reported again, as rep 1.</param>
/// <param name="StartS">Where the cycle left rest.</param>
/// <param name="TurnS">Its turning point.</param>
/// <param name="EndS">Where it was seen on its way back (before the rest it returns to: reported early).</param>
/// <param name="AtS">Stream time of the newest sample when it was reported.</param>
public sealed record ProvisionalRep(int Number, double StartS, double TurnS, double EndS, double AtS) : AnalysisEvent(AtS);

/// <summary>The <paramref name="Count"/> provisional reps reported since the last set, withdrawal or the start were not
/// reps of a set, or not all of them: the movement stopped without one, or the count starts anew — at a cycle of
/// another size (a set's first rep after the set-up's moves), or at a cycle after a pause, when the one before it is
/// reported again as rep 1.</summary>
public sealed record ProvisionalRepsWithdrawn(int Count, double AtS) : AnalysisEvent(AtS);
