using System.CommandLine;
using RepSense.Analysis.Exercises;
using RepSense.Ingest;
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
        string sha256 = RecordingHash.Compute(path);

        using var store = CliLogStore.Open(parse);
        if (store.FindRecording(sha256) is { } earlier)
            return AlreadyImported(path, sha256, earlier.Path, earlier.Date);

        var weight = WeightInput.Parse(parse.GetValue(ImportCommandDefinition.Weight)!).Resolve(store.DefaultUnit(profile.Name));
        var report = context.Analyzer(path, profile);
        // Nothing is stored for a recording without sets, its hash included, so a corrected one is not refused later.
        if (report.Sets.Count == 0)
            throw new RepSenseException($"{path}: no sets were found in the recording, so nothing was imported (the log is unchanged).");
        var (date, dateFrom) = parse.GetValue(ImportCommandDefinition.Date) is { } given ? (given, "") : DefaultDate(path);
        var outcome = store.ImportRecording(new RecordingImport(path, sha256, profile, weight, date, report));
        if (outcome.AlreadyImported)
            return AlreadyImported(path, sha256, outcome.PreviousPath!, outcome.Date);

        var plan = outcome.Plan!;
        var output = context.Output;
        int sets = plan.Fills.Count + plan.Additions.Count;
        output.WriteLine($"Imported {path} into the workout of {outcome.Date:yyyy-MM-dd}{dateFrom}: {sets} set{(sets == 1 ? "" : "s")} of {profile.Name} (sha256 {sha256[..12]}).");
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

    /// <summary>Without --date: the day the recording started, in this machine's time zone (as "today" is), when
    /// the recording carries its start time; else today. The second item says which, for the output.</summary>
    private static (DateOnly Date, string From) DefaultDate(string path) =>
        Recording.Open(path).Info.StartTime is { } start
            ? (DateOnly.FromDateTime(start.ToLocalTime().DateTime), " (the day the recording started)")
            : (CliDates.Today, " (today: the recording has no start time)");

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
