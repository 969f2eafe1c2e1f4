namespace RepSense.Analysis.Simulation;

/// <summary>Turns a set plan into rep timings: the tempo with rep-to-rep variation, fatigue, and the faults.</summary>
internal static class RepScheduler
{
    /// <summary>Shortest concentric of a momentum rep, and the share of the planned concentric it keeps.</summary>
    private const double MomentumConcentricShare = 0.45, MomentumMinS = 0.3, MomentumMaxS = 0.7;

    /// <summary>A rushed eccentric keeps this share of the planned eccentric, and is at most this share of the
    /// rep's concentric.</summary>
    private const double RushedShareOfPlan = 0.35, RushedShareOfConcentric = 0.7, RushedMinS = 0.25;

    /// <summary>Schedules <paramref name="plan"/>'s reps starting at <paramref name="startMs"/>. Every rep draws the
    /// same amount of randomness whatever its faults, so adding a fault changes only that rep.</summary>
    public static IReadOnlyList<ScheduledRep> Schedule(SetPlan plan, long startMs, double variationPct, Random random)
    {
        var tempo = plan.Tempo;
        bool concentricFirst = plan.Exercise.Model.ConcentricFirst;
        double sigma = variationPct / 100;
        double Vary() => Math.Exp(sigma * random.NextGaussian());
        // A tempo's "0" still takes a moment to turn around in; a prescribed pause varies like the phases.
        double Hold(double prescribedS)
        {
            double varied = prescribedS * Vary();
            double turnaround = random.NextUniform(0.05, 0.2);
            return prescribedS > 0 ? varied : turnaround;
        }

        var reps = new List<ScheduledRep>(plan.Reps);
        long now = startMs;
        for (int i = 0; i < plan.Reps; i++)
        {
            var faults = plan.FaultsOf(i + 1);
            double progress = plan.Reps > 1 ? i / (plan.Reps - 1.0) : 0;
            double fatigue = plan.FatiguePct / 100 * Math.Pow(progress, 1.5);
            double concentric = tempo.ConcentricS * Vary() * (1 + fatigue);
            double eccentric = tempo.EccentricS * Vary() * (1 + fatigue / 2);
            double top = Hold(tempo.TopPauseS);
            double bottom = Hold(tempo.BottomPauseS);
            double range = Math.Clamp(1 + 0.04 * random.NextGaussian(), 0.9, 1.1);
            double partial = random.NextUniform(0.4, 0.6);
            double skippedTop = random.NextUniform(0, 0.06), skippedBottom = random.NextUniform(0, 0.06);

            if (faults.HasFlag(RepFaults.Momentum))
                concentric = Math.Clamp(concentric * MomentumConcentricShare, MomentumMinS, MomentumMaxS);
            if (faults.HasFlag(RepFaults.RushedEccentric))
                eccentric = Math.Max(RushedMinS, Math.Min(eccentric * RushedShareOfPlan, concentric * RushedShareOfConcentric));
            if (faults.HasFlag(RepFaults.MissingPause))
            {
                if (tempo.TopPauseS >= SimulationPlan.SkippablePauseS) top = skippedTop;
                if (tempo.BottomPauseS >= SimulationPlan.SkippablePauseS) bottom = skippedBottom;
            }
            if (faults.HasFlag(RepFaults.PartialRange)) range = partial;

            var (first, turnHold, second, pause) = concentricFirst
                ? (concentric, top, eccentric, bottom)
                : (eccentric, bottom, concentric, top);
            bool last = i == plan.Reps - 1;
            var rep = new ScheduledRep(i + 1, now, Ms(first, 1), Ms(turnHold, 0), Ms(second, 1),
                last ? null : Ms(pause, 0), range, faults);
            reps.Add(rep);
            now = rep.EndMs + (rep.PauseAfterMs ?? 0);
        }
        return reps;
    }

    private static long Ms(double seconds, long min) => Math.Max(min, (long)Math.Round(seconds * 1000));
}
