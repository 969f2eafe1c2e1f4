using RepSense.Analysis.Simulation;
using static RepSense.Analysis.Tests.Simulation.Simulations;

namespace RepSense.Analysis.Tests.Simulation;

public class FaultSpecTests
{
    private static SessionPlan ThreeSets() => new([Set("deadlift", 5), Set("deadlift", 5), Set("dumbbell row", 10, "2-0-1-1")]);

    private static FaultSpec Parse(string text) => FaultSpec.TryParse(text, out var error) ?? throw new Exception(error);

    [Fact]
    public void Rep_numbers_apply_to_every_set_long_enough_and_at_names_one_set()
    {
        var session = Parse("momentum:3,partial:7-8,rushed:2@2").ApplyTo(ThreeSets(), seed: 1);

        Assert.Equal(RepFaults.Momentum, session.Sets[0].FaultsOf(3));
        Assert.Equal(RepFaults.Momentum, session.Sets[2].FaultsOf(3));
        Assert.Equal(RepFaults.PartialRange, session.Sets[2].FaultsOf(8));
        Assert.Equal(RepFaults.None, session.Sets[0].FaultsOf(2));
        Assert.Equal(RepFaults.RushedEccentric, session.Sets[1].FaultsOf(2));
        Assert.Equal(2, session.Sets[0].Faults.Count + session.Sets[1].Faults.Count - 1);
    }

    [Fact]
    public void A_rate_draws_faults_from_the_seed()
    {
        var many = new SessionPlan([Set("reverse fly", 100)]);
        var first = Parse("0.2").ApplyTo(many, seed: 4).Sets[0].Faults;
        var again = Parse("0.2").ApplyTo(many, seed: 4).Sets[0].Faults;
        var other = Parse("0.2").ApplyTo(many, seed: 5).Sets[0].Faults;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.InRange(first.Count, 10, 30);
        Assert.DoesNotContain(first.Values, f => f.HasFlag(RepFaults.MissingPause)); // the fly's tempo has no pause
    }

    [Fact]
    public void Missing_pause_only_lands_where_the_tempo_has_a_pause()
    {
        var session = Parse("missing-pause:4").ApplyTo(ThreeSets(), seed: 1);

        Assert.Equal(RepFaults.MissingPause, session.Sets[0].FaultsOf(4)); // deadlift 1-1-1-0
        Assert.Equal(RepFaults.MissingPause, session.Sets[2].FaultsOf(4)); // row 2-0-1-1
        var noPause = new SessionPlan([Set("pull-up", 8, "2-0-1-0")]);
        var error = Assert.Throws<ArgumentException>(() => Parse("missing-pause:2@1").ApplyTo(noPause, 1));
        Assert.Contains("no pause", error.Message);
    }

    [Theory]
    [InlineData("momentum:12", "matches no rep")]
    [InlineData("momentum:1@4", "3 set(s)")]
    public void Rules_that_cannot_apply_are_errors(string text, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Parse(text).ApplyTo(ThreeSets(), 1));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("jerk:3", "unknown fault 'jerk'")]
    [InlineData("momentum:0", "expected a rep number")]
    [InlineData("momentum:5-3", "expected a rep number")]
    [InlineData("momentum:1.5", "probability between 0 and 1")]
    [InlineData("3", "expected kind:rep")]
    [InlineData("momentum:3@x", "set number")]
    public void Malformed_rules_are_rejected_with_the_reason(string text, string message)
    {
        Assert.Null(FaultSpec.TryParse(text, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void Fatigue_applies_to_every_set_or_to_named_ones()
    {
        var all = FatigueSpec.TryParse("30", out _)!.ApplyTo(ThreeSets());
        var named = FatigueSpec.TryParse("20@1,45@3", out _)!.ApplyTo(ThreeSets());

        Assert.All(all.Sets, s => Assert.Equal(30, s.FatiguePct));
        Assert.Equal([20.0, 0, 45], named.Sets.Select(s => s.FatiguePct));
        Assert.Null(FatigueSpec.TryParse("lots", out var error));
        Assert.Contains("percentage", error);
        Assert.Throws<ArgumentException>(() => FatigueSpec.TryParse("10@9", out _)!.ApplyTo(ThreeSets()));
    }
}
