namespace RepSense.Analysis.Simulation;

/// <summary>
/// A set's reps: progress u along the exercise's path goes 0 → 1 in the first half, holds, returns 1 → 0 in the
/// second half, then rests at 0 until the next rep. Controlled halves follow the minimum-jerk curve; a momentum
/// concentric is thrown (peak acceleration at its start) with the body's swing, a rushed eccentric is dropped and
/// caught. Partial reps scale u.
/// </summary>
internal sealed class SetSegment(ScheduledSet set, LifterFrame frame)
    : Segment(set.StartMs, set.EndMs - set.StartMs, SpanKind.Set, set.Index)
{
    /// <summary>A momentum swing peaks and is spent within this share of the concentric.</summary>
    private const double SwingShare = 0.7;

    private readonly MotionModel model = set.Plan.Exercise.Model;

    public ScheduledSet Set => set;

    public override LifterFrame EndFrame => frame;

    public override Pose WorldAt(double localS)
    {
        double t = StartMs / 1000.0 + localS;
        var rep = RepAt(t);
        double x = t - rep.StartMs / 1000.0;
        double first = rep.FirstHalfMs / 1000.0, hold = rep.TurnHoldMs / 1000.0, second = rep.SecondHalfMs / 1000.0;
        bool momentum = rep.Faults.HasFlag(RepFaults.Momentum);
        bool rushed = rep.Faults.HasFlag(RepFaults.RushedEccentric);

        double u, swing = 0;
        if (x <= 0) u = 0;
        else if (x < first)
        {
            double s = x / first;
            bool concentric = model.ConcentricFirst;
            u = Half(s, concentric, concentric ? momentum : rushed);
            if (concentric && momentum) swing = Swing(s);
        }
        else if (x < first + hold) u = 1;
        else if (x < first + hold + second)
        {
            double s = (x - first - hold) / second;
            bool concentric = !model.ConcentricFirst;
            u = 1 - Half(s, concentric, concentric ? momentum : rushed);
            if (concentric && momentum) swing = Swing(s);
        }
        else u = 0;

        var pose = model.At(u * rep.RangeScale);
        return frame.ToWorld(model.Swing(pose, swing));
    }

    private static double Half(double s, bool concentric, bool faulty) =>
        !faulty ? MotionProfiles.MinimumJerk(s)
        : concentric ? MotionProfiles.Thrown(s)
        : MotionProfiles.Caught(s);

    private static double Swing(double s)
    {
        double x = Math.Min(s / SwingShare, 1);
        double sin = Math.Sin(Math.PI * x);
        return sin * sin;
    }

    private ScheduledRep RepAt(double t) =>
        set.Reps[TimeIndex.LastStartedBy(set.Reps, r => r.StartMs, (long)Math.Floor(t * 1000))];
}
