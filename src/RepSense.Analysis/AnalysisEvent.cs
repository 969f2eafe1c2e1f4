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
