using RepSense.Log.Model;
using RepSense.Log.Progression;
using RepSense.Log.Units;

namespace RepSense.Log.History;

/// <summary>One session of an exercise for <c>history</c>: its done sets, best estimated one-rep max and volume, in
/// the exercise's display unit.</summary>
/// <param name="Date">The session's date.</param>
/// <param name="Sets">Its done sets in order (warm-ups included, marked by their kind).</param>
/// <param name="BestE1rm">Best Epley estimate over its hard sets, in <see cref="ExerciseHistory.Unit"/>.</param>
/// <param name="Volume">Sum of weight × credited reps over its hard sets, in <see cref="ExerciseHistory.Unit"/>.</param>
public sealed record HistorySession(DateOnly Date, IReadOnlyList<LoggedSet> Sets, double? BestE1rm, double Volume);

/// <summary>An exercise's sets over time. Weights logged in another unit are converted to <see cref="Unit"/>, the
/// unit of the exercise's latest set, for the e1RM and volume figures (the sets themselves keep theirs).</summary>
/// <param name="Exercise">The log name.</param>
/// <param name="Unit">The display unit.</param>
/// <param name="Sessions">Sessions, oldest first.</param>
/// <param name="BestE1rm">The best estimate of all sessions.</param>
/// <param name="BestE1rmDate">When it was set.</param>
public sealed record ExerciseHistory(
    string Exercise,
    WeightUnit Unit,
    IReadOnlyList<HistorySession> Sessions,
    double? BestE1rm,
    DateOnly? BestE1rmDate)
{
    public static ExerciseHistory Build(string exercise, IEnumerable<LoggedSet> sets)
    {
        var done = sets.Where(s => s.Status == SetStatus.Done).ToList();
        var unit = done.LastOrDefault(s => s.Weight is not null)?.Weight?.Unit ?? WeightUnit.Kg;
        var sessions = done
            .GroupBy(s => s.WorkoutId)
            .Select(workout =>
            {
                var list = workout.OrderBy(s => s.Position).ToList();
                var hard = list.Where(s => s.IsHard && s.Weight is not null && s.CreditedReps is not null).ToList();
                double? best = hard.Select(s => Epley.OneRepMax(s.Weight!.Value.In(unit), s.CreditedReps!.Value)).Max();
                double volume = hard.Sum(s => s.Weight!.Value.In(unit) * s.CreditedReps!.Value);
                return new HistorySession(list[0].Date, list, best, volume);
            })
            .OrderBy(s => s.Date)
            .ToList();
        var top = sessions.Where(s => s.BestE1rm is not null).MaxBy(s => s.BestE1rm);
        return new ExerciseHistory(exercise, unit, sessions, top?.BestE1rm, top?.Date);
    }
}
