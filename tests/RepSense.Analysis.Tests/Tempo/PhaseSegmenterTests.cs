using RepSense.Analysis.Exercises;
using RepSense.Analysis.Reports;
using RepSense.Analysis.Simulation;
using RepSense.Analysis.Tempo;
using RepSense.Analysis.Validation;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Tests.Tempo;

public class PhaseSegmenterTests
{
    [Theory]
    [InlineData(0.05)]
    [InlineData(0.1)]
    [InlineData(0.25)]
    public void The_minimum_jerk_lag_is_where_its_speed_reaches_the_fraction_of_its_peak(double fraction)
    {
        // Second route: walk the minimum-jerk speed 30s²(1-s)² (peak 1.875 at s = 0.5) up to the fraction.
        double s = 0;
        while (30 * s * s * (1 - s) * (1 - s) < fraction * 1.875) s += 1e-6;
        Assert.Equal(s / (1 - 2 * s), PhaseSegmenter.MinimumJerkLag(fraction), 4);
    }

    [Fact]
    public void The_tempo_reads_the_frames_not_the_counters_hop_wise_projections()
    {
        // The counter's projections are recomputed per hop and can step where hops meet; the tempo must not see it.
        var motion = ExerciseMotions.Find("reverse-fly")!;
        var set = new SetPlan(motion, 8, TempoNotation.Parse("2-0-1-0"));
        var recording = Simulator.Simulate(new SimulationPlan(new SessionPlan([set]), SampleRate.FromHertz(50)) { Seed = 31 });
        var segment = Assert.Single(SimulatedAnalysis.Analyze(recording.Tracks).Sets);
        var stepped = segment.Signals with
        {
            Movement = segment.Signals.Movement.Select((v, i) => v + (i / 10) * 0.7).ToArray(),
            Counting = segment.Signals.Counting.Select((v, i) => v - (i / 10) * 0.7).ToArray(),
        };

        var clean = TempoAnalyzer.Analyze(segment);
        var withSteps = TempoAnalyzer.Analyze(segment with { Signals = stepped });

        Assert.Equal(clean.Reps.Select(r => (r.StartS, r.TurnS, r.EndS, r.ConcentricS, r.EccentricS)),
                     withSteps.Reps.Select(r => (r.StartS, r.TurnS, r.EndS, r.ConcentricS, r.EccentricS)));
        Assert.True(clean.Reps.Count == 8 && clean.Reps.All(r => r.EndS > r.TurnS && r.TurnS > r.StartS));
    }

    [Fact]
    public void A_long_hold_is_not_cut_to_a_missing_pause_by_sway_in_it()
    {
        // Over a 2 s hold the wrist's slow sway tilts the force by about as much as 5 % of a row's excursion: an edge
        // placed where sway first crosses that threshold cuts the hold short (and a clean set gets "missing pause").
        var cases = TempoEvalGrid.Cases(Enumerable.Range(1, 20), TempoEvalGrid.Exercises, [TempoScenario.Clean])
                                 .Where(c => c.Exercise == "seated-cable-row" && c.Tempo.TopPauseS >= 2).ToList();
        Assert.True(cases.Count >= 5, $"{cases.Count} sets with a 2 s hold");
        foreach (var c in cases)
        {
            var recording = Simulator.Simulate(c.Plan());
            var performed = recording.Truth.Sets.Single();
            var report = AnalysisReportBuilder.Build(SimulatedAnalysis.Analyze(recording.Tracks), "sim", "simulated",
                ExerciseCatalog.Default.Resolve(c.Exercise));
            var counted = report.Sets.MaxBy(s => Math.Min(s.EndS, performed.EndS) - Math.Max(s.StartS, performed.StartS))!;
            if (counted.Reps != performed.Reps) continue;
            for (int k = 0; k < performed.Reps; k++)
                Assert.True(counted.RepDetails[k].TopHoldS >= TempoOptions.Default.MissingPauseRatio * performed.RepDetails[k].TopHoldS,
                    $"{c}: rep {k + 1} held {counted.RepDetails[k].TopHoldS:0.00} s of {performed.RepDetails[k].TopHoldS:0.00} s");
        }
    }
}
