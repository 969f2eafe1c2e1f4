using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Progression;

/// <summary>One set's result for progression.</summary>
/// <param name="Credited">Reps (or seconds) that count: clean reps when the recording's tempo was analysed.</param>
/// <param name="Recorded">Reps before faults were taken off (the lifter's or the analyzer's count).</param>
/// <param name="Faults">Fault reps by flag code.</param>
public sealed record SetOutcome(int Credited, int Recorded, IReadOnlyDictionary<string, int> Faults);

/// <summary>
/// One session of one exercise as progression sees it: the work and failure sets at the session's top weight (a
/// ramp of lighter sets before them, warm-ups and drop sets are left out), in order.
/// </summary>
public sealed record SessionResult(DateOnly Date, Weight Weight, IReadOnlyList<SetOutcome> Sets)
{
    /// <summary>Groups an exercise's logged sets into sessions, oldest first. Planned sets and sets without a result
    /// are left out.</summary>
    public static IReadOnlyList<SessionResult> From(IEnumerable<LoggedSet> sets, Measure measure) => sets
        .Where(s => s.Status == SetStatus.Done && s.Kind is SetKind.Work or SetKind.Failure)
        .Where(s => Result(s, measure) is not null)
        .GroupBy(s => s.WorkoutId)
        .Select(workout =>
        {
            var ordered = workout.OrderBy(s => s.Position).ToList();
            double topKg = ordered.Max(s => s.Weight?.ToKg() ?? 0);
            var top = ordered.Where(s => Math.Abs((s.Weight?.ToKg() ?? 0) - topKg) < 0.01).ToList();
            var weight = top[0].Weight ?? new Weight(0, WeightUnit.Kg);
            return new SessionResult(top[0].Date, weight, top.Select(s =>
            {
                var (credited, recorded) = Result(s, measure)!.Value;
                return new SetOutcome(credited, recorded, s.Faults);
            }).ToList());
        })
        .OrderBy(s => s.Date)
        .ToList();

    private static (int Credited, int Recorded)? Result(LoggedSet set, Measure measure)
    {
        if (measure == Measure.Seconds)
            return set.DurationS is { } seconds ? ((int)Math.Round(seconds), (int)Math.Round(seconds)) : null;
        return set.CreditedReps is { } credited ? (credited, set.RecordedReps ?? credited) : null;
    }
}
