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
        int k = 0;
        while (k < events.Count)
        {
            switch (events[k++])
            {
                case RepCounted inside:
                    score = score.Add(Inside(inside));
                    break;
                case SetStarted set:
                    // The reps announced with the set follow it; they are scored as first reps, not inside ones.
                    int announced = k - 1;
                    for (; k < events.Count && IsAnnouncedWith(events[k], set); k++)
                        score = score.Add(First(((RepCounted)events[k]).Rep, set, events, since, announced));
                    since = k;
                    break;
            }
        }
        return score;
    }

    private static bool IsAnnouncedWith(AnalysisEvent e, SetStarted set) =>
        e is RepCounted rep && rep.SetIndex == set.SetIndex && rep.AtS == set.AtS;

    private static LiveDisplayScore Inside(RepCounted rep) =>
        new(0, 0, 0, 0, 1, rep.AtS - rep.Rep.EndS <= DeadlineS + Tolerance ? 1 : 0);

    /// <summary>A first rep of <paramref name="set"/>, announced at <paramref name="announced"/>; the provisional
    /// lines that stood for it are among the events from <paramref name="since"/> on.</summary>
    private static LiveDisplayScore First(Rep rep, SetStarted set, IReadOnlyList<AnalysisEvent> events, int since, int announced)
    {
        double deadline = rep.EndS + DeadlineS + Tolerance;
        bool setShown = set.AtS <= deadline;
        int shown = setShown ? rep.Index : ProvisionalCount(events, since, announced, deadline);
        bool reported = setShown || FirstLine(events, since, announced, rep.EndS, set.PeriodS / 2) <= deadline;
        return new(1, shown == rep.Index ? 1 : 0, Math.Abs(shown - rep.Index) <= 1 ? 1 : 0, reported ? 1 : 0, 0, 0);
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
            if (events[i] is not ProvisionalRep) continue;
            var p = (ProvisionalRep)events[i];
            double off = Math.Abs(p.EndS - endS);
            if (off > withinS || off > nearest) continue;
            if (off < nearest) (nearest, firstAtS) = (off, p.AtS);
            else firstAtS = Math.Min(firstAtS, p.AtS);
        }
        return firstAtS;
    }

    private static double Pct(int part, int whole) => whole == 0 ? double.NaN : Math.Round(100.0 * part / whole, 1);
}
