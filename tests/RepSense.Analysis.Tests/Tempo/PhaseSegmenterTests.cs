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
}
