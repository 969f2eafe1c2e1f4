using RepSense.Analysis.Reps;
using RepSense.Analysis.Tests.Simulation;

namespace RepSense.Analysis.Tests.Reps;

/// <summary>
/// <see cref="CountingOptions.FollowHopS"/>: an announced set followed more often than every half second reports its
/// reps sooner — the wait between a rep's commit and the next look at the signal is what it saves — and counts the same.
/// </summary>
public class FollowHopTests
{
    private static readonly (string Exercise, double RateHz, int Seed)[] Sets =
    [
        ("dumbbell-row", 50, 1), ("biceps-curl", 100, 2), ("overhead-press", 25, 3), ("lat-pulldown", 12.5, 4),
        ("bent-over-row", 200, 5), ("seated-cable-row", 50, 6),
    ];

    [Fact]
    public void Following_a_set_every_quarter_second_reports_its_reps_sooner_and_counts_the_same()
    {
        var halfSecond = CountingOptions.Default with { CommitLagS = 0.3 };
        var quarterSecond = halfSecond with { FollowHopS = 0.25 };
        var slower = new List<double>();
        var sooner = new List<double>();
        foreach (var (exercise, rate, seed) in Sets)
        {
            var samples = Simulations.Samples(Simulations.AloneOnPhone(Simulations.Set(exercise, 10), rate, seed, gyroscope: seed % 2 == 0));
            var before = RepPipeline.Run(samples, halfSecond);
            var after = RepPipeline.Run(samples, quarterSecond);

            Assert.Equal(before.OfType<RepCounted>().Count(), after.OfType<RepCounted>().Count());
            Assert.Equal(before.OfType<SetStarted>().Select(s => s.AtS), after.OfType<SetStarted>().Select(s => s.AtS));
            slower.AddRange(DelaysInsideSets(before));
            sooner.AddRange(DelaysInsideSets(after));
        }
        Assert.True(sooner.Count >= 5 * Sets.Length, $"{sooner.Count} reps inside sets");
        // A rep is committed at the first look after its end is CommitLagS old: on average half a hop later.
        Assert.True(Median(sooner) <= Median(slower) - 0.05, $"median {Median(sooner):0.00} s against {Median(slower):0.00} s");
        Assert.True(sooner.Max() < slower.Max(), $"max {sooner.Max():0.00} s against {slower.Max():0.00} s");
        Assert.All(sooner, d => Assert.True(d < 1.0, $"a rep final {d:0.00} s after its end"));
    }

    [Fact]
    public void A_follow_hop_of_half_a_second_or_more_is_the_default_analysis()
    {
        var samples = Simulations.Samples(Simulations.AloneOnPhone(Simulations.Set("dumbbell-row", 8), 50, 1, gyroscope: true));
        var byDefault = RepPipeline.Run(samples).Select(e => e.ToString());
        Assert.Equal(byDefault, RepPipeline.Run(samples, CountingOptions.Default with { FollowHopS = 0.5 }).Select(e => e.ToString()));
        Assert.Equal(byDefault, RepPipeline.Run(samples, CountingOptions.Default with { FollowHopS = 2 }).Select(e => e.ToString()));
    }

    /// <summary>How long after its end each rep announced after its set's start was reported.</summary>
    private static IEnumerable<double> DelaysInsideSets(List<AnalysisEvent> events)
    {
        var announced = events.OfType<SetStarted>().ToDictionary(s => s.SetIndex, s => s.AtS);
        return events.OfType<RepCounted>().Where(r => r.AtS > announced[r.SetIndex]).Select(r => r.AtS - r.Rep.EndS);
    }

    private static double Median(List<double> x) => x.Order().ElementAt(x.Count / 2);
}
