using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Formats;

/// <summary>
/// Every workout-log layout RepSense reads, from ../shared/formats/README.md: six Strong layouts (and the comma
/// variant of the 2025 one), Hevy (metric and imperial), three FitNotes layouts, and RepSense's own CSV. A file is
/// recognised by its header; see <see cref="Detect"/>.
/// </summary>
public static class LogFormats
{
    private const string StrongDate = "yyyy-MM-dd HH:mm:ss";

    private static readonly Dictionary<string, SetKind?> StrongWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WARM_UP"] = SetKind.Warmup, ["W"] = SetKind.Warmup,
        ["FAILURE"] = SetKind.Failure, ["F"] = SetKind.Failure,
        ["DROP_SET"] = SetKind.Drop, ["D"] = SetKind.Drop,
        // Rest-timer rows: a pause between sets, not a set.
        ["REST"] = null, ["Ruhezeit"] = null,
    };

    private static readonly Dictionary<string, SetKind?> HevyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["normal"] = SetKind.Work, ["warmup"] = SetKind.Warmup, ["failure"] = SetKind.Failure, ["dropset"] = SetKind.Drop,
    };

    private static readonly Dictionary<string, SetKind?> RepSenseWords = Enum.GetValues<SetKind>()
        .ToDictionary(kind => LogText.Kind(kind), kind => (SetKind?)kind, StringComparer.Ordinal);

    private static readonly Dictionary<string, SetKind?> NoWords = [];

    public static LogFormat Strong2019Semicolon { get; } = new(
        "Strong 2019 (';', Weight Unit column)", "strong", ';', true,
        ["Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Weight Unit", "Reps", "RPE", "Distance", "Distance Unit", "Seconds", "Notes", "Workout Notes"],
        new Dictionary<LogField, string>
        {
            [LogField.Start] = "Date", [LogField.WorkoutName] = "Workout Name", [LogField.Exercise] = "Exercise Name",
            [LogField.SetOrder] = "Set Order", [LogField.Weight] = "Weight", [LogField.WeightUnit] = "Weight Unit",
            [LogField.Reps] = "Reps", [LogField.Rpe] = "RPE", [LogField.Distance] = "Distance",
            [LogField.DistanceUnit] = "Distance Unit", [LogField.Seconds] = "Seconds", [LogField.Notes] = "Notes",
            [LogField.WorkoutNotes] = "Workout Notes",
        },
        WeightUnit: null, "km", [StrongDate], StrongWords);

    public static LogFormat Strong2019Comma { get; } = new(
        "Strong 2019 (',', no Duration)", "strong", ',', true,
        ["Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Reps", "Distance", "Seconds", "Notes", "Workout Notes", "RPE"],
        new Dictionary<LogField, string>
        {
            [LogField.Start] = "Date", [LogField.WorkoutName] = "Workout Name", [LogField.Exercise] = "Exercise Name",
            [LogField.SetOrder] = "Set Order", [LogField.Weight] = "Weight", [LogField.Reps] = "Reps",
            [LogField.Distance] = "Distance", [LogField.Seconds] = "Seconds", [LogField.Notes] = "Notes",
            [LogField.WorkoutNotes] = "Workout Notes", [LogField.Rpe] = "RPE",
        },
        // The weights are kilograms converted from pounds (6.80388555 = 15 lb): Strong stores kilograms.
        Units.WeightUnit.Kg, "km", [StrongDate], StrongWords);

    public static LogFormat Strong2021 { get; } = new(
        "Strong 2021-23 (',', Duration)", "strong", ',', true,
        ["Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps", "Distance", "Seconds", "Notes", "Workout Notes", "RPE"],
        new Dictionary<LogField, string>
        {
            [LogField.Start] = "Date", [LogField.WorkoutName] = "Workout Name", [LogField.WorkoutDurationText] = "Duration",
            [LogField.Exercise] = "Exercise Name", [LogField.SetOrder] = "Set Order", [LogField.Weight] = "Weight",
            [LogField.Reps] = "Reps", [LogField.Distance] = "Distance", [LogField.Seconds] = "Seconds",
            [LogField.Notes] = "Notes", [LogField.WorkoutNotes] = "Workout Notes", [LogField.Rpe] = "RPE",
        },
        WeightUnit: null, "km", [StrongDate], StrongWords);

    public static LogFormat Strong2024 { get; } = new(
        "Strong 2024 (',', no Notes)", "strong", ',', true,
        ["Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps", "Distance", "Seconds", "RPE"],
        new Dictionary<LogField, string>
        {
            [LogField.Start] = "Date", [LogField.WorkoutName] = "Workout Name", [LogField.WorkoutDurationText] = "Duration",
            [LogField.Exercise] = "Exercise Name", [LogField.SetOrder] = "Set Order", [LogField.Weight] = "Weight",
            [LogField.Reps] = "Reps", [LogField.Distance] = "Distance", [LogField.Seconds] = "Seconds", [LogField.Rpe] = "RPE",
        },
        WeightUnit: null, "km", [StrongDate], StrongWords);

    private static readonly string[] Strong2025Header =
        ["Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name", "Set Order", "Weight (kg)", "Reps", "RPE", "Distance (meters)", "Seconds", "Notes", "Workout Notes"];

    private static readonly Dictionary<LogField, string> Strong2025Columns = new()
    {
        [LogField.WorkoutNumber] = "Workout #", [LogField.Start] = "Date", [LogField.WorkoutName] = "Workout Name",
        [LogField.WorkoutDurationS] = "Duration (sec)", [LogField.Exercise] = "Exercise Name", [LogField.SetOrder] = "Set Order",
        [LogField.Weight] = "Weight (kg)", [LogField.Reps] = "Reps", [LogField.Rpe] = "RPE", [LogField.Distance] = "Distance (meters)",
        [LogField.Seconds] = "Seconds", [LogField.Notes] = "Notes", [LogField.WorkoutNotes] = "Workout Notes",
    };

    /// <summary>The current Strong export, and the layout <c>log export --format strong</c> writes.</summary>
    public static LogFormat Strong2025 { get; } = new(
        "Strong 2025 (Workout #, ';')", "strong", ';', true, Strong2025Header, Strong2025Columns,
        Units.WeightUnit.Kg, "m", [StrongDate], StrongWords);

    public static LogFormat Strong2025Comma { get; } = Strong2025 with { Name = "Strong 2025 (Workout #, ',')", Separator = ',' };

    public static LogFormat StrongGerman { get; } = new(
        "Strong, German UI (',')", "strong", ',', true,
        ["Datum", "Workout-Name", "Dauer", "Name der Übung", "Reihenfolge festlegen", "Gewicht", "Wiederh.", "Entfernung", "Sekunden", "Notizen", "Workout-Notizen", "RPE"],
        new Dictionary<LogField, string>
        {
            [LogField.Start] = "Datum", [LogField.WorkoutName] = "Workout-Name", [LogField.WorkoutDurationText] = "Dauer",
            [LogField.Exercise] = "Name der Übung", [LogField.SetOrder] = "Reihenfolge festlegen", [LogField.Weight] = "Gewicht",
            [LogField.Reps] = "Wiederh.", [LogField.Distance] = "Entfernung", [LogField.Seconds] = "Sekunden",
            [LogField.Notes] = "Notizen", [LogField.WorkoutNotes] = "Workout-Notizen", [LogField.Rpe] = "RPE",
        },
        WeightUnit: null, "km", [StrongDate], StrongWords);

    private static readonly Dictionary<LogField, string> HevyColumns = new()
    {
        [LogField.WorkoutName] = "title", [LogField.Start] = "start_time", [LogField.End] = "end_time",
        [LogField.WorkoutNotes] = "description", [LogField.Exercise] = "exercise_title", [LogField.Notes] = "exercise_notes",
        [LogField.SetType] = "set_type", [LogField.Weight] = "weight_kg", [LogField.Reps] = "reps",
        [LogField.Distance] = "distance_km", [LogField.Seconds] = "duration_seconds", [LogField.Rpe] = "rpe",
    };

    /// <summary>Hevy's export, and the layout <c>log export --format hevy</c> writes.</summary>
    public static LogFormat Hevy { get; } = new(
        "Hevy (metric)", "hevy", ',', true,
        ["title", "start_time", "end_time", "description", "exercise_title", "superset_id", "exercise_notes", "set_index", "set_type", "weight_kg", "reps", "distance_km", "duration_seconds", "rpe"],
        HevyColumns, Units.WeightUnit.Kg, "km", ["d MMM yyyy, HH:mm"], HevyWords);

    // Documented by Hevy's users and tools; no real file of it was found (README, "Looked for but not found").
    public static LogFormat HevyImperial { get; } = new(
        "Hevy (imperial)", "hevy", ',', true,
        ["title", "start_time", "end_time", "description", "exercise_title", "superset_id", "exercise_notes", "set_index", "set_type", "weight_lbs", "reps", "distance_miles", "duration_seconds", "rpe"],
        new Dictionary<LogField, string>(HevyColumns) { [LogField.Weight] = "weight_lbs", [LogField.Distance] = "distance_miles" },
        Units.WeightUnit.Lb, "mi", ["d MMM yyyy, HH:mm"], HevyWords);

    // FitNotes writes day-only ISO dates; a spreadsheet that re-saved the file writes M/D/YYYY.
    private static readonly string[] FitNotesDates = ["yyyy-MM-dd", "M/d/yyyy"];

    private static Dictionary<LogField, string> FitNotesColumns(string weight) => new()
    {
        [LogField.Start] = "Date", [LogField.Exercise] = "Exercise", [LogField.Weight] = weight, [LogField.Reps] = "Reps",
        [LogField.Distance] = "Distance", [LogField.DistanceUnit] = "Distance Unit", [LogField.Time] = "Time",
    };

    public static LogFormat FitNotesLbs { get; } = new(
        "FitNotes (Weight (lbs))", "fitnotes", ',', false,
        ["Date", "Exercise", "Category", "Weight (lbs)", "Reps", "Distance", "Distance Unit", "Time"],
        FitNotesColumns("Weight (lbs)"), Units.WeightUnit.Lb, "km", FitNotesDates, NoWords, LogField.Exercise);

    public static LogFormat FitNotesKgs { get; } = new(
        "FitNotes (Weight (kgs))", "fitnotes", ',', false,
        ["Date", "Exercise", "Category", "Weight (kgs)", "Reps", "Distance", "Distance Unit", "Time"],
        FitNotesColumns("Weight (kgs)"), Units.WeightUnit.Kg, "km", FitNotesDates, NoWords, LogField.Exercise);

    public static LogFormat FitNotesWeightUnit { get; } = new(
        "FitNotes (Weight Unit column)", "fitnotes", ',', false,
        ["Date", "Exercise", "Category", "Weight", "Weight Unit", "Reps", "Distance", "Distance Unit", "Time"],
        new Dictionary<LogField, string>(FitNotesColumns("Weight")) { [LogField.WeightUnit] = "Weight Unit" },
        WeightUnit: null, "km", FitNotesDates, NoWords, LogField.Exercise);

    /// <summary>RepSense's own CSV (<c>log export --format csv</c>): every field the log keeps but per-rep details.</summary>
    public static LogFormat RepSenseCsv { get; } = new(
        "RepSense CSV", "csv", ',', true,
        ["workout", "date", "started_at", "workout_name", "workout_duration_s", "workout_notes", "exercise", "exercise_key",
         "kind", "status", "weight", "unit", "target_reps", "logged_reps", "counted_reps", "clean_reps", "duration_s",
         "distance_m", "rpe", "rir", "tempo", "notes"],
        new Dictionary<LogField, string>
        {
            [LogField.WorkoutNumber] = "workout", [LogField.Start] = "started_at", [LogField.WorkoutName] = "workout_name",
            [LogField.WorkoutDurationS] = "workout_duration_s", [LogField.WorkoutNotes] = "workout_notes",
            [LogField.Exercise] = "exercise", [LogField.StoredExercise] = "exercise_key", [LogField.SetType] = "kind",
            [LogField.Status] = "status", [LogField.Weight] = "weight", [LogField.WeightUnit] = "unit",
            [LogField.TargetReps] = "target_reps", [LogField.Reps] = "logged_reps", [LogField.CountedReps] = "counted_reps",
            [LogField.CleanReps] = "clean_reps", [LogField.Seconds] = "duration_s", [LogField.Distance] = "distance_m",
            [LogField.Rpe] = "rpe", [LogField.Rir] = "rir", [LogField.Tempo] = "tempo", [LogField.Notes] = "notes",
        },
        WeightUnit: null, "m", ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], RepSenseWords);

    public static IReadOnlyList<LogFormat> All { get; } =
    [
        Strong2019Semicolon, Strong2019Comma, Strong2021, Strong2024, Strong2025, Strong2025Comma, StrongGerman,
        Hevy, HevyImperial, FitNotesLbs, FitNotesKgs, FitNotesWeightUnit, RepSenseCsv,
    ];

    /// <summary>The layout whose header is <paramref name="headerLine"/> (the file's first line), or null.</summary>
    public static LogFormat? Detect(string headerLine)
    {
        string line = headerLine.TrimStart('\uFEFF').TrimEnd('\r', '\n');
        foreach (var format in All)
        {
            var cells = line.Split(format.Separator).Select(Unquote).ToList();
            if (cells.SequenceEqual(format.Header, StringComparer.Ordinal)) return format;
        }
        return null;
    }

    private static string Unquote(string cell)
    {
        string trimmed = cell.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"'
            ? trimmed[1..^1].Replace("\"\"", "\"")
            : trimmed;
    }
}
