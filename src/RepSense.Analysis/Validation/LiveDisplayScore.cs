using RepSense.Analysis.Reps;

namespace RepSense.Analysis.Validation;

/// <summary>
/// How well a live display keeps up with the lifter, scored from an analysis's events in stream time: a rep should
/// reach the screen within <see cref="DeadlineS"/> of its end. A rep inside a set is on time when it is final within
/// the deadline. A set's first reps are final only when the set is recognised, seconds later; until then the display
/// counts along with provisional reps (<see cref="ProvisionalRep"/>), which the lifter reads as a count — so a first
/// rep is scored twice: whether any line reported its cycle in time (the nearest provisional line ending within half
/// the set's period of it, or the set's announcement), and whether the count on the screen a deadline after its end
/// was its number (the set's, once announced; else the number of the last provisional line since the last set or
/// withdrawal, as <c>repsense live</c> shows it).
/// </summary>
/// <param name="FirstReps">Reps announced with their set's recognition.</param>
/// <param name="FirstShownRight">Of them, those whose number was the count on the screen at the deadline.</param>
/// <param name="FirstShownWithinOne">Of them, those with the count on the screen within one of their number.</param>
/// <param name="FirstReportedInTime">Of them, those some line reported by the deadline.</param>
/// <param name="InsideReps">Reps final after their set's recognition.</param>
/// <param name="InsideFinalInTime">Of them, those final by the deadline.</param>
public sealed record LiveDisplayScore(int FirstReps, int FirstShownRight, int FirstShownWithinOne, int FirstReportedInTime,
                                      int InsideReps, int InsideFinalInTime)
{
    /// <summary>How soon after its end a rep should be on the screen (issue 7: 1 s).</summary>
    public const double DeadlineS = 1.0;

    public static LiveDisplayScore None { get; } = new(0, 0, 0, 0, 0, 0);

    public double FirstShownRightPct => Pct(FirstShownRight, FirstReps);
    public double FirstShownWithinOnePct => Pct(FirstShownWithinOne, FirstReps);
    public double FirstReportedInTimePct => Pct(FirstReportedInTime, FirstReps);
    public double InsideFinalInTimePct => Pct(InsideFinalInTime, InsideReps);

    public LiveDisplayScore Add(LiveDisplayScore other) => new(
        FirstReps + other.FirstReps, FirstShownRight + other.FirstShownRight, FirstShownWithinOne + other.FirstShownWithinOne,
        FirstReportedInTime + other.FirstReportedInTime, InsideReps + other.InsideReps, InsideFinalInTime + other.InsideFinalInTime);

    /// <summary>Scores the events of one analysis with provisional reps on (in stream order).</summary>
    public static LiveDisplayScore Of(IReadOnlyList<AnalysisEvent> events)
    {
        var score = None;
        int since = 0; // the first event after the previous set's announcement
        for (int k = 0; k < events.Count; k++)
        {
            if (events[k] is RepCounted inside)
            {
                bool final = inside.AtS - inside.Rep.EndS <= DeadlineS + Tolerance;
                score = score.Add(new(0, 0, 0, 0, 1, final ? 1 : 0));
            }
            if (events[k] is not SetStarted set) continue;
            int j = k + 1;
            for (; j < events.Count && events[j] is RepCounted first && first.SetIndex == set.SetIndex && first.AtS == set.AtS; j++)
            {
                double deadline = first.Rep.EndS + DeadlineS + Tolerance;
                int shown = set.AtS <= deadline ? first.Rep.Index : ProvisionalCount(events, since, k, deadline);
                bool reported = set.AtS <= deadline || FirstLine(events, since, k, first.Rep.EndS, set.PeriodS / 2) <= deadline;
                score = score.Add(new(1, shown == first.Rep.Index ? 1 : 0, Math.Abs(shown - first.Rep.Index) <= 1 ? 1 : 0,
                                      reported ? 1 : 0, 0, 0));
            }
            since = j;
            k = j - 1; // the reps announced with the set are scored as first reps, not inside ones
        }
        return score;
    }

    /// <summary>Stream times are sums of sample intervals: a rep final exactly at the deadline is on time.</summary>
    private const double Tolerance = 1e-9;

    /// <summary>The provisional count on the screen once every event of <paramref name="from"/>..<paramref name="to"/>
    /// emitted by <paramref name="atS"/> has been shown.</summary>
    private static int ProvisionalCount(IReadOnlyList<AnalysisEvent> events, int from, int to, double atS)
    {
        int shown = 0;
        for (int i = from; i < to && events[i].AtS <= atS; i++)
            shown = events[i] switch { ProvisionalRep p => p.Number, ProvisionalRepsWithdrawn => 0, _ => shown };
        return shown;
    }

    /// <summary>When the cycle of a rep ending at <paramref name="endS"/> was first reported by a provisional line
    /// (withdrawn or not): the line ending nearest it, within <paramref name="withinS"/>, and the earliest of the lines
    /// for that same cycle; infinity when none.</summary>
    private static double FirstLine(IReadOnlyList<AnalysisEvent> events, int from, int to, double endS, double withinS)
    {
        double nearest = double.PositiveInfinity, firstAtS = double.PositiveInfinity;
        for (int i = from; i < to; i++)
        {
            if (events[i] is not ProvisionalRep p) continue;
            double off = Math.Abs(p.EndS - endS);
            if (off > withinS || off > nearest) continue;
            if (off < nearest) (nearest, firstAtS) = (off, p.AtS);
            else firstAtS = Math.Min(firstAtS, p.AtS);
        }
        return firstAtS;
    }

    private static double Pct(int part, int whole) => whole == 0 ? double.NaN : Math.Round(100.0 * part / whole, 1);
}
