using RepSense.Cli.Commands.Eval;

namespace RepSense.Cli.Tests.Commands;

/// <summary>The figures `repsense eval` reports, on hand-built outcomes whose scores are worked out here by hand: exact,
/// within one and mean absolute error per group, suspect labels apart, the eye counts where the audit has them, a
/// recording that failed counted as 0 reps, and the worst sets first.</summary>
public class EvalScoreTests
{
    private static EvalOutcome Outcome(string file, string exercise, int truth, int? counted, string? check = null,
                                       int? visual = null, string? failure = null) =>
        new(new EvalItem("/data/" + file, file, exercise, truth, check, visual), counted, failure);

    [Fact]
    public void A_group_scores_exact_within_one_and_the_mean_absolute_error()
    {
        // Differences 0, +1, −2, +3: one exact, two within one, mean |difference| 6/4.
        var score = EvalScore.Of("rows", [(10, 10), (9, 8), (10, 12), (8, 5)]);

        Assert.Equal(new EvalScore("rows", 4, 25.0, 50.0, 1.5), score);
    }

    [Fact]
    public void Percentages_are_rounded_to_a_tenth_and_the_error_to_a_hundredth()
    {
        var score = EvalScore.Of("curls", [(1, 1), (2, 4), (3, 3)]);

        Assert.Equal(66.7, score.ExactPct);
        Assert.Equal(66.7, score.WithinOnePct);
        Assert.Equal(0.67, score.MeanAbsoluteError);
    }

    [Fact]
    public void An_empty_group_has_no_figures_rather_than_zeros()
    {
        var score = EvalScore.Of("none", []);

        Assert.Equal(0, score.Sets);
        Assert.True(double.IsNaN(score.ExactPct) && double.IsNaN(score.WithinOnePct) && double.IsNaN(score.MeanAbsoluteError));
    }

    [Fact]
    public void Suspect_labels_are_left_out_of_the_scores_and_listed_apart_in_file_order()
    {
        var summary = EvalSummary.From("m.csv", [
            Outcome("b.csv", "row", 10, 10),
            Outcome("z.csv", "row", 10, 4, check: "suspect", visual: 4),
            Outcome("a.csv", "row", 12, 6, check: "SUSPECT"),
        ]);

        Assert.Equal(new EvalScore("overall", 1, 100.0, 100.0, 0.0), summary.Overall);
        Assert.Equal(["a.csv", "z.csv"], summary.Suspect.Select(r => r.File));
        Assert.Empty(summary.Worst);
    }

    [Fact]
    public void The_second_overall_score_takes_the_eye_count_where_the_audit_has_one_and_the_label_elsewhere()
    {
        var summary = EvalSummary.From("m.csv", [
            Outcome("a.csv", "row", 20, 19, check: "agreed", visual: 19), // label −1, eye 0
            Outcome("b.csv", "row", 10, 12, check: "unclear"),           // label +2, no eye count
        ]);

        Assert.Equal(new EvalScore("overall", 2, 0.0, 50.0, 1.5), summary.Overall);
        Assert.Equal(new EvalScore("overall, eye counts where audited", 2, 50.0, 50.0, 1.0), summary.OverallAgainstAudit);
    }

    [Fact]
    public void A_recording_that_could_not_be_analysed_counts_as_no_reps_and_is_listed_as_failed()
    {
        var summary = EvalSummary.From("m.csv", [
            Outcome("ok.csv", "curl", 8, 8),
            Outcome("bad.csv", "curl", 8, null, failure: "bad.csv:3: expected a number"),
        ]);

        Assert.Equal(new EvalScore("overall", 2, 50.0, 50.0, 4.0), summary.Overall);
        var worst = Assert.Single(summary.Worst);
        Assert.Equal(("bad.csv", (int?)null), (worst.File, worst.Counted));
        Assert.Equal("bad.csv", Assert.Single(summary.Failed).File);
    }

    [Fact]
    public void Exercises_are_scored_each_on_their_own_in_name_order()
    {
        var summary = EvalSummary.From("m.csv", [
            Outcome("1.csv", "row", 10, 11),
            Outcome("2.csv", "curl", 8, 8),
            Outcome("3.csv", "row", 10, 10),
        ]);

        Assert.Equal([new EvalScore("curl", 1, 100.0, 100.0, 0.0), new EvalScore("row", 2, 50.0, 100.0, 0.5)], summary.ByExercise);
    }

    [Fact]
    public void The_worst_sets_are_the_largest_misses_first_then_by_file_and_at_most_ten()
    {
        var outcomes = new List<EvalOutcome> { Outcome("right.csv", "row", 10, 10) };
        for (int i = 0; i < 12; i++) outcomes.Add(Outcome($"off1-{i:00}.csv", "row", 10, 11));
        outcomes.Add(Outcome("under3.csv", "row", 10, 7));
        outcomes.Add(Outcome("over2.csv", "row", 10, 12));

        var worst = EvalSummary.From("m.csv", outcomes).Worst;

        Assert.Equal(EvalSummary.WorstShown, worst.Count);
        Assert.Equal(["under3.csv", "over2.csv", "off1-00.csv", "off1-01.csv"], worst.Take(4).Select(r => r.File));
        Assert.DoesNotContain(worst, r => r.File == "right.csv");
    }
}
