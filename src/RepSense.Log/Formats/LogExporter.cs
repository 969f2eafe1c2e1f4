using System.Globalization;
using CsvHelper;
using RepSense.Analysis.Exercises;
using RepSense.Log.Json;
using RepSense.Log.Model;
using RepSense.Log.Store;
using RepSense.Log.Units;

namespace RepSense.Log.Formats;

/// <summary>
/// Writes the log in a workout-log app's layout or RepSense's own. Text cells (names, notes) are protected against
/// CSV injection (<see cref="CsvCells"/>); numbers are written invariantly and in full (a converted 15 lb is
/// 6.80388555 kg, not 6.8), so an export read back with <see cref="LogFileReader"/> and exported again is the same
/// text.
/// </summary>
public static class LogExporter
{
    public static void Write(ExportFormat format, IReadOnlyList<ExportedWorkout> workouts, ExerciseCatalog catalog, TextWriter output)
    {
        switch (format)
        {
            case ExportFormat.Json:
                output.Write(LogJson.Serialize(Document(workouts)));
                output.Write('\n');
                return;
            case ExportFormat.Strong:
                WriteCsv(output, LogFormats.Strong2025, csv => Strong(csv, workouts, catalog), quoteAll: true, quoteHeader: true);
                return;
            case ExportFormat.Hevy:
                WriteCsv(output, LogFormats.Hevy, csv => Hevy(csv, workouts, catalog), quoteAll: false, quoteHeader: true);
                return;
            case ExportFormat.Csv:
                WriteCsv(output, LogFormats.RepSenseCsv, csv => RepSense(csv, workouts, catalog), quoteAll: false, quoteHeader: false);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    // quoteAll: every field quoted (Strong quotes even numbers); quoteHeader: the names quoted, as the app's own
    // export writes them (Strong and Hevy).
    private static void WriteCsv(TextWriter output, LogFormat layout, Action<CsvWriter> rows, bool quoteAll, bool quoteHeader)
    {
        var options = new CsvWriterOptions
        {
            Separator = layout.Separator,
            NewLine = "\n",
            Quoting = quoteAll ? CsvQuoting.Always : CsvQuoting.WhenNeeded,
        };
        using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        foreach (string name in layout.Header) csv.WriteField(name, quoteHeader ? CsvQuoting.Always : CsvQuoting.WhenNeeded);
        csv.EndRecord();
        rows(csv);
        csv.Flush();
    }

    private static void Strong(CsvWriter csv, IReadOnlyList<ExportedWorkout> workouts, ExerciseCatalog catalog)
    {
        int number = 0;
        foreach (var (workout, allSets) in Done(workouts))
        {
            number++;
            string start = (workout.StartedAt ?? workout.Date.ToDateTime(TimeOnly.MinValue)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var workSetNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var set in allSets)
            {
                string order = set.Kind switch
                {
                    SetKind.Warmup => "WARM_UP",
                    SetKind.Failure => "FAILURE",
                    SetKind.Drop => "DROP_SET",
                    _ => (workSetNumbers[set.Exercise] = workSetNumbers.GetValueOrDefault(set.Exercise) + 1).ToString(CultureInfo.InvariantCulture),
                };
                csv.WriteRecord([
                    number.ToString(CultureInfo.InvariantCulture), start, Text(workout.Name),
                    Number(workout.DurationS is { } d ? Math.Round(d) : null), Text(ExerciseName(set, catalog)), order,
                    StrongWeight(set.Weight?.ToKg()), Number(set.RecordedReps), Number(set.Rpe), Number(set.DistanceM),
                    Number(set.DurationS), Text(set.Notes), Text(workout.Notes),
                ]);
            }
        }
    }

    private static void Hevy(CsvWriter csv, IReadOnlyList<ExportedWorkout> workouts, ExerciseCatalog catalog)
    {
        const string HevyTime = "d MMM yyyy, HH:mm";
        foreach (var (workout, sets) in Done(workouts))
        {
            var start = workout.StartedAt ?? workout.Date.ToDateTime(TimeOnly.MinValue);
            var end = start.AddSeconds(workout.DurationS ?? 0);
            var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var set in sets)
            {
                int index = indexes[set.Exercise] = indexes.GetValueOrDefault(set.Exercise, -1) + 1;
                string type = set.Kind switch
                {
                    SetKind.Warmup => "warmup",
                    SetKind.Failure => "failure",
                    SetKind.Drop => "dropset",
                    _ => "normal",
                };
                Quoted(csv, Text(workout.Name));
                Quoted(csv, start.ToString(HevyTime, CultureInfo.InvariantCulture));
                Quoted(csv, end.ToString(HevyTime, CultureInfo.InvariantCulture));
                Quoted(csv, Text(workout.Notes));
                Quoted(csv, Text(ExerciseName(set, catalog)));
                csv.WriteField("");
                Quoted(csv, Text(set.Notes));
                csv.WriteField(index.ToString(CultureInfo.InvariantCulture));
                Quoted(csv, type);
                csv.WriteField(Number(set.Weight?.ToKg()));
                csv.WriteField(Number(set.RecordedReps));
                csv.WriteField(Number(set.DistanceM / 1000));
                csv.WriteField(Number(set.DurationS ?? 0));
                csv.WriteField(Number(set.Rpe));
                csv.EndRecord();
            }
        }
    }

    private static void RepSense(CsvWriter csv, IReadOnlyList<ExportedWorkout> workouts, ExerciseCatalog catalog)
    {
        int number = 0;
        foreach (var (workout, sets) in workouts)
        {
            number++;
            string date = workout.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string start = workout.StartedAt?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? date;
            foreach (var set in sets)
            {
                csv.WriteRecord([
                    number.ToString(CultureInfo.InvariantCulture), date, start, Text(workout.Name), Number(workout.DurationS),
                    Text(workout.Notes), Text(ExerciseName(set, catalog)), Text(set.Exercise), LogText.Kind(set.Kind),
                    LogText.Status(set.Status), Number(set.Weight?.Value), LogText.Unit(set.Weight?.Unit ?? WeightUnit.Kg),
                    Number(set.TargetReps), Number(set.LoggedReps), Number(set.CountedReps), Number(set.CleanReps),
                    Number(set.DurationS), Number(set.DistanceM), Number(set.Rpe), Number(set.Rir), Text(set.Tempo), Text(set.Notes),
                ]);
            }
        }
    }

    private static LogDocument Document(IReadOnlyList<ExportedWorkout> workouts) => new(
        Store.Migrations.All[^1].Version,
        workouts.Select(w => new WorkoutDocument(
            w.Workout.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            w.Workout.StartedAt?.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            w.Workout.Name, w.Workout.DurationS, w.Workout.Notes, w.Workout.Source,
            w.Sets.Select(s => new SetDocument(
                s.Exercise, s.InCatalog, s.SourceName, s.Position, LogText.Kind(s.Kind), LogText.Status(s.Status),
                s.Weight?.Value, LogText.Unit(s.Weight?.Unit ?? WeightUnit.Kg), s.TargetReps, s.LoggedReps, s.CountedReps,
                s.CleanReps, s.DurationS, s.DistanceM, s.Rpe, s.Rir, s.Tempo, s.TimeUnderTensionS, s.Notes, s.Faults)).ToList()))
            .ToList());

    /// <summary>Workouts with their done sets, leaving out workouts that are only a plan (the apps have no plans).</summary>
    private static IEnumerable<ExportedWorkout> Done(IReadOnlyList<ExportedWorkout> workouts) => workouts
        .Select(w => w with { Sets = w.Sets.Where(s => s.Status == SetStatus.Done).ToList() })
        .Where(w => w.Sets.Count > 0);

    /// <summary>The name the set came in with, else the catalog's display name, else the log name.</summary>
    private static string ExerciseName(LoggedSet set, ExerciseCatalog catalog) =>
        set.SourceName ?? (set.InCatalog && catalog.TryResolve(set.Exercise, out var profile) ? profile.DisplayName : set.Exercise);

    private static void Quoted(CsvWriter csv, string text) => csv.WriteField(text, CsvQuoting.Always);

    private static string Text(string? text) => text is null ? "" : CsvCells.Neutralize(text);

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Strong writes whole weights with one decimal ("40.0") and others in full.</summary>
    private static string StrongWeight(double? kg) => kg switch
    {
        null => "",
        var v when v == Math.Floor(v.Value) && Math.Abs(v.Value) < 1e15 => v.Value.ToString("0.0", CultureInfo.InvariantCulture),
        var v => v.Value.ToString("R", CultureInfo.InvariantCulture),
    };
}
