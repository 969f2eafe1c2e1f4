using RepSense.Analysis.Reps;
using RepSense.Analysis.Tests.Simulation;
using RepSense.Ingest;

namespace RepSense.Analysis.Tests.Reps;

/// <summary>
/// Provisional reps (<see cref="CountingOptions.ProvisionalReps"/>, on for <c>repsense live</c>): the movement's cycles
/// reported as they complete while no set is recognised, so a set's first reps reach the screen within a second instead
/// of at the set's recognition; replaced by the set's announcement, withdrawn when no set comes, and never a change to
/// what is counted.
/// </summary>
public class ProvisionalRepsTests
{
    private static readonly CountingOptions On = CountingOptions.Default with { ProvisionalReps = true };

    private static readonly (string Exercise, double RateHz, int Seed)[] Sets =
    [
        ("dumbbell-row", 50, 1), ("biceps-curl", 100, 2), ("overhead-press", 25, 3), ("lat-pulldown", 12.5, 4),
        ("bent-over-row", 200, 5), ("pull-up", 50, 6),
    ];

    [Fact]
    public void They_change_nothing_that_is_counted_or_when_it_is_reported()
    {
        foreach (var (exercise, rate, seed) in Sets)
        {
            var samples = Simulations.Samples(Simulations.AloneOnPhone(Simulations.Set(exercise, 8), rate, seed, gyroscope: seed % 2 == 0));
            var without = RepPipeline.Run(samples);
            var with = RepPipeline.Run(samples, On);

            Assert.DoesNotContain(without, e => e is ProvisionalRep or ProvisionalRepsWithdrawn);
            Assert.Contains(with, e => e is ProvisionalRep);
            var final = with.Where(e => e is not (ProvisionalRep or ProvisionalRepsWithdrawn)).Select(Describe).ToList();
            Assert.Equal(without.Select(Describe), final);
        }
    }

    [Fact]
    public void Over_half_of_a_sets_first_reps_are_reported_within_a_second_of_their_end_instead_of_at_recognition()
    {
        int firstReps = 0, early = 0, earlyWithout = 0;
        foreach (var (exercise, rate, seed) in Sets)
        {
            var events = RepPipeline.Run(Simulations.Samples(Simulations.AloneOnPhone(Simulations.Set(exercise, 10), rate, seed, gyroscope: true)), On);
            var provisional = new List<ProvisionalRep>();
            foreach (var e in events)
            {
                if (e is ProvisionalRep p)
                {
                    Assert.True(p.StartS < p.TurnS && p.TurnS < p.EndS && p.EndS <= p.AtS, p.ToString());
                    Assert.Equal(provisional.Count + 1, p.Number);
                    provisional.Add(p);
                }
                if (e is ProvisionalRepsWithdrawn w)
                {
                    Assert.Equal(provisional.Count, w.Count); // counting starts anew
                    provisional.Clear();
                }
                if (e is not SetStarted started) continue;
                foreach (var rep in events.OfType<RepCounted>().Where(r => r.SetIndex == started.SetIndex && r.AtS == started.AtS))
                {
                    firstReps++;
                    // Its earliest report: the provisional rep ending nearest it (within half a period), else itself.
                    var match = provisional.Where(p => Math.Abs(p.EndS - rep.Rep.EndS) <= started.PeriodS / 2)
                                           .OrderBy(p => Math.Abs(p.EndS - rep.Rep.EndS)).FirstOrDefault();
                    double firstReportS = Math.Min(match?.AtS ?? double.PositiveInfinity, rep.AtS);
                    if (firstReportS - rep.Rep.EndS <= 1.0) early++;
                    if (rep.AtS - rep.Rep.EndS <= 1.0) earlyWithout++;
                }
                provisional.Clear();
            }
        }
        Assert.True(firstReps >= 2 * Sets.Length, $"{firstReps} first reps");
        // Not all: where the spotter takes the wrong end of the swing for rest, its report comes half a rep late.
        Assert.True(early > 0.5 * firstReps, $"{early} of {firstReps} first reps reported within 1 s");
        Assert.True(earlyWithout <= 0.2 * firstReps, $"{earlyWithout} of {firstReps} within 1 s without provisional reps");
    }

    [Fact]
    public void A_few_cycles_that_are_no_set_are_reported_provisionally_and_withdrawn()
    {
        // Two slow cycles (the un-racking, a fidget): movement, but too short to be a set.
        var events = RepPipeline.Run(SyntheticSets.Set(reps: 2, periodS: 2.5, rateHz: 50, seed: 7), On);

        Assert.DoesNotContain(events, e => e is SetStarted or RepCounted);
        var provisional = events.OfType<ProvisionalRep>().ToList();
        Assert.NotEmpty(provisional);
        var withdrawn = Assert.Single(events.OfType<ProvisionalRepsWithdrawn>());
        Assert.Equal(provisional.Count, withdrawn.Count);
        Assert.True(withdrawn.AtS > provisional[^1].AtS);
        Assert.True(withdrawn.AtS < SyntheticSets.Set(2, 2.5, 50, seed: 7)[^1].TimeS, "withdrawn once the movement stopped, not only at the end");
    }

    [Fact]
    public void A_withdrawal_takes_back_exactly_the_provisional_reps_no_set_replaced_wherever_the_data_end()
    {
        // Cut at every second through the set, so some cuts fall where the set is recognised only as the data end.
        var samples = Simulations.Samples(Simulations.AloneOnPhone(Simulations.Set("dumbbell-row", 10), 50, 1, gyroscope: true));
        int withdrawals = 0, recognisedAtTheEnd = 0;
        for (double cutS = 8; cutS < samples[^1].TimeS; cutS += 0.5)
        {
            var events = RepPipeline.Run(samples.TakeWhile(x => x.TimeS <= cutS), On);
            int open = 0;
            foreach (var e in events)
            {
                if (e is ProvisionalRep) open++;
                else if (e is SetStarted) open = 0;
                else if (e is ProvisionalRepsWithdrawn w)
                {
                    Assert.Equal(open, w.Count);
                    open = 0;
                    withdrawals++;
                }
            }
            // Announced and ended in the same final step.
            if (events.OfType<SetStarted>().Any(s => events.OfType<SetEnded>().Any(e => e.Set.Index == s.SetIndex && e.AtS == s.AtS)))
                recognisedAtTheEnd++;
        }
        Assert.True(withdrawals > 0, "no cut left provisional reps without a set");
        Assert.True(recognisedAtTheEnd > 0, "no cut had its set recognised only as the data ended");
    }

    [Fact]
    public void A_set_up_move_far_larger_than_the_reps_after_it_is_withdrawn_and_the_reps_are_counted_from_one()
    {
        // One slow, wide move (lifting the weight into place) and straight after it eight reps a third its size: the
        // same wrist (seed), the set-up's samples up to the end of its move, then the set's from just before its first rep.
        var setUp = SyntheticSets.Set(reps: 1, periodS: 3, rateHz: 50, restS: 5, seed: 9, tiltRad: 1.2, rangeM: 0.6);
        var set = SyntheticSets.Set(reps: 8, periodS: 2.5, rateHz: 50, restS: 10, seed: 9, tiltRad: 0.4, rangeM: 0.2);
        const double setUpEndS = 8.0, setFromS = 9.8;
        var (beforeSet, withdrawal) = BeforeTheSet(setUp, setUpEndS, set, setFromS);

        // The set-up move, reported while it was the only movement, is withdrawn: one provisional rep.
        Assert.Equal(1, ((ProvisionalRepsWithdrawn)beforeSet[withdrawal]).Count);
        var setUpReported = Assert.Single(beforeSet.Take(withdrawal).OfType<ProvisionalRep>());
        Assert.True(setUpReported.TurnS < setUpEndS);

        // After it, the reps counted from one, each at one of the set's turns (every 2.5 s, the first 1.25 s in).
        var reps = beforeSet.Skip(withdrawal + 1).OfType<ProvisionalRep>().ToList();
        Assert.True(reps.Count >= 3, $"{reps.Count} provisional reps after the set-up");
        Assert.Equal(Enumerable.Range(1, reps.Count), reps.Select(r => r.Number));
        double firstTurnS = setUpEndS + (10 - setFromS) + 1.25;
        Assert.All(reps.Select((r, k) => (r, k)), x => Assert.InRange(x.r.TurnS, firstTurnS + 2.5 * x.k - 0.25, firstTurnS + 2.5 * x.k + 0.25));
    }

    [Fact]
    public void After_a_set_up_move_and_a_pause_the_count_starts_anew_from_the_first_rep_of_the_rhythm()
    {
        // A move of the reps' size, a pause of 1.5 s (the movement energy stays up), then reps every 2 s: the turns are
        // 3.75 s apart across the pause and 2 s apart after it.
        var setUp = SyntheticSets.Set(reps: 1, periodS: 2.5, rateHz: 50, restS: 5, seed: 12);
        var set = SyntheticSets.Set(reps: 8, periodS: 2.0, rateHz: 50, restS: 10, seed: 12);
        const double setUpEndS = 7.5, pauseS = 1.5;
        var (beforeSet, withdrawal) = BeforeTheSet(setUp, setUpEndS, set, 10 - pauseS);

        // The set-up move and the first rep were counted 1 and 2; at the second rep both are withdrawn and the first
        // rep is reported again, as rep 1, the second as rep 2.
        var withdrawn = beforeSet.Take(withdrawal).OfType<ProvisionalRep>().ToList();
        Assert.Equal(withdrawn.Count, ((ProvisionalRepsWithdrawn)beforeSet[withdrawal]).Count);
        Assert.Equal([1, 2], withdrawn.Select(r => r.Number));
        Assert.True(withdrawn[0].TurnS < setUpEndS && withdrawn[1].TurnS > setUpEndS + pauseS);

        var anew = beforeSet.Skip(withdrawal + 1).OfType<ProvisionalRep>().ToList();
        Assert.True(anew.Count >= 3, $"{anew.Count} provisional reps counted anew");
        Assert.Equal(Enumerable.Range(1, anew.Count), anew.Select(r => r.Number));
        Assert.Equal((withdrawn[1].StartS, withdrawn[1].TurnS, withdrawn[1].EndS), (anew[0].StartS, anew[0].TurnS, anew[0].EndS));
        Assert.Equal(beforeSet[withdrawal].AtS, anew[0].AtS);
        Assert.All(anew.Skip(1).Select((r, k) => r.TurnS - anew[k].TurnS), spacing => Assert.InRange(spacing, 1.75, 2.25));
    }

    /// <summary>Runs the set-up's samples up to <paramref name="setUpEndS"/> followed by the set's from
    /// <paramref name="setFromS"/> on (the same wrist: recordings of one seed); returns the events before the set's
    /// recognition and where among them the one withdrawal is.</summary>
    private static (List<AnalysisEvent> BeforeSet, int Withdrawal) BeforeTheSet(List<ImuSample> setUp, double setUpEndS,
                                                                               List<ImuSample> set, double setFromS)
    {
        var samples = setUp.Where(x => x.TimeS < setUpEndS)
            .Concat(set.Where(x => x.TimeS >= setFromS).Select(x => x with { TimeS = x.TimeS - setFromS + setUpEndS }));
        var events = RepPipeline.Run(samples, On);
        Assert.Contains(events, e => e is SetStarted);
        var beforeSet = events.TakeWhile(e => e is not SetStarted).ToList();
        var withdrawal = Assert.Single(beforeSet.OfType<ProvisionalRepsWithdrawn>());
        int at = beforeSet.IndexOf(withdrawal);
        Assert.True(at > 0, "withdrawn before anything was reported");
        return (beforeSet, at);
    }

    [Fact]
    public void Still_input_reports_nothing()
    {
        var events = RepPipeline.Run(SyntheticSets.Set(reps: 0, periodS: 2.5, rateHz: 50, restS: 20, seed: 8), On);
        Assert.Empty(events);
    }

    private static string Describe(AnalysisEvent e) => e is SetEnded s
        ? $"SetEnded {s.AtS} {s.Set.Index} {s.Set.StartS} {s.Set.EndS} " + string.Join(",", s.Set.Reps)
        : e.ToString();
}
