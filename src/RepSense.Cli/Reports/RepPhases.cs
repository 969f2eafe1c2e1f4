using RepSense.Analysis.Reports;

namespace RepSense.Cli.Reports;

/// <summary>
/// Places reps' phases on the time axis from what a <see cref="RepReport"/> holds: the anchors (start, turn, end)
/// and the four phase durations. The anchors win where the two disagree, so shading always lines up with the rep
/// boundaries drawn on the same plot.
/// </summary>
public static class RepPhases
{
    /// <summary>
    /// Which half is concentric, decided for the whole set from its numbers (a set is one exercise): the order whose
    /// predicted halves (turn − start and end − turn, less half the hold between them) are closer, summed over the
    /// reps, to the reported concentric and eccentric times. A tie, including a set without phase data, reads as
    /// <see cref="PhaseOrder.ConcentricFirst"/>, the order of the pulls, rows and deadlifts RepSense is built for.
    /// </summary>
    public static PhaseOrder InferOrder(IEnumerable<RepReport> reps)
    {
        double concentricFirstError = 0, eccentricFirstError = 0;
        foreach (var rep in reps)
        {
            if (rep.ConcentricS is not double concentric || rep.EccentricS is not double eccentric) continue;
            double top = rep.TopHoldS ?? 0, bottom = rep.BottomHoldS ?? 0;
            concentricFirstError += Math.Abs(rep.TurnS - top / 2 - rep.StartS - concentric) + Math.Abs(rep.EndS - rep.TurnS - top / 2 - eccentric);
            eccentricFirstError += Math.Abs(rep.TurnS - bottom / 2 - rep.StartS - eccentric) + Math.Abs(rep.EndS - rep.TurnS - bottom / 2 - concentric);
        }
        return eccentricFirstError < concentricFirstError ? PhaseOrder.EccentricFirst : PhaseOrder.ConcentricFirst;
    }

    /// <summary>The kinds in the time order of one rep: first half, hold at the turn, second half, pause after.</summary>
    public static IReadOnlyList<PhaseKind> KindsInTimeOrder(PhaseOrder order) => order == PhaseOrder.ConcentricFirst
        ? [PhaseKind.Concentric, PhaseKind.TopHold, PhaseKind.Eccentric, PhaseKind.BottomHold]
        : [PhaseKind.Eccentric, PhaseKind.BottomHold, PhaseKind.Concentric, PhaseKind.TopHold];

    /// <summary>
    /// The rep's phases in time order: the first half from <see cref="RepReport.StartS"/>, the hold centred on
    /// <see cref="RepReport.TurnS"/> (kept inside the rep), the second half up to <see cref="RepReport.EndS"/>, and
    /// the pause from the end for its reported duration, cut at <paramref name="nextRepStartS"/>. Phases of zero
    /// length are left out. Empty when the tempo analysis has not run (concentric and eccentric time null); a rep
    /// with one half timed (the recording cut it before it came back) has that first half alone; a null hold is taken
    /// as none.
    /// </summary>
    public static IReadOnlyList<PhaseInterval> Lay(RepReport rep, PhaseOrder order, double? nextRepStartS = null)
    {
        if (rep.ConcentricS is null && rep.EccentricS is null) return [];
        if (rep.ConcentricS is null || rep.EccentricS is null)
        {
            var seen = rep.ConcentricS is null ? PhaseKind.Eccentric : PhaseKind.Concentric;
            double endS = Math.Min(rep.EndS, rep.StartS + Duration(rep, seen)!.Value);
            return endS > rep.StartS ? [new PhaseInterval(rep.Index, seen, rep.StartS, endS)] : [];
        }
        var kinds = KindsInTimeOrder(order);
        double hold = Duration(rep, kinds[1]) ?? 0, pause = Duration(rep, kinds[3]) ?? 0;
        double holdStart = Math.Clamp(rep.TurnS - hold / 2, rep.StartS, rep.EndS);
        double holdEnd = Math.Clamp(rep.TurnS + hold / 2, holdStart, rep.EndS);
        double pauseEnd = rep.EndS + pause;
        if (nextRepStartS is double next) pauseEnd = Math.Min(pauseEnd, Math.Max(next, rep.EndS));

        var phases = new List<PhaseInterval>(4);
        Add(kinds[0], rep.StartS, holdStart);
        Add(kinds[1], holdStart, holdEnd);
        Add(kinds[2], holdEnd, rep.EndS);
        Add(kinds[3], rep.EndS, pauseEnd);
        return phases;

        void Add(PhaseKind kind, double startS, double endS)
        {
            if (endS > startS) phases.Add(new PhaseInterval(rep.Index, kind, startS, endS));
        }
    }

    /// <summary>The reported duration of <paramref name="kind"/> (null when not analysed).</summary>
    public static double? Duration(RepReport rep, PhaseKind kind) => kind switch
    {
        PhaseKind.Concentric => rep.ConcentricS,
        PhaseKind.TopHold => rep.TopHoldS,
        PhaseKind.Eccentric => rep.EccentricS,
        _ => rep.BottomHoldS,
    };
}
