using System.Text;
using RepSense.Analysis.Exercises;
using RepSense.Log.Units;

namespace RepSense.Log.Progression;

/// <summary>
/// Decides the next session of one exercise from its history, as the seed articles describe progressive overload:
/// <list type="bullet">
/// <item>Linear (3 × 5): every set reached the target → add the increment. Otherwise keep the weight and beat last
/// time rep by rep: one more rep on the first set with the fewest (StrengthLog: "5, 4, 4 instead of 5, 4, 3").</item>
/// <item>Double (3 × 8–12): every set reached the top of the range → add the increment and start again at the bottom;
/// otherwise keep the weight and add a rep to each set below the top.</item>
/// <item>A session fails when it misses the target without beating the previous session at that weight (more total
/// reps over the target's sets). <see cref="FailedSessionsBeforeDeload"/> failures in a row at the same weight →
/// deload by about <see cref="DeloadFraction"/>, rounded to the increment.</item>
/// <item>Only credited reps count: clean reps where a recording's tempo was analysed. The reason says when faults
/// took reps off.</item>
/// </list>
/// Pure: the same history gives the same decision.
/// </summary>
public static class ProgressionEngine
{
    public const int FailedSessionsBeforeDeload = 3;
    public const double DeloadFraction = 0.10;

    /// <param name="exercise">The exercise's log name (goes into the result).</param>
    /// <param name="displayName">How to name it in the reason.</param>
    /// <param name="settings">The rule in effect.</param>
    /// <param name="history">Its sessions, oldest first.</param>
    /// <param name="momentum">The exercise's momentum policy, to explain momentum faults; null outside the catalog.</param>
    public static NextTarget Next(string exercise, string displayName, ProgressionSettings settings,
        IReadOnlyList<SessionResult> history, MomentumPolicy? momentum = null)
    {
        string rule = Describe(settings);
        if (history.Count == 0)
        {
            return Target(exercise, null, WeightUnit.Kg, settings, Enumerable.Repeat(settings.Low, settings.Sets).ToList(), false,
                $"No {displayName} sets in the log yet: start with a weight you can lift for {settings.Scheme} with clean {Unit(settings)}. Rule: {rule}.");
        }

        var last = history[^1];
        var weight = last.Weight;
        double step = weight.Unit == WeightUnit.Kg ? settings.Increment.Kg : settings.Increment.Lb;
        string lastText = $"Last session ({last.Date:yyyy-MM-dd}): {weight} × {Amounts(last)}";
        string clean = CleanNote(last, momentum, settings);

        if (Reached(last, settings))
        {
            string reached = settings.Rule == ProgressionRule.Linear
                ? $"every set reached {settings.High}"
                : $"every set reached the top of {settings.Low}–{settings.High}";
            if (step <= 0)
            {
                return Target(exercise, weight.Value, weight.Unit, settings, Enumerable.Repeat(settings.Low, settings.Sets).ToList(), false,
                    $"{lastText}, {reached}. The equipment has no load step, so make it harder (a stronger band, feet raised) and start again at {settings.Scheme}.{clean} Rule: {rule}.");
            }
            double next = weight.Value + step;
            string restart = settings.Rule == ProgressionRule.Double ? $", starting again at {settings.Low} {Unit(settings)}" : $" for {settings.Scheme}";
            return Target(exercise, next, weight.Unit, settings, Enumerable.Repeat(settings.Low, settings.Sets).ToList(), false,
                $"{lastText}, {reached}. Add {Weight.FormatNumber(step)} {Weight.Symbol(weight.Unit)}: {Weight.FormatNumber(next)} {Weight.Symbol(weight.Unit)}{restart}.{clean} Rule: {rule}.");
        }

        var failures = TrailingFailures(history, settings);
        if (failures.Count >= FailedSessionsBeforeDeload)
        {
            double deload = RoundToStep(weight.Value * (1 - DeloadFraction), step);
            string sessions = string.Join(" · ", failures.AsEnumerable().Reverse().Select(Amounts));
            return Target(exercise, deload, weight.Unit, settings, Enumerable.Repeat(settings.Low, settings.Sets).ToList(), true,
                $"{failures.Count} sessions in a row at {weight} missed {settings.Scheme} without beating the one before ({sessions}): " +
                $"deload about {DeloadFraction:P0} to {Weight.FormatNumber(deload)} {Weight.Symbol(weight.Unit)} and build back up.{clean} Rule: {rule}.");
        }

        var target = KeepTarget(last, settings);
        string aim = string.Join(",", target);
        string missed = settings.Rule == ProgressionRule.Linear
            ? $"not every set reached {settings.High}, so keep {weight} and beat it rep by rep: aim for {aim}"
            : $"keep {weight} until every set reaches {settings.High}: aim for {aim}";
        return Target(exercise, weight.Value, weight.Unit, settings, target, false,
            $"{lastText}, {missed}.{ProgressNote(history, settings)}{clean} Rule: {rule}.");
    }

    /// <summary>Whether the session's first <see cref="ProgressionSettings.Sets"/> sets all reached the top.</summary>
    public static bool Reached(SessionResult session, ProgressionSettings settings) =>
        session.Sets.Count >= settings.Sets && session.Sets.Take(settings.Sets).All(s => s.Credited >= settings.High);

    /// <summary>Whether <paramref name="session"/> has more reps over the target's sets than <paramref name="before"/>
    /// (5,4,4 beats 5,4,3).</summary>
    public static bool Beats(SessionResult session, SessionResult before, ProgressionSettings settings) =>
        Total(session, settings) > Total(before, settings);

    private static int Total(SessionResult session, ProgressionSettings settings) =>
        session.Sets.Take(settings.Sets).Sum(s => s.Credited);

    /// <summary>The failed sessions at the last session's weight, newest first, back to the first that did not fail.</summary>
    private static List<SessionResult> TrailingFailures(IReadOnlyList<SessionResult> history, ProgressionSettings settings)
    {
        var failures = new List<SessionResult>();
        var weight = history[^1].Weight;
        for (int i = history.Count - 1; i >= 0 && SameWeight(history[i].Weight, weight); i--)
        {
            var previous = PreviousAtSameWeight(history, i);
            bool failed = !Reached(history[i], settings) && (previous is null || !Beats(history[i], previous, settings));
            if (!failed) break;
            failures.Add(history[i]);
        }
        return failures;
    }

    private static SessionResult? PreviousAtSameWeight(IReadOnlyList<SessionResult> history, int index)
    {
        for (int j = index - 1; j >= 0; j--)
            if (SameWeight(history[j].Weight, history[index].Weight)) return history[j];
        return null;
    }

    private static List<int> KeepTarget(SessionResult last, ProgressionSettings settings)
    {
        var done = last.Sets.Take(settings.Sets).Select(s => s.Credited).ToList();
        if (settings.Rule == ProgressionRule.Double)
        {
            var target = done.Select(a => Math.Min(settings.High, Math.Max(settings.Low, a + 1))).ToList();
            while (target.Count < settings.Sets) target.Add(settings.Low);
            return target;
        }
        // Sets not done are aimed at what the last one reached; then one more rep where it is easiest to find.
        var linear = done.Select(a => Math.Min(a, settings.High)).ToList();
        while (linear.Count < settings.Sets) linear.Add(linear.Count == 0 ? settings.High : linear[^1]);
        int weakest = linear.IndexOf(linear.Min());
        if (linear[weakest] < settings.High) linear[weakest]++;
        return linear;
    }

    private static string ProgressNote(IReadOnlyList<SessionResult> history, ProgressionSettings settings)
    {
        var previous = PreviousAtSameWeight(history, history.Count - 1);
        if (previous is null) return "";
        var last = history[^1];
        return Beats(last, previous, settings)
            ? $" {Amounts(last)} beat {Amounts(previous)} the session before: that is progress."
            : $" No more {Unit(settings)} than {Amounts(previous)} the session before.";
    }

    private static string CleanNote(SessionResult last, MomentumPolicy? momentum, ProgressionSettings settings)
    {
        var notes = new List<string>();
        for (int i = 0; i < last.Sets.Count; i++)
        {
            var set = last.Sets[i];
            if (set.Credited >= set.Recorded || set.Faults.Count == 0) continue;
            string faults = string.Join(", ", set.Faults.Select(f => $"{f.Value} {f.Key} rep{(f.Value == 1 ? "" : "s")}"));
            notes.Add($"set {i + 1} had {faults} ({set.Recorded} counted, {set.Credited} clean)");
        }
        if (notes.Count == 0) return "";
        var text = new StringBuilder($" Only clean {Unit(settings)} count toward progression: {string.Join("; ", notes)}");
        if (momentum == MomentumPolicy.Strict && last.Sets.Any(s => s.Faults.ContainsKey("momentum")))
            text.Append(" — on a strict exercise a momentum rep is not a completed rep");
        return text.Append('.').ToString();
    }

    private static string Describe(ProgressionSettings settings)
    {
        string step = $"+{Weight.FormatNumber(settings.Increment.Kg)} kg / {Weight.FormatNumber(settings.Increment.Lb)} lb";
        return settings.Rule == ProgressionRule.Linear
            ? $"linear {settings.Scheme}, {step} when every set reaches {settings.High} ({settings.Origin})"
            : $"double progression {settings.Scheme}, {step} when every set reaches {settings.High} ({settings.Origin})";
    }

    private static string Amounts(SessionResult session) => string.Join(",", session.Sets.Select(s => s.Credited));

    private static string Unit(ProgressionSettings settings) => settings.Measure == Measure.Seconds ? "seconds" : "reps";

    private static bool SameWeight(Weight a, Weight b) => Math.Abs(a.ToKg() - b.ToKg()) < 0.01;

    private static double RoundToStep(double value, double step) =>
        step > 0 ? Math.Round(value / step, MidpointRounding.AwayFromZero) * step : Math.Round(value * 2, MidpointRounding.AwayFromZero) / 2;

    private static NextTarget Target(string exercise, double? weight, WeightUnit unit, ProgressionSettings settings,
        IReadOnlyList<int> reps, bool deload, string reason) =>
        new(exercise, weight, unit, settings.Sets, reps, settings.Rule, settings.Measure, reason, deload);
}
