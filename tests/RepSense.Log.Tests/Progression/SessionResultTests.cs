using RepSense.Log.Model;
using RepSense.Log.Progression;
using RepSense.Log.Units;

namespace RepSense.Log.Tests.Progression;

public class SessionResultTests
{
    private static readonly Dictionary<string, int> NoFaults = [];

    private static LoggedSet Set(long workout, string date, int position, double weight, int? logged, SetKind kind = SetKind.Work,
        SetStatus status = SetStatus.Done, int? counted = null, int? clean = null, double? durationS = null) =>
        new(position + workout * 100, workout, DateOnly.Parse(date), "deadlift", true, null, position, kind, status,
            new Weight(weight, WeightUnit.Kg), null, logged, counted, clean, durationS, null, null, null, null, null, null, null, NoFaults);

    [Fact]
    public void Sessions_keep_the_work_sets_at_the_top_weight_and_leave_out_warmups_ramps_drops_and_plans()
    {
        var sets = new[]
        {
            Set(1, "2025-03-03", 1, 60, 5, SetKind.Warmup),
            Set(1, "2025-03-03", 2, 90, 5),
            Set(1, "2025-03-03", 3, 100, 5),
            Set(1, "2025-03-03", 4, 100, 4, SetKind.Failure),
            Set(1, "2025-03-03", 5, 80, 8, SetKind.Drop),
            Set(2, "2025-03-10", 1, 102.5, null, status: SetStatus.Planned),
        };
        var session = Assert.Single(SessionResult.From(sets, Measure.Reps));
        Assert.Equal(100, session.Weight.Value);
        Assert.Equal([5, 4], session.Sets.Select(s => s.Credited));
    }

    [Fact]
    public void Clean_reps_are_credited_over_logged_and_counted_ones()
    {
        var sets = new[] { Set(1, "2025-03-03", 1, 100, logged: 5, counted: 5, clean: 4), Set(1, "2025-03-03", 2, 100, logged: null, counted: 5) };
        var session = Assert.Single(SessionResult.From(sets, Measure.Reps));
        Assert.Equal([(4, 5), (5, 5)], session.Sets.Select(s => (s.Credited, s.Recorded)));
    }

    [Fact]
    public void Sessions_are_in_date_order()
    {
        var sets = new[] { Set(2, "2025-03-10", 1, 100, 5), Set(1, "2025-03-03", 1, 95, 5) };
        Assert.Equal([95.0, 100.0], SessionResult.From(sets, Measure.Reps).Select(s => s.Weight.Value));
    }

    [Fact]
    public void Timed_sessions_use_the_seconds_of_each_set()
    {
        var sets = new[] { Set(1, "2025-03-03", 1, 24, null, durationS: 14.6) };
        Assert.Equal(15, SessionResult.From(sets, Measure.Seconds)[0].Sets[0].Credited);
    }
}
