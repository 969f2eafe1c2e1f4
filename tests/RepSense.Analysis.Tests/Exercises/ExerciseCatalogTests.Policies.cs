using RepSense.Analysis.Exercises;

namespace RepSense.Analysis.Tests.Exercises;

public partial class ExerciseCatalogTests
{
    // exercise, momentum, top hold in seconds (0 = pause of unstated length, null = none), dead stop, counting
    public static TheoryData<string, MomentumPolicy, double?, bool, RepCounting> Policies() => new()
    {
        { "chest-supported-row", MomentumPolicy.Strict, null, false, RepCounting.Counted },
        { "seal-row", MomentumPolicy.Strict, null, false, RepCounting.Counted },
        { "landmine-row", MomentumPolicy.Strict, null, false, RepCounting.Counted },
        { "lat-pulldown", MomentumPolicy.Strict, 0, false, RepCounting.Counted },
        { "seated-cable-row", MomentumPolicy.Neutral, 2, false, RepCounting.Counted },
        { "t-bar-row", MomentumPolicy.Neutral, 1, false, RepCounting.Counted },
        { "meadows-row", MomentumPolicy.Neutral, 0, false, RepCounting.Counted },
        { "pendlay-row", MomentumPolicy.Neutral, null, true, RepCounting.Counted },
        { "kroc-row", MomentumPolicy.Allowed, null, false, RepCounting.Counted },
        { "high-pull", MomentumPolicy.Explosive, null, false, RepCounting.Counted },
        { "power-clean", MomentumPolicy.Explosive, null, false, RepCounting.Counted },
        { "kettlebell-swing", MomentumPolicy.Explosive, null, false, RepCounting.Counted },
        { "farmers-carry", MomentumPolicy.Neutral, null, false, RepCounting.Timed },
        { "back-extension-hold", MomentumPolicy.Neutral, null, false, RepCounting.Timed },
        { "deadlift", MomentumPolicy.Neutral, null, false, RepCounting.Counted },
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Tempo_policies_match_the_articles(
        string name, MomentumPolicy momentum, double? topHoldS, bool deadStop, RepCounting counting)
    {
        var tempo = Catalog.Resolve(name).Tempo;
        Assert.Equal(momentum, tempo.Momentum);
        Assert.Equal(topHoldS is not null, tempo.PauseAtTop);
        Assert.Equal(topHoldS is > 0 ? topHoldS : null, tempo.TopHoldS);
        Assert.Equal(deadStop, tempo.DeadStopAtBottom);
        Assert.Equal(counting, tempo.Counting);
    }

    [Fact]
    public void Back_extension_holds_last_ten_to_thirty_seconds()
    {
        var scheme = Assert.Single(Catalog.Resolve("back-extension-hold").Schemes);
        Assert.True(scheme.IsTimed);
        Assert.Equal(10, scheme.HoldMinS);
        Assert.Equal(30, scheme.HoldMaxS);
    }

    [Fact]
    public void Farmers_carry_is_walked_in_ten_to_fifteen_second_bursts_and_progresses_over_time()
    {
        var carry = Catalog.Resolve("farmers-carry");
        var scheme = Assert.Single(carry.Schemes);
        Assert.Equal((10.0, 15.0), (scheme.HoldMinS, scheme.HoldMaxS));
        Assert.True(carry.Progression.IsTimed);
        Assert.Null(carry.Motion.RepDurationMinS);
    }

    [Fact]
    public void Neutral_momentum_allows_two_late_set_cheat_reps_and_strict_allows_none()
    {
        var deadlift = Catalog.Resolve("deadlift").Tempo;
        Assert.Equal(2, deadlift.LateSetCheatReps);
        Assert.Equal("barbend", deadlift.SourceOf(TempoRule.LateSetCheatReps)?.ArticleId);
        Assert.Equal(0, Catalog.Resolve("seal-row").Tempo.LateSetCheatReps);
    }

    [Fact]
    public void Pendlay_row_is_explosive_from_a_dead_stop()
    {
        var tempo = Catalog.Resolve("pendlay-row").Tempo;
        Assert.True(tempo.DeadStopAtBottom);
        Assert.True(tempo.ExplosiveConcentric);
        Assert.Contains("full stop on the floor", tempo.SourceOf(TempoRule.DeadStop)?.Quote);
    }

    [Theory]
    [InlineData("deadlift", 3, 5, 5, 2.5, 5)]
    [InlineData("bent-over-row", 4, 8, 8, 2.5, 5)]
    public void Fixed_rep_targets_progress_linearly_with_the_equipment_increment(
        string name, int sets, int repsMin, int repsMax, double incrementKg, double incrementLb)
    {
        var progression = Catalog.Resolve(name).Progression;
        Assert.Equal(ProgressionRule.Linear, progression.Rule);
        Assert.Equal((sets, repsMin, repsMax), (progression.Sets, progression.RepsMin!.Value, progression.RepsMax!.Value));
        Assert.Equal(new LoadIncrement(incrementKg, incrementLb), progression.Increment);
    }

    [Theory]
    [InlineData("dumbbell-row", 10, 12, 2, 5)]
    [InlineData("pull-up", 8, 15, 2.5, 5)]
    [InlineData("lat-pulldown", 12, 15, 5, 10)]
    public void Rep_ranges_use_double_progression(string name, int repsMin, int repsMax, double incrementKg, double incrementLb)
    {
        var progression = Catalog.Resolve(name).Progression;
        Assert.Equal(ProgressionRule.Double, progression.Rule);
        Assert.Equal((repsMin, repsMax), (progression.RepsMin!.Value, progression.RepsMax!.Value));
        Assert.Equal(new LoadIncrement(incrementKg, incrementLb), progression.Increment);
    }

    [Theory]
    [InlineData("deadlift", true)]
    [InlineData("lat-pulldown", true)]
    [InlineData("bench-press", false)]
    [InlineData("squat", false)]
    [InlineData("romanian-deadlift", false)]
    public void Rep_anatomy_says_which_half_comes_first(string name, bool startsWithConcentric)
    {
        Assert.Equal(startsWithConcentric, Catalog.Resolve(name).Motion.StartsWithConcentric);
    }

    [Theory]
    [InlineData("dumbbell-row", Laterality.Unilateral)]
    [InlineData("kroc-row", Laterality.Unilateral)]
    [InlineData("renegade-row", Laterality.Alternating)]
    [InlineData("bent-over-row", Laterality.Bilateral)]
    public void Single_arm_and_alternating_exercises_are_marked(string name, Laterality laterality)
    {
        Assert.Equal(laterality, Catalog.Resolve(name).Motion.Laterality);
    }

    [Fact]
    public void Every_back_exercise_with_a_non_default_tempo_rule_says_where_it_comes_from()
    {
        foreach (var profile in Catalog.All.Where(p => p.CountsAsBack))
        {
            var tempo = profile.Tempo;
            var rules = new (bool Applies, TempoRule Rule)[]
            {
                (tempo.Momentum != MomentumPolicy.Neutral, TempoRule.Momentum),
                (tempo.PauseAtTop, TempoRule.TopHold),
                (tempo.DeadStopAtBottom, TempoRule.DeadStop),
                (tempo.ControlledEccentric, TempoRule.ControlledEccentric),
                (tempo.ExplosiveConcentric, TempoRule.ExplosiveConcentric),
                (tempo.Counting == RepCounting.Timed, TempoRule.Timed),
            };
            foreach (var (applies, rule) in rules.Where(r => r.Applies))
                Assert.True(tempo.SourceOf(rule) is not null, $"{profile.Name}: {rule} has no source");
        }
    }
}
