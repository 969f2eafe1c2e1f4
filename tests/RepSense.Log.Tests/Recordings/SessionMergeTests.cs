using RepSense.Analysis.Reports;
using RepSense.Log.Model;
using RepSense.Log.Recordings;
using RepSense.Log.Units;

namespace RepSense.Log.Tests.Recordings;

public class SessionMergeTests
{
    private static readonly Weight Import = new(60, WeightUnit.Kg);
    private static readonly Dictionary<string, int> NoFaults = [];

    private static LoggedSet Planned(int position, double weight = 55, int target = 10) =>
        new(position, 1, DateOnly.Parse("2025-03-03"), "seated-cable-row", true, null, position, SetKind.Work, SetStatus.Planned,
            new Weight(weight, WeightUnit.Kg), target, null, null, null, null, null, null, null, null, null, null, null, NoFaults);

    private static LoggedSet Logged(int position, int reps, double weight = 60, long? recording = null) =>
        Planned(position, weight) with { Status = SetStatus.Done, TargetReps = null, LoggedReps = reps, RecordingId = recording };

    [Fact]
    public void Detected_sets_fill_the_planned_sets_in_order_at_the_imported_weight()
    {
        var plan = SessionMerge.Plan([Planned(1), Planned(2), Planned(3)], SampleReports.Of([10, 10, 9]), Import);

        Assert.Equal([1, 2, 3], plan.Fills.Select(f => f.Existing.Position));
        Assert.Equal([10, 10, 9], plan.Fills.Select(f => f.Detected.CountedReps));
        Assert.All(plan.Fills, f => Assert.Equal(Import, f.Weight));
        Assert.Empty(plan.Additions);
        Assert.Empty(plan.RepDisagreements);
    }

    [Fact]
    public void A_logged_count_that_differs_from_the_analyzers_is_reported_and_both_are_kept()
    {
        var plan = SessionMerge.Plan([Logged(1, 10), Logged(2, 10)], SampleReports.Of([10, 9]), Import);

        var disagreement = Assert.Single(plan.RepDisagreements);
        Assert.Equal(new RepDisagreement(2, 10, 9), disagreement);
        Assert.Equal(10, plan.Fills[1].Existing.LoggedReps);
        Assert.Equal(9, plan.Fills[1].Detected.CountedReps);
    }

    [Fact]
    public void Detected_sets_beyond_the_logged_ones_are_added()
    {
        var plan = SessionMerge.Plan([Logged(1, 10)], SampleReports.Of([10, 10, 8]), Import);

        Assert.Single(plan.Fills);
        Assert.Equal([2, 3], plan.Additions.Select(a => a.RecordingSetIndex));
    }

    [Fact]
    public void A_logged_weight_is_kept_and_a_different_imported_weight_is_reported()
    {
        var plan = SessionMerge.Plan([Logged(1, 10, weight: 55)], SampleReports.Of([10]), Import);

        Assert.Equal(new Weight(55, WeightUnit.Kg), plan.Fills[0].Weight);
        Assert.Equal(new WeightDisagreement(1, new Weight(55, WeightUnit.Kg), Import), Assert.Single(plan.WeightDisagreements));
    }

    [Fact]
    public void Sets_already_filled_by_a_recording_are_not_filled_again()
    {
        var plan = SessionMerge.Plan([Logged(1, 10, recording: 7), Planned(2)], SampleReports.Of([9]), Import);
        Assert.Equal(2, Assert.Single(plan.Fills).Existing.Position);
    }

    [Fact]
    public void Reps_with_a_fault_flag_are_not_clean_and_info_flags_do_not_count()
    {
        var faults = new Dictionary<int, int[]> { [1] = [9, 10] };
        var report = SampleReports.Of([10], faults);
        var withInfo = report.Sets[0].RepDetails.Select((rep, i) => i == 0 ? rep with { Flags = [new FlagReport("tempo-drift", "info", "slower")] } : rep).ToList();
        report = report with { Sets = [report.Sets[0] with { RepDetails = withInfo }] };

        var detected = SessionMerge.Plan([Planned(1)], report, Import).Fills[0].Detected;

        Assert.Equal(10, detected.CountedReps);
        Assert.Equal(8, detected.CleanReps);
        Assert.Equal(2, detected.Faults["momentum"]);
        Assert.False(detected.Faults.ContainsKey("tempo-drift"));
    }

    [Fact]
    public void The_same_weight_logged_in_the_other_unit_is_no_disagreement()
    {
        var plan = SessionMerge.Plan([Logged(1, 10) with { Weight = new Weight(132.277, WeightUnit.Lb) }], SampleReports.Of([10]), Import);
        Assert.Empty(plan.WeightDisagreements);
        Assert.Equal(new Weight(132.277, WeightUnit.Lb), plan.Fills[0].Weight);
    }

    [Fact]
    public void A_detected_set_lasts_from_its_first_reps_start_to_its_last_reps_end()
    {
        var report = SampleReports.Of([10]);
        var detected = SessionMerge.Plan([Planned(1)], report, Import).Fills[0].Detected;
        Assert.Equal(report.Sets[0].RepDetails[^1].EndS - report.Sets[0].RepDetails[0].StartS, detected.DurationS, 9);
    }

    [Fact]
    public void A_rep_with_an_info_flag_beside_its_fault_flag_is_still_a_fault_rep()
    {
        var report = SampleReports.Of([10], new Dictionary<int, int[]> { [1] = [4] });
        var reps = report.Sets[0].RepDetails.Select(rep => rep.Flags is { } flags ? rep with { Flags = [new FlagReport("tempo-drift", "info", "slower"), .. flags] } : rep).ToList();
        report = report with { Sets = [report.Sets[0] with { RepDetails = reps }] };

        var detected = SessionMerge.Plan([Planned(1)], report, Import).Fills[0].Detected;

        Assert.Equal(9, detected.CleanReps);
        Assert.Equal(1, detected.Faults["momentum"]);
    }
}
