using System.Text.Json;
using System.Text.Json.Serialization;
using RepSense.Analysis;
using RepSense.Analysis.Reports;
using RepSense.Cli.Commands.Analyze;

namespace RepSense.Cli.Commands.Live;

/// <summary>Prints the events of a live session, one line each: readable text, or one JSON object per line.</summary>
/// <remarks>In text, holes are listed up to <see cref="MaxGapsListed"/> like other repeated problems: input whose
/// times are not seconds is all holes, and thousands of them would bury the sets. JSON lines carry every one.</remarks>
internal sealed class LiveEventWriter(TextWriter output, bool json)
{
    public const int MaxGapsListed = 20;

    /// <summary>Provisional reps printed since the last set or withdrawal.</summary>
    private int _provisional;

    /// <summary>Holes seen, listed or not.</summary>
    public int GapCount { get; private set; }

    /// <summary>Holes not printed (text only).</summary>
    public int GapsNotListed => json ? 0 : Math.Max(0, GapCount - MaxGapsListed);

    public void Write(AnalysisEvent e)
    {
        if (e is SignalGap && ++GapCount > MaxGapsListed && !json)
        {
            if (GapCount == MaxGapsListed + 1) output.WriteLine($"(more holes in the input; they are not listed, their number comes at the end)");
            output.Flush();
            return;
        }
        output.WriteLine(json ? LiveJson.Serialize(LiveEvent.Of(e)) : Text(e));
        output.Flush();
        _provisional = e switch { ProvisionalRep p => p.Number, SetStarted or ProvisionalRepsWithdrawn => 0, _ => _provisional };
    }

    private string Text(AnalysisEvent e) => e switch
    {
        ProvisionalRep p => $"rep {p.Number}? {AnalyzeTable.Clock(p.StartS)}-{AnalyzeTable.Clock(p.EndS)} (provisional, until a set is recognised)",
        ProvisionalRepsWithdrawn w => $"{Count(w.Count, "provisional rep")} withdrawn (not reps of a set)",
        SetStarted s => $"set {s.SetIndex} started at {AnalyzeTable.Clock(s.StartS)}, a rep every {s.PeriodS:0.0} s" +
                        (_provisional > 0 ? $" (its reps below replace {Count(_provisional, "provisional one")})" : ""),
        RepCounted r => $"set {r.SetIndex} rep {r.Rep.Index}: {AnalyzeTable.Clock(r.Rep.StartS)}-{AnalyzeTable.Clock(r.Rep.EndS)}" +
                        (r.Rep.SecondHalfCut ? " (the input stopped during it)" : ""),
        SetEnded s => $"set {s.Set.Index} ended at {AnalyzeTable.Clock(s.Set.EndS)}: {s.Set.RepCount} reps",
        SignalGap g => $"no samples from {AnalyzeTable.Clock(g.FromS)} to {AnalyzeTable.Clock(g.ToS)}",
        _ => e.ToString(),
    };

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

/// <summary>One event as a JSON line; fields that do not apply to the kind of event are null. Times are seconds from
/// the stream's first sample.</summary>
/// <param name="Event">setStarted, rep, setEnded, gap, provisionalRep or provisionalWithdrawn.</param>
/// <param name="Set">The set's 1-based index.</param>
/// <param name="Rep">The rep's 1-based index in its set; of a provisional rep, its number since the last set or
/// withdrawal.</param>
/// <param name="StartS">Start of the rep or set; of a gap, its last sample before.</param>
/// <param name="TurnS">The rep's turning point.</param>
/// <param name="EndS">End of the rep or set; of a gap, its first sample after.</param>
/// <param name="SecondHalfCut">Of a rep: whether the input stopped before it came back (its end is the last sample before the stop).</param>
/// <param name="PeriodS">The set's typical rep period.</param>
/// <param name="Reps">Reps in the set, when it ends; provisional reps withdrawn.</param>
/// <param name="AtS">Stream time of the newest sample when the event was emitted: its latency is AtS − EndS.</param>
internal sealed record LiveEvent(
    string Event, int? Set, int? Rep, double? StartS, double? TurnS, double? EndS, bool? SecondHalfCut, double? PeriodS,
    int? Reps, double AtS)
{
    public static LiveEvent Of(AnalysisEvent e) => e switch
    {
        SetStarted s => new("setStarted", s.SetIndex, null, Round(s.StartS), null, null, null, Round(s.PeriodS), null, Round(s.AtS)),
        RepCounted r => new("rep", r.SetIndex, r.Rep.Index, Round(r.Rep.StartS), Round(r.Rep.TurnS), Round(r.Rep.EndS),
                            r.Rep.SecondHalfCut, null, null, Round(r.AtS)),
        SetEnded s => new("setEnded", s.Set.Index, null, Round(s.Set.StartS), null, Round(s.Set.EndS), null, Round(s.Set.PeriodS),
                          s.Set.RepCount, Round(s.AtS)),
        SignalGap g => new("gap", null, null, Round(g.FromS), null, Round(g.ToS), null, null, null, Round(g.AtS)),
        ProvisionalRep p => new("provisionalRep", null, p.Number, Round(p.StartS), Round(p.TurnS), Round(p.EndS), null, null, null, Round(p.AtS)),
        ProvisionalRepsWithdrawn w => new("provisionalWithdrawn", null, null, null, null, null, null, null, w.Count, Round(w.AtS)),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, "Unknown analysis event."),
    };

    private static double Round(double v) => Math.Round(v, 3);
}

/// <summary>Live events in the project's convention (<see cref="JsonConventions"/>), compact: one per line.</summary>
[JsonSerializable(typeof(LiveEvent))]
internal sealed partial class LiveJson : JsonSerializerContext
{
    private static readonly LiveJson Compact = new(JsonConventions.Options(indented: false));

    public static string Serialize(LiveEvent e) => JsonSerializer.Serialize(e, Compact.LiveEvent);
}
