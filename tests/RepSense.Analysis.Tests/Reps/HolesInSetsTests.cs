using RepSense.Analysis.Reps;
using RepSense.Analysis.Simulation;
using RepSense.Analysis.Tempo;
using RepSense.Analysis.Tests.Simulation;
using RepSense.Ingest;
using RepSense.Tests;

namespace RepSense.Analysis.Tests.Reps;

/// <summary>
/// A hole in the data (a Bluetooth dropout, a paused recorder) inside a set: the set is carried across a short one
/// and followed with the model it had, so the reps on both sides are one set; a hole as long as a rest, or one that
/// opens after the set has stopped, ends the set before it.
/// </summary>
public class HolesInSetsTests
{
    /// <summary>The set alone (idle, approach and retreat around it) with a phone's noise.</summary>
    private static SimulatedRecording Simulate(string exercise, int reps, double rateHz, int seed, bool gyroscope) =>
        Simulations.AloneOnPhone(Simulations.Set(exercise, reps), rateHz, seed, gyroscope);

    private static List<ImuSample> WithHole(SimulatedRecording recording, double fromS, double toS) =>
        Simulations.Samples(recording).Where(s => s.TimeS < fromS || s.TimeS > toS).ToList();

    [Theory]
    [InlineData("dumbbell-row", 50, 1, 3.0)]
    [InlineData("deadlift", 12.5, 2, 5.0)]
    [InlineData("biceps-curl", 100, 3, 2.0)]
    [InlineData("overhead-press", 25, 4, 8.0)]
    [InlineData("lat-pulldown", 200, 5, 1.5)]
    [InlineData("pull-up", 100, 6, 12.0)]
    public void A_short_hole_inside_a_set_leaves_one_set_with_the_reps_on_either_side(string exercise, double rateHz, int seed, double holeS)
    {
        var recording = Simulate(exercise, 10, rateHz, seed, gyroscope: seed % 2 == 0);
        var truth = recording.Truth.Sets[0].RepDetails;
        double holeFromS = truth[4].TurnS, holeToS = holeFromS + holeS;

        var events = RepPipeline.Run(WithHole(recording, holeFromS, holeToS));

        var set = Assert.Single(events.OfType<SetEnded>()).Set;
        Assert.True(set.StartS < holeFromS && set.EndS > holeToS, $"the set {set.StartS:0.0}-{set.EndS:0.0} s does not span the hole");
        // Every rep wholly outside the hole is counted; one the hole cut may be (its turn or its way back is lost).
        int seenWhole = truth.Count(r => r.EndS <= holeFromS || r.StartS >= holeToS);
        int seenInPart = truth.Count(r => r.StartS < holeFromS || r.EndS > holeToS);
        Assert.InRange(set.RepCount, seenWhole, seenInPart);
        Assert.Single(events.OfType<SignalGap>());
    }

    [Fact]
    public void A_hole_as_long_as_a_rest_ends_the_set_before_it()
    {
        var recording = Simulate("dumbbell-row", 12, 50, 1, gyroscope: true);
        var truth = recording.Truth.Sets[0].RepDetails;
        double holeFromS = truth[5].TurnS, holeToS = holeFromS + CountingOptions.Default.MaxHoleInSetS + 5;

        var sets = RepPipeline.Run(WithHole(recording, holeFromS, holeToS)).OfType<SetEnded>().Select(e => e.Set).ToList();

        Assert.NotEmpty(sets);
        Assert.All(sets, s => Assert.True(s.EndS <= holeFromS || s.StartS >= holeToS, $"a set {s.StartS:0.0}-{s.EndS:0.0} s spans the hole"));
    }

    [Theory]
    [InlineData("deadlift", 50, 1)]
    [InlineData("biceps-curl", 25, 2)]
    public void A_set_over_before_a_short_hole_is_not_carried_across_it(string exercise, double rateHz, int seed)
    {
        var recording = Simulate(exercise, 8, rateHz, seed, gyroscope: true);
        var whole = RepPipeline.Run(Simulations.Samples(recording)).OfType<SetEnded>().Single().Set;
        // Two periods after the last rep: the lifter has stopped, and the set is waiting out its deadline.
        double holeFromS = whole.EndS + 2 * whole.PeriodS, holeToS = holeFromS + 3;

        var events = RepPipeline.Run(WithHole(recording, holeFromS, holeToS));

        var set = Assert.Single(events.OfType<SetEnded>()).Set;
        Assert.Equal(whole.Reps, set.Reps);
        // It ended at the hole, not after it.
        var ended = events.OfType<SetEnded>().Single();
        Assert.True(events.IndexOf(ended) < events.FindIndex(e => e is SignalGap));
    }

    [Fact]
    public void A_set_carried_across_a_hole_keeps_one_value_per_grid_instant_and_no_phase_spans_the_hole()
    {
        // The sample dumbbell row with the data after 29.96 s (just after its fourth rep comes back) five seconds
        // later: no rep is lost, so the tempo on both sides can be compared with the recording without the hole.
        var samples = System.Reactive.Linq.Observable.ToEnumerable(Recording.Open(RepositoryFolder.SampleData("dumbbell-row.csv")).Samples).ToList();
        const double holeFromS = 29.96, shiftS = 5;
        var shifted = samples.Select(s => s.TimeS > holeFromS ? s with { TimeS = s.TimeS + shiftS } : s).ToList();

        var whole = RepPipeline.Run(samples).OfType<SetEnded>().Single().Set;
        var set = RepPipeline.Run(shifted).OfType<SetEnded>().Single().Set;

        var signals = set.Signals;
        Assert.Equal(signals.Count, signals.Frames.Count);
        Assert.Equal(signals.Count, signals.Movement.Count);
        for (int i = 0; i < signals.Count; i++)
            Assert.Equal(signals.TimeAt(i), signals.Frames[i].TimeS, 6);
        var hole = Assert.Single(signals.Holes);
        Assert.InRange(hole.ToS - hole.FromS, shiftS, shiftS + 0.1);
        Assert.Equal(whole.RepCount, set.RepCount);

        var tempo = TempoAnalyzer.Analyze(set);
        var tempoWhole = TempoAnalyzer.Analyze(whole);

        Assert.Equal(set.RepCount, tempo.Reps.Count);
        Assert.All(tempo.Reps.SelectMany(r => r.Phases), p => Assert.True(p.EndS <= hole.FromS || p.StartS >= hole.ToS, $"{p} spans the hole"));
        // Each rep is timed as without the hole (within a few frames), the one the hole closes included.
        foreach (var (a, b) in tempo.Reps.Zip(tempoWhole.Reps))
        {
            double shift = a.TurnS > hole.FromS ? shiftS : 0;
            Assert.Equal(b.StartS + shift, a.StartS, 0.15);
            Assert.Equal(b.EndS + shift, a.EndS, 0.15);
        }
    }
}
