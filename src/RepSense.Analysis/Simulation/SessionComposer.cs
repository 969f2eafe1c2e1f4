using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// Lays a session out in time: the start tap, idle, then for each set the approach (picking up, reaching,
/// un-racking), the reps and the retreat, with rests between sets (walking to the next station when the exercise
/// changes, sometimes a glance at the watch otherwise), idle and the stop tap. All durations are whole milliseconds.
/// </summary>
internal sealed class SessionComposer
{
    private readonly Random random;
    private readonly List<Segment> segments = [];
    private readonly List<ScheduledSet> sets = [];
    private readonly List<(double, double)> loaded = [];
    private readonly List<double> taps = [];
    private LifterFrame frame = new(Vec3.Zero, 0);
    private Pose pose;
    private long now;

    private SessionComposer(Random random) => this.random = random;

    /// <summary>The trajectory and the sets as performed.</summary>
    public static (Trajectory Trajectory, IReadOnlyList<ScheduledSet> Sets) Compose(SessionPlan plan, Rotation mount, Random random)
    {
        var composer = new SessionComposer(random);
        composer.Run(plan);
        var perturbations = new Perturbations(random, composer.loaded, composer.taps);
        return (new Trajectory(composer.segments, perturbations, mount), composer.sets);
    }

    private void Run(SessionPlan plan)
    {
        pose = plan.Taps ? MotionModels.LookingAtWrist : MotionModels.Standing;
        if (plan.Taps)
        {
            Hold(random.NextMilliseconds(0.6, 0.9), SpanKind.Tap);
            taps.Add(now / 1000.0 - 0.3);
            Move(MotionModels.Standing, random.NextMilliseconds(0.9, 1.3), SpanKind.Tap);
        }
        Hold((long)Math.Round(plan.IdleBeforeS * 1000), SpanKind.Idle);

        for (int i = 0; i < plan.Sets.Count; i++)
        {
            var set = plan.Sets[i];
            if (i > 0) Rest(plan, changingStation: set.Exercise != plan.Sets[i - 1].Exercise);
            PerformSet(set, i + 1, plan.VariationPct);
        }

        Hold((long)Math.Round(plan.IdleAfterS * 1000), SpanKind.Idle);
        if (plan.Taps)
        {
            Move(MotionModels.LookingAtWrist, random.NextMilliseconds(0.9, 1.3), SpanKind.Tap);
            taps.Add(now / 1000.0 + 0.3);
            Hold(random.NextMilliseconds(0.6, 0.9), SpanKind.Tap);
        }
    }

    private void PerformSet(SetPlan plan, int index, double variationPct)
    {
        var model = plan.Exercise.Model;
        foreach (var waypoint in model.Approach)
        {
            Move(waypoint, random.NextMilliseconds(1.0, 1.8), SpanKind.Approach, index);
            Hold(random.NextMilliseconds(0.2, 0.5), SpanKind.Approach, index);
        }
        Move(model.Rest, random.NextMilliseconds(1.0, 1.6), SpanKind.Approach, index);
        Hold(random.NextMilliseconds(0.8, 1.5), SpanKind.Approach, index);
        double loadStart = now / 1000.0;

        var reps = RepScheduler.Schedule(plan, now, variationPct, random);
        var set = new ScheduledSet(index, plan, reps);
        sets.Add(set);
        Add(new SetSegment(set, frame));
        pose = model.Rest;

        Hold(random.NextMilliseconds(0.4, 0.9), SpanKind.Retreat, index);
        loaded.Add((loadStart, now / 1000.0));
        foreach (var waypoint in model.Approach.Reverse())
        {
            Move(waypoint, random.NextMilliseconds(0.9, 1.6), SpanKind.Retreat, index);
            Hold(random.NextMilliseconds(0.2, 0.4), SpanKind.Retreat, index);
        }
        Move(MotionModels.Standing, random.NextMilliseconds(0.9, 1.6), SpanKind.Retreat, index);
    }

    private void Rest(SessionPlan plan, bool changingStation)
    {
        long rest = random.NextMilliseconds(plan.RestMinS, plan.RestMaxS);
        long walk = random.NextMilliseconds(6, 10);
        bool glance = random.NextDouble() < 0.5;
        if (changingStation && rest >= walk + 4000)
        {
            long before = (long)(0.3 * (rest - walk));
            Hold(before, SpanKind.Rest);
            double turn = (random.NextDouble() < 0.5 ? -1 : 1) * random.NextUniform(0.5, 2.6);
            double stepHz = random.NextUniform(1.7, 1.9);
            double metres = 1.1 * (walk / 1000.0 - 2);
            Add(new WalkSegment(now, walk, frame, turn, metres, stepHz,
                swingRad: random.NextUniform(0.2, 0.3), bobM: random.NextUniform(0.015, 0.025),
                phase: random.NextUniform(0, 2 * Math.PI)));
            Hold(rest - walk - before, SpanKind.Rest);
            return;
        }
        long up = random.NextMilliseconds(0.8, 1.2), look = random.NextMilliseconds(2, 4), down = random.NextMilliseconds(0.8, 1.2);
        if (glance && rest >= up + look + down + 6000)
        {
            long before = (long)(random.NextUniform(0.2, 0.6) * (rest - up - look - down));
            Hold(before, SpanKind.Rest);
            Move(MotionModels.LookingAtWrist, up, SpanKind.Fidget);
            Hold(look, SpanKind.Fidget);
            Move(MotionModels.Standing, down, SpanKind.Fidget);
            Hold(rest - before - up - look - down, SpanKind.Rest);
            return;
        }
        Hold(rest, SpanKind.Rest);
    }

    private void Hold(long durationMs, SpanKind kind, int? set = null)
    {
        if (durationMs > 0) Add(new HoldSegment(now, durationMs, kind, set, frame, pose));
    }

    private void Move(Pose to, long durationMs, SpanKind kind, int? set = null)
    {
        Add(new MoveSegment(now, durationMs, kind, set, frame, pose, to));
        pose = to;
    }

    private void Add(Segment segment)
    {
        segments.Add(segment);
        now = segment.EndMs;
        frame = segment.EndFrame;
    }
}
