using RepSense.Analysis.Tempo;
using RepSense.Analysis.Validation;

namespace RepSense.Analysis.Tests.Validation;

/// <summary>
/// The targets, asserted on a modest sample of the evaluation grid (two seeds: every modelled exercise and
/// three policy variants, clean and with momentum, rushed-eccentric and partial-rep faults, 12.5-200 Hz, with and
/// without a gyroscope). <c>repsense eval --simulated</c> measures the same on as many seeds as asked.
/// </summary>
public class TempoEvaluationTests
{
    private static readonly Lazy<IReadOnlyList<TempoCaseOutcome>> Outcomes = new(() => TempoEvaluation.Run(
        TempoEvalGrid.Cases([1, 2], TempoEvalGrid.Exercises,
            [TempoScenario.Clean, TempoScenario.Momentum, TempoScenario.RushedEccentric, TempoScenario.PartialRep]),
        Environment.ProcessorCount));

    private static TempoModeSummary Mode(bool exerciseKnown) => TempoModeSummary.From(
        Outcomes.Value.Where(o => o.ExerciseKnown == exerciseKnown).ToList());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Phase_boundaries_are_within_8_percent_of_the_rep_for_nine_in_ten_reps(bool exerciseKnown)
    {
        var mode = Mode(exerciseKnown);
        // Most sets take part: the figures are not those of a lucky few.
        Assert.True(mode.Compared >= 0.6 * mode.Sets, $"{mode.Compared} of {mode.Sets} sets compared");
        var all = mode.Boundaries.Single(b => b.Boundary == "all");
        Assert.True(all.P90 <= TempoEvalSummary.BoundaryTarget, $"p90 {all.P90:P1}");
        Assert.All(mode.Boundaries, b => Assert.True(b.Median <= TempoEvalSummary.BoundaryTarget / 2, $"{b.Boundary} median {b.Median:P1}"));
    }

    [Theory]
    [InlineData("momentum")]
    [InlineData("rushed-eccentric")]
    [InlineData("partial-rep")]
    public void With_the_exercise_given_each_fault_flag_has_precision_and_recall_of_at_least_0_9(string code)
    {
        var score = Mode(exerciseKnown: true).Flags.Single(f => f.Code == code);
        Assert.True(score.TruePositives >= 20, $"{score.TruePositives} true {code} flags");
        Assert.True(score.Precision >= TempoEvalSummary.FlagTarget, $"{code} precision {score.Precision}");
        Assert.True(score.Recall >= TempoEvalSummary.FlagTarget, $"{code} recall {score.Recall}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Clean_sets_counted_right_carry_no_fault_flag(bool exerciseKnown)
    {
        var mode = Mode(exerciseKnown);
        Assert.True(mode.CleanSetsCompared >= 20, $"{mode.CleanSetsCompared} clean sets compared");
        Assert.Empty(mode.FaultFlagsOnComparedCleanSets);
    }

    [Fact]
    public void Without_the_exercise_the_concentric_half_is_right_in_nine_sets_in_ten()
    {
        Assert.True(Mode(exerciseKnown: false).ConcentricSideRightPct >= 90);
        Assert.Equal(100, Mode(exerciseKnown: true).ConcentricSideRightPct);
    }
}
