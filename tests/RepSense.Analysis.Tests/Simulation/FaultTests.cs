using RepSense.Analysis.Reports;
using RepSense.Analysis.Simulation;
using static RepSense.Analysis.Tests.Simulation.Simulations;

namespace RepSense.Analysis.Tests.Simulation;

public class FaultTests
{
    private static SimulatedRecording RowSet(params (int Rep, RepFaults Faults)[] faults) =>
        Record(Set("dumbbell row", 10, "2-0-1-1", 0, faults), rateHz: 100, seed: 13);

    private static IReadOnlyList<RepReport> Reps(SimulatedRecording recording) => recording.Truth.Sets[0].RepDetails;

    private static string[] Codes(RepReport rep) => rep.Flags?.Select(f => f.Code).ToArray() ?? [];

    [Fact]
    public void A_momentum_rep_has_a_short_concentric_that_starts_with_a_much_higher_acceleration()
    {
        var recording = RowSet((5, RepFaults.Momentum));
        var reps = Reps(recording);
        double StartPeak(RepReport rep) =>
            Between(recording, rep.StartS, rep.StartS + 0.3 * rep.ConcentricS!.Value).Max(i => DynamicMs2(recording, i));

        double others = Median(reps.Where(r => r.Index != 5).Select(StartPeak));
        Assert.True(StartPeak(reps[4]) > 3 * others, $"momentum start peak {StartPeak(reps[4]):0.0} vs {others:0.0} m/s²");
        Assert.True(reps[4].ConcentricS < 0.6 * Median(reps.Where(r => r.Index != 5).Select(r => r.ConcentricS!.Value)));
        Assert.Equal(["momentum"], Codes(reps[4]));
        Assert.All(reps.Where(r => r.Index != 5), r => Assert.Empty(Codes(r)));
    }

    [Fact]
    public void A_rushed_eccentric_is_far_shorter_than_planned_and_than_its_concentric()
    {
        var reps = Reps(RowSet((4, RepFaults.RushedEccentric)));

        Assert.True(reps[3].EccentricS < 0.5 * 2.0);
        Assert.True(reps[3].EccentricS < reps[3].ConcentricS);
        Assert.All(reps.Where(r => r.Index != 4), r => Assert.True(r.EccentricS > r.ConcentricS));
        Assert.Equal(["rushed-eccentric"], Codes(reps[3]));
    }

    [Fact]
    public void A_missing_pause_skips_the_hold_and_the_wrist_really_holds_still_in_the_others()
    {
        var recording = RowSet((6, RepFaults.MissingPause));
        var reps = Reps(recording);

        Assert.True(reps[5].TopHoldS < 0.07);
        foreach (var rep in reps.Where(r => r.Index != 6))
        {
            Assert.True(rep.TopHoldS > 0.5);
            double half = rep.TopHoldS!.Value / 2 - 0.05;
            double moved = (Position(recording, rep.TurnS + half) - Position(recording, rep.TurnS - half)).Length;
            Assert.True(moved < 0.01, $"rep {rep.Index} moved {moved:0.000} m during its hold");
        }
        Assert.Equal(["missing-pause"], Codes(reps[5]));
    }

    [Fact]
    public void Where_each_rep_starts_from_a_dead_stop_the_floor_pause_a_rep_skips_is_the_next_reps_fault()
    {
        // Pendlay row, concentric first: the pause on the floor comes after each rep, before the next one's pull.
        var reps = Reps(Record(Set("pendlay-row", 8, "2-1-1-0", 0, (3, RepFaults.MissingPause)), rateHz: 50, seed: 13));

        Assert.True(reps[2].BottomHoldS < 0.07);
        Assert.All(reps.Where(r => r.Index != 3 && r.BottomHoldS is not null), r => Assert.True(r.BottomHoldS > 0.5));
        Assert.Equal(["no-dead-stop"], Codes(reps[3]));
        Assert.All(reps.Where(r => r.Index != 4), r => Assert.Empty(Codes(r)));
    }

    [Fact]
    public void A_partial_rep_covers_40_to_60_percent_of_the_sets_range()
    {
        var recording = RowSet((7, RepFaults.PartialRange));
        var reps = Reps(recording);
        double Range(RepReport rep) => (Position(recording, rep.TurnS) - Position(recording, rep.StartS)).Length;

        double typical = Median(reps.Where(r => r.Index != 7).Select(Range));
        Assert.InRange(Range(reps[6]) / typical, 0.35, 0.65);
        Assert.Equal(["partial-rep"], Codes(reps[6]));
    }

    [Fact]
    public void Faults_combine_on_one_rep()
    {
        var reps = Reps(RowSet((3, RepFaults.Momentum | RepFaults.PartialRange)));

        Assert.Equal(["momentum", "partial-rep"], Codes(reps[2]));
    }

    [Fact]
    public void Fatigue_slows_the_reps_and_flags_the_set()
    {
        var tired = Record(Set("dumbbell row", 10, "2-0-1-0", fatiguePct: 60), seed: 3).Truth.Sets[0];
        var fresh = Record(Set("dumbbell row", 10, "2-0-1-0"), seed: 3).Truth.Sets[0];

        Assert.True(tired.SlowdownPct > 25, $"slowdown {tired.SlowdownPct} %");
        Assert.InRange(fresh.SlowdownPct!.Value, -15, 15);
        Assert.Equal(["tempo-drift"], tired.Flags!.Select(f => f.Code));
        Assert.Null(fresh.Flags);
        Assert.True(tired.RepDetails[^1].ConcentricS > 1.3 * tired.RepDetails[0].ConcentricS);
    }

    [Fact]
    public void Every_fault_flag_is_a_fault_by_default()
    {
        var reps = Reps(RowSet((2, RepFaults.Momentum), (4, RepFaults.RushedEccentric), (6, RepFaults.MissingPause), (8, RepFaults.PartialRange)));

        Assert.All(reps.SelectMany(r => r.Flags ?? []), f => Assert.Equal("fault", f.Severity));
        Assert.Equal(4, reps.Count(r => r.Flags is not null));
    }

    [Fact]
    public void Momentum_is_judged_by_the_catalogs_policy_info_in_the_late_cheat_reps_of_a_neutral_exercise()
    {
        var deadlift = Simulations.Set("deadlift", 5, null, 0, (1, RepFaults.Momentum), (5, RepFaults.Momentum));
        Assert.Equal(RepSense.Analysis.Exercises.MomentumPolicy.Neutral, deadlift.Exercise.Profile.Tempo.Momentum);
        var reps = Record(deadlift, seed: 2).Truth.Sets[0].RepDetails;

        Assert.Equal("fault", reps[0].Flags!.Single().Severity);
        Assert.Equal("info", reps[4].Flags!.Single().Severity);
    }

    [Fact]
    public void Eccentric_first_exercises_put_the_momentum_in_the_second_half()
    {
        var recording = Record(Set("bench press", 6, null, 0, (3, RepFaults.Momentum)), seed: 8);
        var rep = Reps(recording)[2];
        double concentricStart = rep.TurnS + rep.BottomHoldS!.Value / 2;
        double peak = Between(recording, concentricStart, concentricStart + 0.3 * rep.ConcentricS!.Value).Max(i => DynamicMs2(recording, i));
        double eccentricPeak = Between(recording, rep.StartS, rep.StartS + rep.EccentricS!.Value).Max(i => DynamicMs2(recording, i));

        Assert.True(peak > 2 * eccentricPeak);
        Assert.Equal(rep.StartS + rep.EccentricS.Value + rep.BottomHoldS.Value / 2, rep.TurnS, 1e-9);
    }
}
