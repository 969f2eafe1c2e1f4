using RepSense.Analysis.Exercises;
using RepSense.Analysis.Reports;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Simulation;
using RepSense.Analysis.Tempo;
using RepSense.Analysis.Tests.Simulation;
using RepSense.Analysis.Validation;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Tests.Tempo;

/// <summary>The tempo analysis on simulated sets whose phases and faults are known: each test performs one set (with
/// idle around it, a phone on the wrist in the orientation the seed draws), runs the real analysis and reads the
/// report.</summary>
public class TempoAnalyzerTests
{
    // The seeds are ones whose set the counter (tested on its own) counts right: the comparisons are rep by rep.
    private static (AnalysisReport Truth, SetReport Found) Analyse(string exercise, string tempo, int reps, int seed,
        double rateHz = 100, bool gyroscope = true, bool exerciseKnown = true, params (int Rep, RepFaults Faults)[] faults)
    {
        var motion = ExerciseMotions.Find(exercise)!;
        var set = new SetPlan(motion, reps, TempoNotation.Parse(tempo)) { Faults = faults.ToDictionary(f => f.Rep, f => f.Faults) };
        var plan = new SimulationPlan(new SessionPlan([set]) { IdleBeforeS = 8, IdleAfterS = 8 }, SampleRate.FromHertz(rateHz))
        {
            Gyroscope = gyroscope,
            Sensor = SensorModel.Phone,
            Seed = seed,
        };
        var recording = Simulator.Simulate(plan);
        var report = AnalysisReportBuilder.Build(SimulatedAnalysis.Analyze(recording.Tracks), "sim", "simulated",
                                                 exerciseKnown ? ExerciseCatalog.Default.Resolve(motion.Name) : null);
        var found = Assert.Single(report.Sets);
        Assert.Equal(reps, found.Reps);
        return (recording.Truth, found);
    }

    private static IEnumerable<(int Rep, FlagReport Flag)> Flags(SetReport set) =>
        set.RepDetails.SelectMany(r => (r.Flags ?? []).Select(f => (r.Index, f)));

    [Theory]
    [InlineData("dumbbell-row", "2-0-1-1", 11, true)]
    [InlineData("bench-press", "2-0-1-1", 12, true)]
    [InlineData("seated-cable-row", "2-0-1-2", 13, true)]
    [InlineData("deadlift", "2-1-1-1", 16, false)]
    public void Phases_of_a_clean_set_are_placed_within_a_few_percent_of_the_rep(string exercise, string tempo, int seed, bool gyroscope)
    {
        var (truth, found) = Analyse(exercise, tempo, 8, seed, gyroscope: gyroscope);
        var performed = truth.Sets[0].RepDetails;
        for (int k = 0; k < performed.Count; k++)
        {
            var t = performed[k];
            var a = found.RepDetails[k];
            double tolerance = 0.08 * (t.EndS - t.StartS);
            Assert.Equal(t.StartS, a.StartS, tolerance);
            Assert.Equal(t.TurnS, a.TurnS, tolerance);
            Assert.Equal(t.EndS, a.EndS, tolerance);
            Assert.Equal(t.ConcentricS!.Value, a.ConcentricS!.Value, 2 * tolerance);
            Assert.Equal(t.EccentricS!.Value, a.EccentricS!.Value, 2 * tolerance);
        }
        Assert.DoesNotContain(Flags(found), f => f.Flag.Severity == "fault");
        Assert.Equal("exercise", found.ConcentricFrom);
    }

    [Fact]
    public void Rushed_row_eccentric_is_flagged_on_its_rep_only()
    {
        var (_, found) = Analyse("dumbbell-row", "2-0-1-1", 10, seed: 21, faults: (4, RepFaults.RushedEccentric));
        var rushed = Flags(found).Where(f => f.Flag.Code == FlagCodes.RushedEccentric).ToList();
        Assert.Equal([4], rushed.Select(f => f.Rep));
        Assert.True(rushed[0].Flag.Measured < rushed[0].Flag.Threshold);
        Assert.Contains("rushed eccentric", rushed[0].Flag.Message);
    }

    [Fact]
    public void Momentum_on_a_kroc_row_is_information_and_on_a_chest_supported_row_a_fault()
    {
        var (_, kroc) = Analyse("kroc-row", "2-0-1-0", 10, seed: 22, faults: (5, RepFaults.Momentum));
        var (_, strict) = Analyse("chest-supported-row", "2-0-1-0", 10, seed: 22, faults: (5, RepFaults.Momentum));

        var allowed = Assert.Single(Flags(kroc), f => f.Flag.Code == FlagCodes.Momentum);
        var fault = Assert.Single(Flags(strict), f => f.Flag.Code == FlagCodes.Momentum);
        Assert.Equal((5, "info"), (allowed.Rep, allowed.Flag.Severity));
        Assert.Equal((5, "fault"), (fault.Rep, fault.Flag.Severity));
    }

    [Fact]
    public void A_partial_rep_is_flagged_with_its_share_of_the_typical_range()
    {
        var (_, found) = Analyse("bent-over-row", "2-0-1-1", 10, seed: 23, faults: (6, RepFaults.PartialRange));
        var partial = Assert.Single(Flags(found), f => f.Flag.Code == FlagCodes.PartialRep);
        Assert.Equal(6, partial.Rep);
        Assert.InRange(found.RepDetails[5].RangeOfMotion!.Value, 0.3, 0.7);
        Assert.All(found.RepDetails.Where(r => r.Index != 6), r => Assert.InRange(r.RangeOfMotion!.Value, 0.8, 1.25));
    }

    [Fact]
    public void A_skipped_prescribed_top_hold_is_a_missing_pause_fault()
    {
        var (_, found) = Analyse("seated-cable-row", "2-0-1-2", 9, seed: 24, faults: (3, RepFaults.MissingPause));
        var missing = Flags(found).Where(f => f.Flag.Code == FlagCodes.MissingPause).ToList();
        Assert.Equal([3], missing.Select(f => f.Rep));
        Assert.Equal("fault", missing[0].Flag.Severity);
        Assert.True(found.RepDetails[2].TopHoldS < 0.5 && found.RepDetails.Where(r => r.Index != 3).All(r => r.TopHoldS > 1.5));
    }

    [Theory]
    [InlineData("dumbbell-row", 50, 3)]
    [InlineData("pull-up", 100, 2)]
    [InlineData("deadlift", 25, 4)]
    public void A_last_rep_the_recording_cut_at_its_lockout_is_timed_only_as_far_as_it_was_seen(string exercise, double rateHz, int seed)
    {
        // Concentric-first lifts: the lockout is the turn, and the recording stops 0.2 s after it.
        var motion = ExerciseMotions.Find(exercise)!;
        var plan = new SimulationPlan(new SessionPlan([new SetPlan(motion, 8, motion.DefaultTempo)]) { IdleBeforeS = 8, IdleAfterS = 8 },
                                      SampleRate.FromHertz(rateHz)) { Sensor = SensorModel.Phone, Seed = seed };
        var recording = Simulator.Simulate(plan);
        var performed = recording.Truth.Sets[0].RepDetails;
        var samples = Simulations.Samples(recording).Where(s => s.TimeS <= performed[^1].TurnS + 0.2);

        var set = Assert.Single(RepPipeline.Run(samples).OfType<SetEnded>()).Set;
        Assert.Equal(8, set.Reps.Count);
        Assert.True(set.Reps[^1].SecondHalfCut);
        Assert.All(set.Reps.SkipLast(1), r => Assert.False(r.SecondHalfCut));

        var tempo = TempoAnalyzer.Analyze(set, ExerciseCatalog.Default.Resolve(motion.Name));
        var last = tempo.Reps[^1];
        Assert.Equal(performed[^1].ConcentricS!.Value, last.ConcentricS!.Value, tolerance: 0.4);
        Assert.Equal((null, null, null, null, null), (last.EccentricS, last.TopHoldS, last.BottomHoldS, last.RangeOfMotion, last.PeakEffort));
        Assert.Empty(last.Flags);
        Assert.True(last.StartS >= tempo.Reps[^2].EndS);
        // The whole reps keep both halves, and the rep before the cut one its pause on the floor or at the bottom.
        Assert.All(tempo.Reps.SkipLast(1), r => Assert.True(r.ConcentricS > 0 && r.EccentricS > 0));
        Assert.NotNull(tempo.Reps[^2].BottomHoldS);
        // The report says which rep it is.
        var report = AnalysisReportBuilder.Set(1, set, ExerciseCatalog.Default.Resolve(motion.Name));
        Assert.Equal([.. Enumerable.Repeat(false, 7), true], report.RepDetails.Select(r => r.SecondHalfCut));
    }

    [Fact]
    public void A_rep_pulled_without_the_pendlay_rows_dead_stop_is_a_fault_and_without_the_exercise_a_skipped_pause()
    {
        var (truth, found) = Analyse("pendlay-row", "2-1-1-0", 8, seed: 25, faults: (3, RepFaults.MissingPause));
        var noStop = Assert.Single(Flags(found), f => f.Flag.Code == FlagCodes.NoDeadStop);
        Assert.Equal((4, "fault"), (noStop.Rep, noStop.Flag.Severity));
        Assert.Equal(truth.Sets[0].RepDetails[3].Flags!.Select(f => f.Code), [FlagCodes.NoDeadStop]);

        // Without the exercise no dead stop is known to be asked for: the skipped pause is noted on the rep before it.
        var (_, unknown) = Analyse("pendlay-row", "2-1-1-0", 8, seed: 25, exerciseKnown: false, faults: (3, RepFaults.MissingPause));
        Assert.DoesNotContain(Flags(unknown), f => f.Flag.Code == FlagCodes.NoDeadStop);
        var skipped = Assert.Single(Flags(unknown), f => f.Flag.Code == FlagCodes.MissingPause);
        Assert.Equal((3, "info"), (skipped.Rep, skipped.Flag.Severity));
    }

    [Theory]
    [InlineData("bent-over-row", true)]
    [InlineData("bench-press", false)]
    [InlineData("romanian-deadlift", false)]
    public void Without_the_exercise_the_half_in_which_the_hand_rises_is_the_concentric(string exercise, bool concentricFirst)
    {
        // A symmetric tempo: the faster half would not tell.
        var (truth, found) = Analyse(exercise, "1.5-0-1.5-1", 8, seed: 27, exerciseKnown: false);
        Assert.Equal("signal", found.ConcentricFrom);
        // The pause after the last rep is null, and it is the bottom hold when the concentric comes first.
        Assert.Equal(concentricFirst, found.RepDetails[^1].BottomHoldS is null);
        Assert.Equal(truth.Sets[0].RepDetails[0].ConcentricS!.Value, found.RepDetails[0].ConcentricS!.Value, 0.3);
    }

    [Fact]
    public void A_set_that_slows_sharply_carries_a_tempo_drift_note()
    {
        var motion = ExerciseMotions.Find("dumbbell-row")!;
        var set = new SetPlan(motion, 10, TempoNotation.Parse("2-0-1-1")) { FatiguePct = 120 };
        var recording = Simulator.Simulate(new SimulationPlan(new SessionPlan([set]) { IdleBeforeS = 8, IdleAfterS = 8 },
                                                             SampleRate.FromHertz(50)) { Seed = 26 });
        var found = Assert.Single(AnalysisReportBuilder.Build(SimulatedAnalysis.Analyze(recording.Tracks), "sim", "simulated").Sets);
        var drift = Assert.Single(found.Flags!);
        Assert.Equal((FlagCodes.TempoDrift, "info"), (drift.Code, drift.Severity));
        Assert.True(found.SlowdownPct >= TempoOptions.Default.TempoDriftPct);
        Assert.Equal(recording.Truth.Sets[0].SlowdownPct!.Value, found.SlowdownPct!.Value, tolerance: 10.0);
    }
}
