using RepSense.Analysis.Reps;

namespace RepSense.Analysis.Tests.Reps;

public class RepAnalyzerTests
{
    public static TheoryData<int, double, double, int> CleanSets() => new()
    {
        // reps, period s, rate Hz, orientation seed
        { 5, 3.0, 12.5, 1 },
        { 8, 2.0, 25, 2 },
        { 10, 2.5, 50, 3 },
        { 12, 4.0, 100, 4 },
        { 15, 1.5, 200, 5 },
        { 6, 6.0, 100, 6 },
    };

    [Theory]
    [MemberData(nameof(CleanSets))]
    public void A_clean_set_with_rest_around_it_is_one_set_with_every_rep(int reps, double periodS, double rateHz, int seed)
    {
        var events = RepPipeline.Run(SyntheticSets.Set(reps, periodS, rateHz, seed: seed));
        var set = Assert.Single(events.OfType<SetEnded>()).Set;
        Assert.Equal(reps, set.RepCount);
        Assert.Equal(reps, events.OfType<RepCounted>().Count());
        // Turns sit at the middle of each rep (the synthetic rep peaks at half a period).
        for (int k = 0; k < reps; k++) Assert.Equal(10 + (k + 0.5) * periodS, set.Reps[k].TurnS, 0.15 * periodS);
    }

    // reps, period s, rate Hz, orientation seed, gyroscope
    public static TheoryData<int, double, double, int, bool> SetsWithAnExit() => new()
    {
        { 8, 2.5, 50, 3, true },
        { 10, 3.0, 100, 7, true },
        { 6, 4.0, 25, 12, false },
    };

    [Theory]
    [MemberData(nameof(SetsWithAnExit))]
    public void Leaving_the_station_after_the_last_rep_is_not_a_rep(int reps, double periodS, double rateHz, int seed, bool gyro)
    {
        // The wrist tilts three times as far as in a rep and stays there: a step, not a rep.
        var events = RepPipeline.Run(SyntheticSets.Set(reps, periodS, rateHz, seed: seed, gyro: gyro, exitTiltRad: 1.8));
        var set = Assert.Single(events.OfType<SetEnded>()).Set;
        Assert.Equal(reps, set.RepCount);
        Assert.True(set.EndS < 10 + reps * periodS + 0.25 * periodS, $"the set ends at {set.EndS:0.00} s");
    }

    [Theory]
    [MemberData(nameof(SetsWithAnExit))]
    public void A_last_rep_that_stays_at_its_turn_is_counted(int reps, double periodS, double rateHz, int seed, bool gyro)
    {
        // The same move only as far as the reps go: a last rep that ends at its lockout and is racked from there.
        var events = RepPipeline.Run(SyntheticSets.Set(reps, periodS, rateHz, seed: seed, gyro: gyro, exitTiltRad: 0.6));
        Assert.Equal(reps + 1, Assert.Single(events.OfType<SetEnded>()).Set.RepCount);
    }

    [Fact]
    public void An_accelerometer_only_recording_is_counted_as_well()
    {
        var events = RepPipeline.Run(SyntheticSets.Set(10, 2.5, 50, gyro: false, seed: 9));
        Assert.Equal(10, events.OfType<RepCounted>().Count());
    }

    [Fact]
    public void A_recording_at_rest_has_no_set()
    {
        var events = RepPipeline.Run(SyntheticSets.Set(0, 2.5, 100, restS: 30));
        Assert.Empty(events.OfType<SetStarted>());
        Assert.Empty(events.OfType<RepCounted>());
    }

    [Fact]
    public void Reps_inside_a_set_are_final_within_two_seconds_of_their_end()
    {
        var events = RepPipeline.Run(SyntheticSets.Set(12, 3.0, 50, seed: 4));
        var started = events.OfType<SetStarted>().Single();
        foreach (var r in events.OfType<RepCounted>().Where(r => r.AtS > started.AtS))
            Assert.InRange(r.AtS - r.Rep.EndS, 0, 2.0);
    }

    [Fact]
    public void Pushing_samples_one_by_one_gives_the_same_events_as_a_whole_run()
    {
        var samples = SyntheticSets.Set(9, 2.2, 100, seed: 11);
        var pipeline = new RepPipeline();
        var streamed = new List<AnalysisEvent>();
        foreach (var s in samples) pipeline.Push(s, streamed);
        pipeline.Complete(streamed);
        var whole = RepPipeline.Run(samples);
        Assert.Equal(whole.Count, streamed.Count);
        Assert.Equal(whole.OfType<RepCounted>().Select(r => r.Rep), streamed.OfType<RepCounted>().Select(r => r.Rep));
    }
}
