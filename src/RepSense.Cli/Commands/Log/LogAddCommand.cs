using System.CommandLine;
using RepSense.Analysis.Exercises;
using RepSense.Log.Model;
using RepSense.Log.Store;
using RepSense.Log.Units;

namespace RepSense.Cli.Commands.Log;

/// <summary><c>log add EXERCISE WEIGHT SETS</c>: writes the sets into the day's workout (done sets complete that
/// day's planned sets of the exercise first) and says what it wrote.</summary>
internal sealed class LogAddCommand(CliContext context)
{
    public int Run(ParseResult parse)
    {
        var catalog = ExerciseCatalog.Default;
        using var store = CliLogStore.Open(parse);
        var (exercise, _) = LogExercises.Resolve(parse.GetValue(LogCommandDefinition.Exercise)!, store, catalog);
        var weight = WeightInput.Parse(parse.GetValue(LogCommandDefinition.Weight)!).Resolve(store.DefaultUnit(exercise.Name));
        var reps = parse.GetValue(LogCommandDefinition.Sets)!;
        bool planned = parse.GetValue(LogCommandDefinition.Planned);
        var date = parse.GetValue(CommonOptions.Date) ?? CliDates.Today;
        double? rpe = parse.GetValue(LogCommandDefinition.Rpe), rir = parse.GetValue(LogCommandDefinition.Rir);

        var outcome = store.AddSets(date, exercise, reps.Select(r => new NewSet(weight, r, rpe, rir)).ToList(), planned);

        string what = planned ? "Planned" : "Logged";
        context.Output.WriteLine($"{what} {reps.Count} set{(reps.Count == 1 ? "" : "s")} of {exercise.Name} on {date:yyyy-MM-dd}: {weight} × {string.Join(",", reps)}.");
        if (outcome.FilledPlanned.Count > 0)
            context.Output.WriteLine($"Completed the planned set{(outcome.FilledPlanned.Count == 1 ? "" : "s")} {string.Join(", ", outcome.FilledPlanned)} of that day.");
        return (int)ExitCode.Success;
    }
}
