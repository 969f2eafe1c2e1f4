using System.CommandLine;
using RepSense.Analysis.Exercises;
using RepSense.Log.Formats;
using RepSense.Log.Units;

namespace RepSense.Cli.Commands.Log;

/// <summary><c>log import FILE</c>: reads and checks the whole export first (a malformed file writes nothing), then
/// writes it in one transaction and reports what it did with the exercise names.</summary>
internal sealed class LogImportCommand(CliContext context)
{
    public int Run(ParseResult parse)
    {
        string path = parse.GetValue(LogCommandDefinition.File)!;
        WeightUnit? unit = Weight.TryParseUnit(parse.GetValue(LogCommandDefinition.Unit), out var parsed) ? parsed : null;
        var contents = LogFileReader.Read(path, unit);

        using var store = CliLogStore.Open(parse);
        var outcome = store.ImportWorkouts(contents.Workouts, contents.Format.Source, ExerciseCatalog.Default);

        var output = context.Output;
        output.WriteLine($"Read {path} as {contents.Format.Name}: {contents.Workouts.Count} workouts.");
        output.WriteLine($"Imported {outcome.WorkoutsImported} workouts ({outcome.SetsImported} sets) into {store.Path}" +
                         (outcome.WorkoutsAlreadyPresent > 0 ? $"; {outcome.WorkoutsAlreadyPresent} were already in the log." : "."));
        foreach (string note in contents.Notes) output.WriteLine(note);
        if (outcome.MappedNames.Count > 0)
            output.WriteLine($"Catalog names: {string.Join("; ", outcome.MappedNames.Select(kv => $"{kv.Key} → {kv.Value}"))}.");
        if (outcome.UserExercises.Count > 0)
            output.WriteLine($"Kept as your own exercises (not in the catalog): {string.Join("; ", outcome.UserExercises)}.");
        return (int)ExitCode.Success;
    }
}
