using RepSense.Analysis.Reports;
using RepSense.Analysis.Simulation;
using static RepSense.Analysis.Tests.Simulation.Simulations;

namespace RepSense.Analysis.Tests.Simulation;

public class TruthTests
{
    private static readonly Lazy<SimulatedRecording> Session = new(() => Record(BackSession(), rateHz: 25, seed: 4));

    [Fact]
    public void The_back_session_has_the_StrengthLog_sets_and_rep_counts()
    {
        var truth = Session.Value.Truth;

        Assert.Equal(
            ["deadlift", "deadlift", "deadlift", "pull-up", "pull-up", "pull-up", "dumbbell-row", "dumbbell-row", "dumbbell-row",
             "back-extension", "back-extension", "back-extension", "reverse-fly", "reverse-fly", "reverse-fly"],
            truth.Sets.Select(s => s.Exercise));
        Assert.Equal([5, 5, 5, 8, 8, 8, 10, 10, 10, 12, 12, 12, 15, 15, 15], truth.Sets.Select(s => s.Reps));
        Assert.Equal(truth.Sets.Sum(s => s.Reps), truth.TotalReps);
        Assert.Equal(Enumerable.Range(1, 15), truth.Sets.Select(s => s.Index));
    }

    [Fact]
    public void Reps_are_consistent_with_the_rep_anatomy()
    {
        foreach (var set in Session.Value.Truth.Sets)
        {
            Assert.Equal(set.Reps, set.RepDetails.Count);
            Assert.Equal(set.RepDetails[0].StartS, set.StartS);
            Assert.Equal(set.RepDetails[^1].EndS, set.EndS);
            bool concentricFirst = ExerciseMotions.Find(set.Exercise!)!.Model.ConcentricFirst;
            for (int i = 0; i < set.RepDetails.Count; i++)
            {
                var rep = set.RepDetails[i];
                Assert.Equal(i + 1, rep.Index);
                Assert.InRange(rep.TurnS, rep.StartS, rep.EndS);
                double between = concentricFirst ? rep.TopHoldS!.Value : rep.BottomHoldS!.Value;
                double? pause = concentricFirst ? rep.BottomHoldS : rep.TopHoldS;
                Assert.Equal(rep.EndS - rep.StartS, rep.ConcentricS!.Value + between + rep.EccentricS!.Value, 1e-9);
                double firstHalf = concentricFirst ? rep.ConcentricS.Value : rep.EccentricS.Value;
                Assert.Equal(rep.StartS + firstHalf + between / 2, rep.TurnS, 1e-9);
                if (i == set.RepDetails.Count - 1) Assert.Null(pause);
                else Assert.Equal(set.RepDetails[i + 1].StartS, rep.EndS + pause!.Value, 1e-9);
            }
        }
    }

    [Fact]
    public void Sets_are_in_order_and_do_not_overlap_and_lie_inside_the_recording()
    {
        var sets = Session.Value.Truth.Sets;
        for (int i = 1; i < sets.Count; i++) Assert.True(sets[i].StartS > sets[i - 1].EndS + 30);
        Assert.True(sets[0].StartS > 0);
        Assert.True(sets[^1].EndS < Session.Value.Truth.DurationS);
    }

    [Fact]
    public void Getting_in_and_out_of_position_moves_the_wrist_but_is_not_a_rep()
    {
        var recording = Session.Value;
        var reps = recording.Truth.Sets.SelectMany(s => s.RepDetails).ToList();
        foreach (var span in recording.Spans.Where(s => s.Kind is SpanKind.Approach or SpanKind.Retreat or SpanKind.Walk or SpanKind.Fidget))
        {
            Assert.DoesNotContain(reps, r => r.StartS < span.EndS && r.EndS > span.StartS);
            var start = Position(recording, span.StartS);
            double travel = Enumerable.Range(0, 21).Max(k => (Position(recording, span.StartS + k * (span.EndS - span.StartS) / 20) - start).Length);
            Assert.True(travel > 0.2, $"{span.Kind} at {span.StartS:0.0} s moves the wrist only {travel:0.00} m");
        }
    }

    [Fact]
    public void The_turn_is_the_point_of_the_rep_farthest_from_its_start()
    {
        var recording = Session.Value;
        foreach (var rep in recording.Truth.Sets.SelectMany(s => s.RepDetails))
        {
            var start = Position(recording, rep.StartS);
            double atTurn = (Position(recording, rep.TurnS) - start).Length;
            double farthest = Enumerable.Range(0, 41)
                .Max(k => (Position(recording, rep.StartS + k * (rep.EndS - rep.StartS) / 40) - start).Length);
            Assert.True(atTurn >= farthest - 0.01, $"turn at {rep.TurnS} is {atTurn:0.000} m out, the rep reaches {farthest:0.000} m");
        }
    }

    [Fact]
    public void Set_summaries_follow_the_reps()
    {
        var set = Session.Value.Truth.Sets[2];
        Assert.Equal(set.RepDetails.Sum(r => r.ConcentricS!.Value + r.EccentricS!.Value + (r.TopHoldS ?? 0) + (r.BottomHoldS ?? 0)),
            set.TimeUnderTensionS!.Value, 1e-6);
        Assert.Equal("1-1-1-0", set.Tempo);
        Assert.NotNull(set.SlowdownPct);
    }

    [Fact]
    public void The_truth_round_trips_through_the_analysis_json()
    {
        var truth = Session.Value.Truth;
        var again = AnalysisJson.Deserialize(AnalysisJson.Serialize(truth));

        Assert.Equal(AnalysisJson.Serialize(truth), AnalysisJson.Serialize(again));
        Assert.Equal(truth.Sets[3].RepDetails[2].Flags![0].Code, again.Sets[3].RepDetails[2].Flags![0].Code);
    }
}
