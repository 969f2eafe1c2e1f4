namespace RepSense.Analysis.Simulation;

/// <summary>
/// Makes realistic IMU recordings of lifting sessions whose truth is known. Deterministic: everything random is drawn
/// from <see cref="SimulationPlan.Seed"/> (System.Random, no global state), so a plan always gives the same samples.
/// </summary>
public static class Simulator
{
    /// <exception cref="ArgumentException">The plan is out of range (see <see cref="SimulationPlan.Validate"/>).</exception>
    public static SimulatedRecording Simulate(SimulationPlan plan)
    {
        plan.Validate();
        var mount = plan.Mount ?? Rotation.Uniform(new Random(SimulationSeeds.Derive(plan.Seed, SimulationSeeds.Mount)));
        var (trajectory, sets) = SessionComposer.Compose(
            plan.Session, mount, new Random(SimulationSeeds.Derive(plan.Seed, SimulationSeeds.Motion)));
        var tracks = SensorSampler.Sample(trajectory, plan, new Random(SimulationSeeds.Derive(plan.Seed, SimulationSeeds.Sensor)));
        var truth = TruthBuilder.Build(sets, tracks);
        return new SimulatedRecording(tracks, truth, Spans(trajectory), mount) { Trajectory = trajectory };
    }

    private static IReadOnlyList<TimelineSpan> Spans(Trajectory trajectory)
    {
        var spans = new List<TimelineSpan>();
        foreach (var segment in trajectory.Segments)
        {
            double start = segment.StartMs / 1000.0, end = segment.EndMs / 1000.0;
            if (spans.Count > 0 && spans[^1].Kind == segment.Kind && spans[^1].SetIndex == segment.SetIndex)
                spans[^1] = spans[^1] with { EndS = end };
            else
                spans.Add(new TimelineSpan(segment.Kind, start, end, segment.SetIndex));
        }
        return spans;
    }
}
