using RepSense.Analysis.Reports;
using RepSense.Analysis.Simulation;
using RepSense.Analysis.Tempo;
using RepSense.Analysis.Validation;

namespace RepSense.Analysis.Tests.Validation;

public class TempoComparisonTests
{
    private static readonly TempoEvalCase Case = TempoEvalGrid.Cases([3], ["dumbbell-row"], [TempoScenario.Momentum]).Single();
    private static readonly Lazy<AnalysisReport> Truth = new(() => Simulator.Simulate(Case.Plan()).Truth);

    [Fact]
    public void The_truth_compared_with_itself_has_no_boundary_error_and_every_flag_found()
    {
        var outcome = TempoComparison.Compare(Case, Truth.Value, Truth.Value, exerciseKnown: true);

        Assert.Null(outcome.Exclusion);
        Assert.Equal(5 * Case.Reps, outcome.Boundaries.Count);
        Assert.All(outcome.Boundaries, b => Assert.Equal(0, b.ErrorShare, 12));
        var momentum = outcome.Flags.Where(f => f.Code == FlagCodes.Momentum).ToList();
        Assert.Equal(Case.FaultReps, momentum.Select(f => f.Rep));
        Assert.All(outcome.Flags, f => Assert.True(f.InTruth && f.Found));
        Assert.True(outcome.ConcentricFirstRight);
    }

    [Fact]
    public void A_report_late_by_a_tenth_of_each_rep_has_that_error_at_every_boundary()
    {
        var set = Truth.Value.Sets[0];
        var late = set with
        {
            RepDetails = set.RepDetails.Select(r => r with
            {
                StartS = r.StartS + 0.1 * (r.EndS - r.StartS),
                TurnS = r.TurnS + 0.1 * (r.EndS - r.StartS),
                EndS = r.EndS + 0.1 * (r.EndS - r.StartS),
            }).ToList(),
        };
        var outcome = TempoComparison.Compare(Case, Truth.Value, Truth.Value with { Sets = [late] }, exerciseKnown: true);

        Assert.All(outcome.Boundaries, b => Assert.Equal(0.1, b.ErrorShare, 9));
        var stats = BoundaryStats.Of("all", outcome.Boundaries.Select(b => b.ErrorShare));
        Assert.Equal((0.1, 0.1, 0.0), (stats.Median, stats.P90, stats.WithinTarget));
    }

    [Fact]
    public void Sets_counted_wrong_or_one_rep_off_are_left_out_and_say_why()
    {
        var set = Truth.Value.Sets[0];
        var fewer = set with { Reps = set.Reps - 1, RepDetails = set.RepDetails.Skip(1).ToList() };
        // The same count, but every rep is the next one: a set-up counted, the last rep missed.
        var shifted = set with { RepDetails = set.RepDetails.Skip(1).Append(set.RepDetails[^1] with { TurnS = set.RepDetails[^1].TurnS + 5 }).ToList() };

        var miscounted = TempoComparison.Compare(Case, Truth.Value, Truth.Value with { Sets = [fewer] }, exerciseKnown: true);
        var misaligned = TempoComparison.Compare(Case, Truth.Value, Truth.Value with { Sets = [shifted] }, exerciseKnown: true);
        var missed = TempoComparison.Compare(Case, Truth.Value, Truth.Value with { Sets = [] }, exerciseKnown: true);

        Assert.Equal((TempoExclusion.Miscounted, set.Reps - 1), (miscounted.Exclusion!.Value, miscounted.CountedReps!.Value));
        Assert.Equal(TempoExclusion.Misaligned, misaligned.Exclusion);
        Assert.Equal(TempoExclusion.Missed, missed.Exclusion);
        Assert.All([miscounted, misaligned, missed], o => Assert.Empty(o.Boundaries));
    }

    [Fact]
    public void The_right_count_with_one_rep_swapped_for_the_retreat_is_left_out()
    {
        var set = Truth.Value.Sets[0];
        var reps = set.RepDetails;
        double period = reps[1].TurnS - reps[0].TurnS;
        // Every rep but the last is right; the last "rep" is the retreat a period and a half later.
        var counted = reps.SkipLast(1)
            .Append(reps[^1] with { TurnS = reps[^1].TurnS + 1.5 * period, EndS = reps[^1].EndS + 1.5 * period })
            .ToList();
        var report = Truth.Value with { Sets = [set with { RepDetails = counted }] };

        var outcome = TempoComparison.Compare(Case, Truth.Value, report, exerciseKnown: true);

        Assert.Equal(TempoExclusion.Misaligned, outcome.Exclusion);
        Assert.Equal([CountingError.MissedLast, CountingError.ExtraAfter], outcome.CountingErrors);
        Assert.Empty(outcome.Boundaries);
    }

    [Fact]
    public void Reps_turning_nearer_the_performed_ends_than_their_turns_are_left_out()
    {
        var set = Truth.Value.Sets[0];
        // Each counted turn 45 % of its rep late: nearer the rep's end than its turn, though under half a rep off.
        var late = set.RepDetails.Select(r => r with { TurnS = r.TurnS + 0.45 * (r.EndS - r.StartS) }).ToList();
        var report = Truth.Value with { Sets = [set with { RepDetails = late }] };

        var outcome = TempoComparison.Compare(Case, Truth.Value, report, exerciseKnown: true);

        Assert.Equal(TempoExclusion.Misaligned, outcome.Exclusion);
        Assert.Equal([CountingError.WrongSide], outcome.CountingErrors);
    }

    [Fact]
    public void A_set_left_out_says_which_reps_were_missed_or_counted_extra()
    {
        var set = Truth.Value.Sets[0];
        var reps = set.RepDetails;
        double period = reps[1].TurnS - reps[0].TurnS;
        // The approach counted, the first rep missed, a rep in the middle missed, and the re-rack counted.
        var counted = reps.Skip(1).Where(r => r.Index != 3)
            .Prepend(reps[0] with { StartS = reps[0].StartS - 2 * period, TurnS = reps[0].TurnS - 2 * period, EndS = reps[0].EndS - 2 * period })
            .Append(reps[^1] with { StartS = reps[^1].StartS + 2 * period, TurnS = reps[^1].TurnS + 2 * period, EndS = reps[^1].EndS + 2 * period })
            .ToList();
        var report = Truth.Value with { Sets = [set with { Reps = counted.Count, RepDetails = counted }] };

        var outcome = TempoComparison.Compare(Case, Truth.Value, report, exerciseKnown: true);

        Assert.Equal([CountingError.MissedFirst, CountingError.MissedMiddle, CountingError.ExtraBefore, CountingError.ExtraAfter],
                     outcome.CountingErrors);
    }

    [Fact]
    public void Reps_counted_from_rest_to_rest_are_the_wrong_side_of_the_swing()
    {
        var set = Truth.Value.Sets[0];
        // Each counted rep turns where a performed one ends: half a rep off, the rest position taken for the turn.
        var halfOff = set.RepDetails.SkipLast(1).Select((r, k) => r with
        {
            StartS = r.TurnS,
            TurnS = r.EndS,
            EndS = set.RepDetails[k + 1].TurnS,
        }).ToList();
        var report = Truth.Value with { Sets = [set with { Reps = halfOff.Count, RepDetails = halfOff }] };

        var outcome = TempoComparison.Compare(Case, Truth.Value, report, exerciseKnown: true);
        var summary = TempoModeSummary.From([outcome, TempoComparison.Compare(Case, Truth.Value, Truth.Value, exerciseKnown: true)]);

        Assert.Equal([CountingError.WrongSide], outcome.CountingErrors);
        Assert.Equal(new Dictionary<string, int> { ["wrong-side"] = 1 }, summary.CountingErrors);
    }

    [Fact]
    public void Sets_counted_right_have_no_counting_error()
    {
        Assert.Empty(TempoComparison.Compare(Case, Truth.Value, Truth.Value, exerciseKnown: true).CountingErrors);
        Assert.Empty(TempoComparison.Compare(Case, Truth.Value, Truth.Value with { Sets = [] }, exerciseKnown: true).CountingErrors);
    }

    [Fact]
    public void Precision_and_recall_count_found_and_missed_flags_rep_by_rep()
    {
        FlagMatch[] matches =
        [
            new("momentum", 1, InTruth: true, Found: true, "fault"),
            new("momentum", 2, InTruth: true, Found: false, null),
            new("momentum", 3, InTruth: false, Found: true, "info"),
            new("momentum", 4, InTruth: true, Found: true, "fault"),
        ];
        var score = FlagScore.Of("momentum", matches);
        Assert.Equal((2, 1, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
        Assert.Equal((0.6667, 0.6667), (score.Precision, score.Recall));
    }
}
