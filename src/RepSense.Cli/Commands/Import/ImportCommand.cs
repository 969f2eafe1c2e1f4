using System.CommandLine;
using RepSense.Analysis.Exercises;
using RepSense.Log.Recordings;
using RepSense.Log.Store;
using RepSense.Log.Units;

namespace RepSense.Cli.Commands.Import;

/// <summary>
/// Imports a recording: hashes its content (an import seen before changes nothing and is not analysed again),
/// analyses it with the host's analyzer, merges the detected sets into the day's sets of the exercise in one
/// transaction, and reports each set and every disagreement between the lifter's count and the analyzer's.
/// </summary>
internal sealed class ImportCommand(CliContext context)
{
    public int Run(ParseResult parse)
    {
        string path = parse.GetValue(ImportCommandDefinition.Recording)!;
        var profile = ExerciseCatalog.Default.Resolve(parse.GetValue(ImportCommandDefinition.Exercise)!);
        var date = parse.GetValue(CommonOptions.Date) ?? CliDates.Today;
        string sha256 = RecordingHash.Compute(path);

        using var store = CliLogStore.Open(parse);
        if (store.FindRecording(sha256) is { } earlier)
            return AlreadyImported(path, sha256, earlier.Path, earlier.Date);

        var weight = WeightInput.Parse(parse.GetValue(ImportCommandDefinition.Weight)!).Resolve(store.DefaultUnit(profile.Name));
        var report = context.Analyzer(path, profile);
        var outcome = store.ImportRecording(new RecordingImport(path, sha256, profile, weight, date, report));
        if (outcome.AlreadyImported)
            return AlreadyImported(path, sha256, outcome.PreviousPath!, outcome.Date);

        var plan = outcome.Plan!;
        var output = context.Output;
        int sets = plan.Fills.Count + plan.Additions.Count;
        output.WriteLine($"Imported {path} into the workout of {outcome.Date:yyyy-MM-dd}: {sets} set{(sets == 1 ? "" : "s")} of {profile.Name} (sha256 {sha256[..12]}).");
        foreach (var fill in plan.Fills)
        {
            string was = fill.Existing.LoggedReps is { } logged ? $"logged {logged}" : "planned";
            output.WriteLine($"  set {fill.Existing.Position} ({was}): {fill.Weight} × {Counted(fill.Detected)}");
        }
        int position = plan.Fills.Count == 0 ? 1 : plan.Fills.Max(f => f.Existing.Position) + 1;
        foreach (var added in plan.Additions)
            output.WriteLine($"  set {position++} (added): {weight} × {Counted(added)}");
        foreach (var d in plan.RepDisagreements)
            output.WriteLine($"Set {d.Position}: you logged {d.LoggedReps} reps, the recording shows {d.CountedReps}; both are kept.");
        foreach (var d in plan.WeightDisagreements)
            output.WriteLine($"Set {d.Position}: logged at {d.Logged}, imported with --weight {d.Imported}; the logged weight is kept.");
        return (int)ExitCode.Success;
    }

    private int AlreadyImported(string path, string sha256, string earlierPath, DateOnly date)
    {
        context.Output.WriteLine($"{path} was already imported (as {earlierPath}, into the workout of {date:yyyy-MM-dd}; sha256 {sha256[..12]}): nothing changed.");
        return (int)ExitCode.Success;
    }

    private static string Counted(DetectedSet set) =>
        set.CleanReps == set.CountedReps
            ? $"{set.CountedReps} reps"
            : $"{set.CountedReps} reps, {set.CleanReps} clean ({string.Join(", ", set.Faults.Select(f => $"{f.Value} {f.Key}"))})";
}
