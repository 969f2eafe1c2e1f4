namespace RepSense.Analysis.Simulation;

/// <summary>A set as performed: the plan and its reps, in recording time.</summary>
internal sealed record ScheduledSet(int Index, SetPlan Plan, IReadOnlyList<ScheduledRep> Reps)
{
    public long StartMs => Reps[0].StartMs;
    public long EndMs => Reps[^1].EndMs;
}
