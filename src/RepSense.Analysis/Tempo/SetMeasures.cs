using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Tempo;

/// <summary>
/// Everything the tempo flags judge, per rep of one set (arrays indexed by rep), once the phases are placed and the
/// concentric half is known. Durations are seconds; the rest are physical amounts whose size only matters against
/// the set's other reps.
/// </summary>
/// <param name="ConcentricS">Each rep's concentric.</param>
/// <param name="EccentricS">Each rep's eccentric.</param>
/// <param name="ConcentricCoreS">Each concentric's core (<see cref="PhaseSegmenter.Marks.FirstCoreS"/>).</param>
/// <param name="Range">Range of motion over the set's typical rep (1 = typical).</param>
/// <param name="StartingForceMs2">How hard the concentric started (<see cref="RepKinematics.StartingForce"/>).</param>
/// <param name="StartingJerk">How sharply it started: the force's and, with a gyroscope, the rotation's peak rate of
/// change in its first part, each over the same of the reps around it, whichever stands out more.</param>
/// <param name="CatchJerk">The same for the end of the half just before the concentric, where a dropped lowering is
/// caught (0 where there is none: the first rep of a concentric-first set).</param>
/// <param name="Landing">How hard each eccentric was stopped: the force's peak rate of change around its end, m/s³.</param>
internal sealed record SetMeasures(
    double[] ConcentricS,
    double[] EccentricS,
    double[] ConcentricCoreS,
    double[] Range,
    double[] StartingForceMs2,
    double[] StartingJerk,
    double[] CatchJerk,
    double[] Landing)
{
    public static SetMeasures Of(TempoSignal signal, IReadOnlyList<PhaseSegmenter.Marks> marks, double[] first,
                                 double[] second, bool concentricFirst, TempoOptions options)
    {
        int n = marks.Count;
        double share = options.StartShare;
        var force = new double[n];
        var jerk = new double[n]; var turning = new double[n];
        var catchJerk = new double[n]; var catchTurning = new double[n];
        var landing = new double[n];
        for (int k = 0; k < n; k++)
        {
            var m = marks[k];
            var (start, end) = concentricFirst ? (m.MoveStart, m.HoldStart) : (m.HoldEnd, m.MoveEnd);
            double opening = start + share * (end - start);
            force[k] = RepKinematics.StartingForce(signal, concentricFirst ? m.RestBefore : m.Turn, start, end, share);
            jerk[k] = RepKinematics.PeakJerk(signal, start, opening);
            turning[k] = RepKinematics.PeakAngularAcceleration(signal, start, opening);

            var (lowerFrom, lowerTo) = concentricFirst ? (m.HoldEnd, m.MoveEnd) : (m.MoveStart, m.HoldStart);
            double lowered = lowerTo - lowerFrom;
            landing[k] = RepKinematics.PeakJerk(signal, lowerTo - share * lowered, lowerTo + share * lowered / 2);

            (double From, double To)? before = concentricFirst
                ? k > 0 ? (marks[k - 1].HoldEnd, marks[k - 1].MoveEnd) : null
                : (m.MoveStart, m.HoldStart);
            if (before is var (f, t))
            {
                catchJerk[k] = RepKinematics.PeakJerk(signal, t - share * (t - f), t);
                catchTurning[k] = RepKinematics.PeakAngularAcceleration(signal, t - share * (t - f), t);
            }
        }
        var startingJerk = new double[n];
        var caught = new double[n];
        for (int k = 0; k < n; k++)
        {
            startingJerk[k] = Neighbours.Ratio(jerk, k);
            caught[k] = Neighbours.Ratio(catchJerk, k);
            // A swing of the body about a fixed grip (a kip) turns the wrist more than it jolts it.
            if (signal.HasGyroscope)
            {
                startingJerk[k] = Math.Max(startingJerk[k], Neighbours.Ratio(turning, k));
                caught[k] = Math.Max(caught[k], Neighbours.Ratio(catchTurning, k));
            }
        }
        return new SetMeasures(
            concentricFirst ? first : second,
            concentricFirst ? second : first,
            marks.Select(m => concentricFirst ? m.FirstCoreS : m.SecondCoreS).ToArray(),
            RangesOf(signal, marks), force, startingJerk, caught, landing);
    }

    /// <summary>Each rep's range of motion relative to the set's typical rep (1 = typical): its rotation and its
    /// tilt, each over the set's median, weighted by how large each is against what a still wrist shows.</summary>
    private static double[] RangesOf(TempoSignal signal, IReadOnlyList<PhaseSegmenter.Marks> marks)
    {
        var excursions = marks.Select(m => RepKinematics.Excursion(signal, m)).ToArray();
        double rotation = Stats.Median(excursions.Select(e => e.RotationRad).ToArray());
        double tilt = Stats.Median(excursions.Select(e => e.TiltMs2).ToArray());
        double wr = rotation / (rotation + RotationNoiseRad), wt = tilt / (tilt + TiltNoiseMs2);
        return excursions.Select(e =>
        {
            double r = rotation > 0 ? e.RotationRad / rotation : 0, t = tilt > 0 ? e.TiltMs2 / tilt : 0;
            return wr + wt > 0 ? (wr * r + wt * t) / (wr + wt) : 1;
        }).ToArray();
    }

    /// <summary>A still wrist's sway, in the units of the two range measures: half a degree, 0.1 m/s².</summary>
    private const double RotationNoiseRad = 0.01, TiltNoiseMs2 = 0.1;
}
