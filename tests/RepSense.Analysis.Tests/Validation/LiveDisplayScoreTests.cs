using RepSense.Analysis.Reps;
using RepSense.Analysis.Tests.Simulation;
using RepSense.Analysis.Validation;

namespace RepSense.Analysis.Tests.Validation;

public class LiveDisplayScoreTests
{
    private static RepCounted Counted(int set, int index, double startS, double turnS, double endS, double atS) =>
        new(set, new Rep(index, startS, turnS, endS, 1.0), atS);

    // A set-up move counted and withdrawn, three provisional reps (the third printed late), then the set recognised at
    // 11 s with four reps, two more reps after it (one final in time, one late), and a second set with no provisional
    // reps at all.
    private static readonly AnalysisEvent[] Session =
    [
        new ProvisionalRep(1, 0.0, 1.0, 1.8, 2.0),
        new ProvisionalRepsWithdrawn(1, 4.0),
        new ProvisionalRep(1, 2.5, 3.5, 4.0, 4.0),
        new ProvisionalRep(2, 4.5, 5.5, 6.4, 6.5),
        new ProvisionalRep(3, 7.0, 8.0, 8.8, 10.8),
        new SetStarted(1, 2.5, 2.5, 11.0),
        Counted(1, 1, 2.5, 3.5, 4.5, 11.0),  // deadline 5.5: the screen shows "rep 1?" (printed again at 4.0)
        Counted(1, 2, 4.5, 5.5, 7.0, 11.0),  // deadline 8.0: "rep 2?"
        Counted(1, 3, 7.0, 8.0, 9.5, 11.0),  // deadline 10.5: still "rep 2?" — its line came at 10.8
        Counted(1, 4, 9.5, 10.0, 10.5, 11.0), // deadline 11.5: the set's announcement is on the screen
        Counted(1, 5, 10.5, 11.5, 12.5, 13.0), // final 0.5 s after its end
        Counted(1, 6, 12.5, 13.5, 14.5, 16.0), // 1.5 s
        new SetStarted(2, 20.0, 2.0, 30.0),
        Counted(2, 1, 20.0, 21.0, 22.0, 30.0), // nothing on the screen: 0, one off
        Counted(2, 2, 22.0, 23.0, 24.0, 30.0), // 0, two off
    ];

    [Fact]
    public void A_first_rep_is_shown_right_when_the_count_on_the_screen_a_second_after_its_end_is_its_number()
    {
        var score = LiveDisplayScore.Of(Session);

        Assert.Equal(6, score.FirstReps);
        Assert.Equal(3, score.FirstShownRight);
        Assert.Equal(5, score.FirstShownWithinOne);
        Assert.Equal(50.0, score.FirstShownRightPct);
    }

    [Fact]
    public void A_first_rep_is_reported_in_time_by_the_earliest_line_of_its_cycle_or_by_its_set()
    {
        // Rep 1 by the line printed at 4.0 (the nearest end, 4.0 against 4.5; the set-up's line ended too far off),
        // rep 2 at 6.5, rep 4 by the set; rep 3's line came 1.3 s after its end, set 2's reps had none.
        Assert.Equal(3, LiveDisplayScore.Of(Session).FirstReportedInTime);
    }

    [Fact]
    public void Reps_after_the_recognition_are_scored_by_when_they_became_final()
    {
        var score = LiveDisplayScore.Of(Session);

        Assert.Equal(2, score.InsideReps);
        Assert.Equal(1, score.InsideFinalInTime);
        Assert.Equal(50.0, score.InsideFinalInTimePct);
    }

    [Fact]
    public void Scores_add_up_and_no_reps_give_no_percentages()
    {
        var one = LiveDisplayScore.Of(Session);
        var two = one.Add(one);

        Assert.Equal(one with { FirstReps = 12, FirstShownRight = 6, FirstShownWithinOne = 10, FirstReportedInTime = 6, InsideReps = 4, InsideFinalInTime = 2 }, two);
        Assert.Equal(one.FirstShownRightPct, two.FirstShownRightPct);
        Assert.True(double.IsNaN(LiveDisplayScore.None.FirstShownRightPct));
        Assert.Equal(LiveDisplayScore.None, LiveDisplayScore.Of([]));
    }

    [Fact]
    public void On_a_simulated_set_with_provisional_reps_most_first_reps_are_shown_right()
    {
        var samples = Simulations.Samples(Simulations.AloneOnPhone(Simulations.Set("dumbbell-row", 10), 50, 1, gyroscope: true));
        var with = LiveDisplayScore.Of(RepPipeline.Run(samples, CountingOptions.Default with { ProvisionalReps = true }));
        var without = LiveDisplayScore.Of(RepPipeline.Run(samples));

        Assert.True(with.FirstReps >= 2, $"{with.FirstReps} first reps");
        Assert.Equal(with.FirstReps, without.FirstReps);
        Assert.True(with.FirstShownRight > without.FirstShownRight, $"{with.FirstShownRight} against {without.FirstShownRight} without provisional reps");
        Assert.True(with.FirstReportedInTime > without.FirstReportedInTime, $"{with.FirstReportedInTime} against {without.FirstReportedInTime}");
    }
}
