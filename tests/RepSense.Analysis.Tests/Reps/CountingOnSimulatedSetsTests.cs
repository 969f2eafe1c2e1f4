using RepSense.Analysis.Reps;
using RepSense.Analysis.Simulation;
using RepSense.Analysis.Tests.Simulation;

namespace RepSense.Analysis.Tests.Reps;

/// <summary>
/// The counter against the simulator's truth: clean sets of every motion family at every rate from 12.5 to 200 Hz,
/// random sensor orientations, with and without a gyroscope, with the approach, re-rack, taps and idle time around
/// the set that real recordings have. The issue's target is every such set exact; the current counter reaches the
/// floors asserted here (the closing note of the counting issue gives the breakdown).
/// </summary>
public class CountingOnSimulatedSetsTests
{
    private static readonly string[] Exercises =
    [
        "deadlift", "romanian-deadlift", "back-extension", "pull-up", "chin-up", "lat-pulldown", "dumbbell-row",
        "bent-over-row", "seated-cable-row", "reverse-fly", "overhead-press", "bench-press", "biceps-curl",
    ];

    private static readonly double[] Rates = [12.5, 25, 50, 100, 200];

    private static SimulatedRecording Clean(string exercise, double rateHz, int seed, bool gyro) =>
        Simulations.AloneOnPhone(Simulations.Set(exercise, 5 + seed * 7 % 11), rateHz, seed, gyro);

    [Fact]
    public void Clean_simulated_sets_of_every_family_rate_and_orientation_are_counted()
    {
        var misses = new List<string>();
        int total = 0, exact = 0, withinOne = 0;
        foreach (var exercise in Exercises)
            foreach (var rate in Rates)
            {
                int seed = 1 + (int)rate % 7 + exercise.Length;
                var recording = Clean(exercise, rate, seed, gyro: seed % 3 != 0);
                int counted = RepPipeline.Run(Simulations.Samples(recording)).OfType<RepCounted>().Count();
                int truth = recording.Truth.TotalReps;
                total++;
                if (counted == truth) exact++; else misses.Add($"{exercise}@{rate}Hz seed {seed}: {counted}/{truth}");
                if (Math.Abs(counted - truth) <= 1) withinOne++;
            }
        double exactShare = (double)exact / total, withinShare = (double)withinOne / total;
        Assert.True(exactShare >= 0.85, $"exact {exactShare:P0} (floor 85 %); misses: {string.Join("; ", misses)}");
        Assert.True(withinShare >= 0.95, $"within ±1 {withinShare:P0} (floor 95 %); misses: {string.Join("; ", misses)}");
    }

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    public void A_rushed_rep_in_the_middle_of_a_set_is_counted_and_does_not_end_the_set(double rateHz)
    {
        // Without a gyroscope the rushed rep's cycle is short and shaped unlike the others.
        var set = Simulations.Set("romanian-deadlift", 10, faults: (5, RepFaults.RushedEccentric));
        var plan = new SimulationPlan(new SessionPlan([set]) { IdleBeforeS = 10, IdleAfterS = 10 }, Ingest.Units.SampleRate.FromHertz(rateHz))
        {
            Seed = 3,
            Gyroscope = false,
        };
        var recording = Simulator.Simulate(plan);

        var sets = RepPipeline.Run(Simulations.Samples(recording)).OfType<SetEnded>().Select(e => e.Set).ToList();

        var found = Assert.Single(sets);
        Assert.Equal(recording.Truth.TotalReps, found.RepCount);
    }

    [Theory]
    [InlineData("overhead-press", 12.5)]
    [InlineData("overhead-press", 50)]
    [InlineData("bench-press", 25)]
    [InlineData("bench-press", 100)]
    public void A_fast_set_with_short_pauses_is_counted_not_taken_for_a_walk(string exercise, double rateHz)
    {
        // 1.2 s a rep, quick strokes and pauses: a walk's pace, and as much of the magnitude in the step band.
        AssertCountedAsOneSet(Simulations.Set(exercise, 12, tempo: "0.3-0.3-0.3-0.3"), rateHz, seed: 2);
    }

    [Theory]
    [InlineData("bench-press", 12.5, 1)]
    [InlineData("deadlift", 50, 2)]
    [InlineData("biceps-curl", 100, 1)]
    [InlineData("dumbbell-row", 200, 2)]
    public void A_quick_set_of_five_one_second_reps_is_counted(string exercise, double rateHz, int seed)
    {
        // About six seconds of reps: shorter than a set must last before the set-up around it can be ruled out.
        var recording = Simulations.AloneOnPhone(Simulations.Set(exercise, 5, tempo: "0.5-0-0.5-0"), rateHz, seed, gyroscope: false);
        Assert.True(recording.Truth.Sets[0].EndS - recording.Truth.Sets[0].StartS < CountingOptions.Default.MinSetS);

        var sets = RepPipeline.Run(Simulations.Samples(recording)).OfType<SetEnded>().Select(e => e.Set).ToList();

        var found = Assert.Single(sets);
        Assert.Equal(5, found.RepCount);
    }

    [Theory]
    [InlineData(25, 1)]
    [InlineData(100, 2)]
    public void Five_quick_small_moves_are_not_a_set(double rateHz, int seed)
    {
        // The same quick set with every movement a sixth the size: periodic wrist moves of a fidget's size (about
        // 1-3 m/s²), which repeat as often as a quick set's reps but do not move the wrist like a lift.
        var recording = Simulations.AloneOnPhone(Simulations.Set("bench-press", 5, tempo: "0.5-0-0.5-0"), rateHz, seed, gyroscope: false);
        var samples = Simulations.Samples(recording);
        var mean = new Ingest.Vec3(samples.Average(s => s.AccelerationMs2.X), samples.Average(s => s.AccelerationMs2.Y), samples.Average(s => s.AccelerationMs2.Z));
        var small = samples.Select(s => s with { AccelerationMs2 = mean + (s.AccelerationMs2 - mean) * (1 / 6.0) }).ToList();

        Assert.Empty(RepPipeline.Run(small).OfType<SetEnded>());
        // The swing is what tells them apart: with no floor on it they are taken for a set.
        Assert.NotEmpty(RepPipeline.Run(small, CountingOptions.Default with { QuickSetMinSwingMs2 = 0 }).OfType<SetEnded>());
    }

    [Theory]
    [InlineData(12.5, 2)]
    [InlineData(50, 6)]
    [InlineData(200, 2)]
    public void Stepping_off_the_bench_after_the_last_rep_is_not_a_rep(double rateHz, int seed)
    {
        // After a back-extension set the lifter straightens up and steps off: a move away from the rest position that
        // never comes back, shaped like a rep's way out but ending at a pose short of the turn.
        AssertCountedAsOneSet(Simulations.Set("back-extension", 6, tempo: "2-1-1-1"), rateHz, seed);
    }

    [Theory]
    [InlineData(12.5, 1)]
    [InlineData(25, 2)]
    [InlineData(50, 1)]
    [InlineData(100, 2)]
    [InlineData(200, 1)]
    public void Sitting_up_from_the_bench_after_the_last_rep_is_not_a_rep(double rateHz, int seed)
    {
        // After a bench press at a steady 1-0-1-0 the lifter racks the bar and sits up: a small dip, then a move far
        // past the rest position, which measured from the mean of its ends looks like a rep twice the size.
        AssertCountedAsOneSet(Simulations.Set("bench-press", 5, tempo: "1-0-1-0"), rateHz, seed);
    }

    [Theory]
    [InlineData(12.5, 2, false)]
    [InlineData(25, 10, false)]
    [InlineData(50, 3, false)]
    [InlineData(100, 8, true)]
    [InlineData(200, 10, true)]
    public void Putting_the_bar_down_after_a_row_set_is_not_a_rep(double rateHz, int seed, bool gyroscope)
    {
        // Lowering the bar to the floor and standing up after a bent-over row: a cycle late for the set's rhythm and
        // about half the size of its reps, shaped enough like them to pass on its own.
        var recording = Simulations.AloneOnPhone(Simulations.Set("bent-over-row", 8), rateHz, seed, gyroscope);

        var sets = RepPipeline.Run(Simulations.Samples(recording)).OfType<SetEnded>().Select(e => e.Set).ToList();

        var found = Assert.Single(sets);
        Assert.Equal(recording.Truth.TotalReps, found.RepCount);
        Assert.True(found.EndS <= recording.Truth.Sets[0].EndS + 1,
            $"the set ends at {found.EndS:0.0} s, its last rep at {recording.Truth.Sets[0].EndS:0.0} s");
    }

    [Theory]
    [InlineData("deadlift", 12.5, 1)]
    [InlineData("pull-up", 25, 2)]
    [InlineData("dumbbell-row", 50, 3)]
    [InlineData("overhead-press", 100, 1)]
    [InlineData("biceps-curl", 200, 2)]
    [InlineData("bench-press", 50, 3)]
    public void A_recording_that_stops_at_the_last_reps_lockout_counts_that_rep(string exercise, double rateHz, int seed)
    {
        // The lifter stops the recording (or the export cuts it) the moment the last rep is locked out: at its turn
        // when the rep starts with the concentric, at its end when it starts with the eccentric.
        var plan = Simulations.Set(exercise, 8);
        var recording = Simulations.AloneOnPhone(plan, rateHz, seed, gyroscope: seed % 2 == 0);
        var last = recording.Truth.Sets[0].RepDetails[^1];
        double lockoutS = plan.Exercise.Model.ConcentricFirst ? last.TurnS : last.EndS;

        int counted = RepPipeline.Run(Simulations.Samples(recording).Where(s => s.TimeS <= lockoutS + 0.2)).OfType<RepCounted>().Count();

        Assert.Equal(recording.Truth.TotalReps, counted);
    }

    [Theory]
    [InlineData("deadlift", 12.5, 1)]
    [InlineData("pull-up", 50, 2)]
    [InlineData("biceps-curl", 200, 3)]
    public void A_recording_that_stops_early_on_the_last_reps_way_out_does_not_count_it(string exercise, double rateHz, int seed)
    {
        var recording = Simulations.AloneOnPhone(Simulations.Set(exercise, 8), rateHz, seed, gyroscope: seed % 2 == 0);
        var last = recording.Truth.Sets[0].RepDetails[^1];
        double stopS = last.StartS + 0.2 * (last.TurnS - last.StartS);

        int counted = RepPipeline.Run(Simulations.Samples(recording).Where(s => s.TimeS <= stopS)).OfType<RepCounted>().Count();

        Assert.Equal(recording.Truth.TotalReps - 1, counted);
    }

    /// <summary>The set alone (idle, approach and retreat around it), phone noise, no gyroscope: found as one set
    /// with every rep.</summary>
    private static void AssertCountedAsOneSet(SetPlan set, double rateHz, int seed)
    {
        var recording = Simulations.AloneOnPhone(set, rateHz, seed, gyroscope: false);

        var sets = RepPipeline.Run(Simulations.Samples(recording)).OfType<SetEnded>().Select(e => e.Set).ToList();

        var found = Assert.Single(sets);
        Assert.Equal(recording.Truth.TotalReps, found.RepCount);
    }

    [Theory]
    [InlineData(50, 1)]
    [InlineData(25, 2)]
    public void A_whole_back_session_with_walks_and_rests_has_every_set_and_no_walk_counted(double rateHz, int seed)
    {
        var session = Sessions.StrengthLogBack with { RestMinS = 45, RestMaxS = 90 };
        var recording = Simulator.Simulate(new SimulationPlan(session, Ingest.Units.SampleRate.FromHertz(rateHz)) { Seed = seed });
        var sets = RepPipeline.Run(Simulations.Samples(recording)).OfType<SetEnded>().Select(e => e.Set).ToList();

        Assert.Equal(recording.Truth.Sets.Count, sets.Count);
        foreach (var (found, truth) in sets.Zip(recording.Truth.Sets))
        {
            Assert.InRange(found.RepCount, truth.Reps - 1, truth.Reps);
            Assert.True(found.StartS < truth.EndS && found.EndS > truth.StartS, $"set at {found.StartS:0}-{found.EndS:0} s is not the truth's {truth.StartS:0}-{truth.EndS:0} s");
        }
        int counted = sets.Sum(s => s.RepCount), truthTotal = recording.Truth.TotalReps;
        Assert.InRange(counted, truthTotal - 5, truthTotal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_set_first_learned_at_half_its_period_from_its_set_up_is_learned_again_before_it_is_announced(int seed)
    {
        // `simulate -e deadlift -f metawear`: the pick-up before the set, at about twice the pace of the reps, and the
        // first rep make a train at half the rep's period; once the set is longer it no longer repeats at that
        // period but at twice it, and nothing has been reported yet.
        var plan = new SimulationPlan(new SessionPlan([Simulations.Set("deadlift", 10)]) { Taps = false }, Ingest.Units.SampleRate.FromHertz(12.5))
        {
            Seed = seed,
            Gyroscope = true,
            GyroscopeRate = Ingest.Units.SampleRate.FromHertz(25),
            GyroscopeOwnClock = true,
            Sensor = SensorModel.MetaMotion,
        };
        var recording = Simulator.Simulate(plan);

        var events = RepPipeline.Run(Simulations.Samples(recording));

        var set = Assert.Single(events.OfType<SetEnded>()).Set;
        Assert.Equal(recording.Truth.TotalReps, set.RepCount);
        Assert.Equal(recording.Truth.Sets[0].RepDetails[1].TurnS - recording.Truth.Sets[0].RepDetails[0].TurnS, set.PeriodS, 0.6);
        Assert.Equal(set.RepCount, events.OfType<RepCounted>().Count());
    }

    [Theory]
    [InlineData("reverse-fly", 100, true)]
    [InlineData("dumbbell-row", 50, false)]
    public void A_set_first_learned_from_set_up_moves_smaller_than_its_reps_is_learned_again_before_it_is_announced(
        string exercise, double rateHz, bool gyroscopeOwnClock)
    {
        // `simulate -e reverse-fly -f sensorlogger` and `simulate -e dumbbell-row -f generic`: the approach's
        // waypoints, at the reps' pace and a seventh to a third of their size, are the first periodic stretch; the set
        // learned from them took each later rep for 3-7 typical swings and counted the approach as its first reps.
        var (recording, set) = CountDefaultSimulation(exercise, rateHz, gyroscope: true, gyroscopeOwnClock);

        Assert.Equal(recording.Truth.TotalReps, set.RepCount);
        var truth = recording.Truth.Sets[0].RepDetails;
        Assert.Equal(truth[0].TurnS, set.Reps[0].TurnS, 0.5);
        Assert.All(set.Reps, r => Assert.InRange(r.RelativeRange, 0.5, 2.0));
    }

    [Fact]
    public void A_set_whose_reps_turn_every_half_of_the_period_found_is_learned_at_their_spacing()
    {
        // `simulate -e seated-cable-row -f phyphox` (no gyroscope): the acceleration repeats better every other rep,
        // the period is doubled, and the reps chained at it turn every half of it; judged at twice their period, the
        // last rep was smoothed away.
        var (recording, set) = CountDefaultSimulation("seated-cable-row", 100, gyroscope: false);

        Assert.Equal(recording.Truth.TotalReps, set.RepCount);
        var truth = recording.Truth.Sets[0].RepDetails;
        Assert.Equal(truth[1].TurnS - truth[0].TurnS, set.PeriodS, 0.6);
    }

    /// <summary>What `repsense simulate -e EXERCISE` writes by default (one set of 10 at seed 1, a phone's sensor; the
    /// format shows in the rate, the gyroscope and its clock), counted: the recording and its one set.</summary>
    private static (SimulatedRecording Recording, RepSense.Analysis.Sets.SetSegment Set) CountDefaultSimulation(
        string exercise, double rateHz, bool gyroscope, bool gyroscopeOwnClock = false)
    {
        var plan = new SimulationPlan(new SessionPlan([Simulations.Set(exercise, 10)]), Ingest.Units.SampleRate.FromHertz(rateHz))
        {
            Seed = 1,
            Gyroscope = gyroscope,
            GyroscopeOwnClock = gyroscopeOwnClock,
            Sensor = SensorModel.Phone,
        };
        var recording = Simulator.Simulate(plan);
        var events = RepPipeline.Run(Simulations.Samples(recording));
        return (recording, Assert.Single(events.OfType<SetEnded>()).Set);
    }

    [Theory]
    [InlineData(12.5, 1, 7, true)]
    [InlineData(12.5, 9, 13, false)]
    [InlineData(100, 9, 12, false)]
    public void A_set_learned_from_a_core_holding_its_set_up_is_followed_at_the_size_of_its_reps(
        double rateHz, int seed, int reps, bool gyroscope)
    {
        // Bench presses learned early, from a periodic core of two or three turns, one of them the end of the
        // approach (the bar brought out over the chest): the typical swing taken as that core's median was two or three
        // times a rep's, so the set ended after three reps (the fourth "under a third of a typical swing"), or the
        // re-rack's two moves, the size of that swing, were counted after the last rep.
        var plan = new SimulationPlan(new SessionPlan([Simulations.Set("bench-press", reps)]) { IdleBeforeS = 10, IdleAfterS = 10 },
                                      Ingest.Units.SampleRate.FromHertz(rateHz))
        {
            Seed = seed,
            Gyroscope = gyroscope,
        };
        var recording = Simulator.Simulate(plan);

        var events = RepPipeline.Run(Simulations.Samples(recording));

        var set = Assert.Single(events.OfType<SetEnded>()).Set;
        Assert.Equal(recording.Truth.TotalReps, set.RepCount);
        var truth = recording.Truth.Sets[0].RepDetails;
        for (int i = 0; i < truth.Count; i++) Assert.Equal(truth[i].TurnS, set.Reps[i].TurnS, 0.6);
        Assert.All(set.Reps.Skip(1), r => Assert.InRange(r.RelativeRange, 0.5, 2.0));
    }
}
