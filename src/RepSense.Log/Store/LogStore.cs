using System.Globalization;
using Microsoft.Data.Sqlite;
using RepSense.Analysis.Exercises;
using RepSense.Analysis.Reports;
using RepSense.Log.Formats;
using RepSense.Log.Model;
using RepSense.Log.Recordings;
using RepSense.Log.Units;

namespace RepSense.Log.Store;

/// <summary>
/// The progressive-overload log on SQLite. Every write is one IMMEDIATE transaction (all of it lands or none of
/// it), so a crash mid-import leaves the log as it was and two <c>repsense</c> processes take turns instead of
/// corrupting each other; reads see the last committed state. Not thread-safe: one store per thread or process.
/// </summary>
public sealed class LogStore : IDisposable
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "yyyy-MM-ddTHH:mm:ss";

    private readonly SqlSession _db;

    private LogStore(string path, SqliteConnection connection)
    {
        Path = path;
        _db = new SqlSession(connection);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed, migrating if old) the log at <paramref name="path"/>.</summary>
    public static LogStore Open(string path) => new(path, LogDatabase.Open(path));

    public void Dispose() => _db.Dispose();

    // ------------------------------------------------------------------ reads

    /// <summary>Sets in workout order (date, start, workout, then as logged), optionally of one exercise and within
    /// a date range (inclusive).</summary>
    public IReadOnlyList<LoggedSet> Sets(string? exercise = null, DateOnly? from = null, DateOnly? to = null)
    {
        var faults = Faults();
        return _db.Query(
            SetSelect + """
             WHERE ($exercise IS NULL OR s.exercise = $exercise)
               AND ($from IS NULL OR w.date >= $from) AND ($to IS NULL OR w.date <= $to)
             ORDER BY w.date, COALESCE(w.started_at, ''), w.id, s.id
            """,
            reader => ReadSet(reader, faults),
            ("$exercise", exercise), ("$from", from?.ToString(DateFormat, CultureInfo.InvariantCulture)),
            ("$to", to?.ToString(DateFormat, CultureInfo.InvariantCulture)));
    }

    /// <summary>Every exercise that has sets, catalog or not, most recently trained first.</summary>
    public IReadOnlyList<(string Exercise, bool InCatalog)> Exercises() => _db.Query(
        """
        SELECT s.exercise, MAX(s.in_catalog) FROM sets s JOIN workouts w ON w.id = s.workout_id
        GROUP BY s.exercise ORDER BY MAX(w.date) DESC, s.exercise
        """,
        r => (r.GetString(0), r.GetInt64(1) == 1));

    /// <summary>The unit to assume for a weight typed without one: the unit of the exercise's most recent set, else
    /// of the log's most recent set, else kg.</summary>
    public WeightUnit DefaultUnit(string? exercise)
    {
        string? unit = _db.Scalar<string>(
            """
            SELECT s.unit FROM sets s JOIN workouts w ON w.id = s.workout_id
            WHERE ($exercise IS NULL OR s.exercise = $exercise) ORDER BY w.date DESC, s.id DESC LIMIT 1
            """, ("$exercise", exercise));
        if (unit is null && exercise is not null) return DefaultUnit(null);
        return unit == "lb" ? WeightUnit.Lb : WeightUnit.Kg;
    }

    public ProgressionOverride? RuleFor(string exercise) => _db.Query(
        "SELECT rule, sets, reps_min, reps_max, increment_kg, increment_lb FROM progression_rules WHERE exercise = $exercise",
        r => new ProgressionOverride(exercise, r.GetString(0) == "linear" ? ProgressionRule.Linear : ProgressionRule.Double,
            r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.DoubleOrNull(4), r.DoubleOrNull(5)),
        ("$exercise", exercise)).SingleOrDefault();

    /// <summary>The earlier import of a recording with this content hash, or null.</summary>
    public (string Path, long WorkoutId, DateOnly Date)? FindRecording(string sha256) => _db.Query(
        "SELECT r.path, r.workout_id, w.date FROM recordings r JOIN workouts w ON w.id = r.workout_id WHERE r.sha256 = $sha",
        r => ((string Path, long WorkoutId, DateOnly Date)?)(r.GetString(0), r.GetInt64(1), ParseDate(r.GetString(2))),
        ("$sha", sha256)).SingleOrDefault();

    /// <summary>Every workout with its sets, in order, for export.</summary>
    public IReadOnlyList<ExportedWorkout> ExportWorkouts()
    {
        var sets = Sets().ToLookup(s => s.WorkoutId);
        return Workouts().Select(w => new ExportedWorkout(w, sets[w.Id].ToList())).ToList();
    }

    public IReadOnlyList<WorkoutInfo> Workouts() => _db.Query(
        "SELECT id, date, started_at, name, duration_s, notes, source FROM workouts ORDER BY date, COALESCE(started_at, ''), id",
        r => new WorkoutInfo(r.GetInt64(0), ParseDate(r.GetString(1)), r.StringOrNull(2) is { } t ? ParseTime(t) : null,
            r.StringOrNull(3), r.DoubleOrNull(4), r.StringOrNull(5), r.GetString(6)));

    // ------------------------------------------------------------------ writes

    /// <summary>
    /// Logs sets by hand on <paramref name="date"/>. Planned sets are added as a plan. Done sets first complete the
    /// exercise's planned sets of that day, in order, and are added after them when there are more.
    /// </summary>
    public AddSetsOutcome AddSets(DateOnly date, ExerciseRef exercise, IReadOnlyList<NewSet> sets, bool planned) =>
        _db.InTransaction(() =>
        {
            long workoutId = DayWorkout(date);
            var filled = new List<int>();
            var added = new List<int>();
            var open = planned ? [] : SetsOf(workoutId, exercise.Name)
                .Where(s => s.Status == SetStatus.Planned && s.RecordingId is null).ToList();
            int next = NextPosition(workoutId, exercise.Name);
            for (int i = 0; i < sets.Count; i++)
            {
                var set = sets[i];
                if (i < open.Count)
                {
                    _db.Execute(
                        """
                        UPDATE sets SET status = 'done', weight = $weight, unit = $unit, logged_reps = $reps, rpe = $rpe, rir = $rir
                        WHERE id = $id
                        """,
                        ("$weight", set.Weight.Value), ("$unit", LogText.Unit(set.Weight.Unit)), ("$reps", set.Reps),
                        ("$rpe", set.Rpe), ("$rir", set.Rir), ("$id", open[i].Id));
                    filled.Add(open[i].Position);
                    continue;
                }
                InsertSet(workoutId, exercise, next, SetKind.Work, planned ? SetStatus.Planned : SetStatus.Done, set.Weight,
                    targetReps: planned ? set.Reps : null, loggedReps: planned ? null : set.Reps, rpe: set.Rpe, rir: set.Rir);
                added.Add(next++);
            }
            return new AddSetsOutcome(workoutId, filled, added);
        });

    /// <summary>
    /// Merges an analysed recording into its day's workout (see <see cref="SessionMerge"/>) in one transaction,
    /// with the per-rep details and tempo flags. A recording whose content was imported before changes nothing.
    /// </summary>
    public RecordingImportOutcome ImportRecording(RecordingImport import) => _db.InTransaction(() =>
    {
        if (FindRecording(import.Sha256) is { } earlier)
            return new RecordingImportOutcome(true, import.Sha256, earlier.WorkoutId, earlier.Date, null, earlier.Path);

        long workoutId = DayWorkout(import.Date);
        var exercise = new ExerciseRef(import.Exercise.Name, InCatalog: true);
        var plan = SessionMerge.Plan(SetsOf(workoutId, exercise.Name), import.Report, import.Weight);
        long recordingId = _db.Insert(
            """
            INSERT INTO recordings (sha256, path, format, sample_rate_hz, duration_s, exercise, workout_id, imported_at)
            VALUES ($sha, $path, $format, $rate, $duration, $exercise, $workout, $at)
            """,
            ("$sha", import.Sha256), ("$path", import.Path), ("$format", import.Report.Format),
            ("$rate", import.Report.SampleRateHz), ("$duration", import.Report.DurationS), ("$exercise", exercise.Name),
            ("$workout", workoutId), ("$at", DateTime.Now.ToString(TimeFormat, CultureInfo.InvariantCulture)));

        bool timed = import.Exercise.Tempo.Counting == RepCounting.Timed;
        foreach (var fill in plan.Fills)
        {
            var detected = fill.Detected;
            _db.Execute(
                """
                UPDATE sets SET status = 'done', weight = $weight, unit = $unit, counted_reps = $counted, clean_reps = $clean,
                    duration_s = COALESCE($duration, duration_s), tempo = $tempo, time_under_tension_s = $tut,
                    recording_id = $recording, recording_set = $index
                WHERE id = $id
                """,
                ("$weight", fill.Weight.Value), ("$unit", LogText.Unit(fill.Weight.Unit)), ("$counted", detected.CountedReps),
                ("$clean", detected.CleanReps), ("$duration", timed ? detected.DurationS : null), ("$tempo", detected.Report.Tempo),
                ("$tut", detected.Report.TimeUnderTensionS), ("$recording", recordingId), ("$index", detected.RecordingSetIndex),
                ("$id", fill.Existing.Id));
            InsertReps(fill.Existing.Id, detected.Report);
            CrashTestHook.RowWritten();
        }
        int next = NextPosition(workoutId, exercise.Name);
        foreach (var detected in plan.Additions)
        {
            long setId = InsertSet(workoutId, exercise, next++, SetKind.Work, SetStatus.Done, import.Weight,
                countedReps: detected.CountedReps, cleanReps: detected.CleanReps, durationS: timed ? detected.DurationS : null,
                tempo: detected.Report.Tempo, tutS: detected.Report.TimeUnderTensionS, recordingId: recordingId,
                recordingSet: detected.RecordingSetIndex);
            InsertReps(setId, detected.Report);
            CrashTestHook.RowWritten();
        }
        return new RecordingImportOutcome(false, import.Sha256, workoutId, import.Date, plan, null);
    });

    /// <summary>
    /// Writes the workouts of an export file in one transaction. Exercise names resolve to catalog names where the
    /// catalog knows them (aliases and app spellings like "Deadlift (Barbell)" included); others are kept as they are.
    /// A workout the log already has from the same source (same date, start and name) is skipped.
    /// </summary>
    public LogImportOutcome ImportWorkouts(IReadOnlyList<ImportedWorkout> workouts, string source, ExerciseCatalog catalog) =>
        _db.InTransaction(() =>
        {
            int imported = 0, present = 0, sets = 0;
            var mapped = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var user = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var workout in workouts)
            {
                string? startedAt = workout.StartedAt?.ToString(TimeFormat, CultureInfo.InvariantCulture);
                string date = workout.Date.ToString(DateFormat, CultureInfo.InvariantCulture);
                bool exists = _db.Scalar<long>(
                    "SELECT COUNT(*) FROM workouts WHERE source = $source AND date = $date AND started_at IS $start AND name IS $name",
                    ("$source", source), ("$date", date), ("$start", startedAt), ("$name", workout.Name)) > 0;
                if (exists)
                {
                    present++;
                    continue;
                }
                long workoutId = _db.Insert(
                    "INSERT INTO workouts (date, started_at, name, duration_s, notes, source) VALUES ($date, $start, $name, $duration, $notes, $source)",
                    ("$date", date), ("$start", startedAt), ("$name", workout.Name), ("$duration", workout.DurationS),
                    ("$notes", workout.Notes), ("$source", source));
                imported++;
                var positions = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var set in workout.Sets)
                {
                    var exercise = Resolve(set, catalog);
                    if (exercise.InCatalog)
                    {
                        if (!string.Equals(set.Exercise, exercise.Name, StringComparison.Ordinal)) mapped[set.Exercise] = exercise.Name;
                    }
                    else
                    {
                        user.Add(exercise.Name);
                    }
                    int position = positions[exercise.Name] = positions.GetValueOrDefault(exercise.Name) + 1;
                    InsertSet(workoutId, exercise, position, set.Kind, set.Status, set.Weight, set.TargetReps, set.Reps,
                        set.CountedReps, set.CleanReps, set.DurationS, set.DistanceM, set.Rpe, set.Rir, set.Tempo, notes: set.Notes);
                    sets++;
                    CrashTestHook.RowWritten();
                }
            }
            return new LogImportOutcome(imported, present, sets, mapped, user.ToList());
        });

    public void SetRule(ProgressionOverride rule) => _db.InTransaction(() => _db.Execute(
        """
        INSERT INTO progression_rules (exercise, rule, sets, reps_min, reps_max, increment_kg, increment_lb)
        VALUES ($exercise, $rule, $sets, $min, $max, $kg, $lb)
        ON CONFLICT (exercise) DO UPDATE SET rule = excluded.rule, sets = excluded.sets, reps_min = excluded.reps_min,
            reps_max = excluded.reps_max, increment_kg = excluded.increment_kg, increment_lb = excluded.increment_lb
        """,
        ("$exercise", rule.Exercise), ("$rule", rule.Rule == ProgressionRule.Linear ? "linear" : "double"),
        ("$sets", rule.Sets), ("$min", rule.RepsMin), ("$max", rule.RepsMax), ("$kg", rule.IncrementKg), ("$lb", rule.IncrementLb)));

    /// <summary>Removes a user's rule; true when there was one.</summary>
    public bool ClearRule(string exercise) => _db.InTransaction(() =>
        _db.Execute("DELETE FROM progression_rules WHERE exercise = $exercise", ("$exercise", exercise)) > 0);

    // ------------------------------------------------------------------ helpers

    private static ExerciseRef Resolve(ImportedSet set, ExerciseCatalog catalog)
    {
        if (set.StoredExercise is { } key)
        {
            bool inCatalog = catalog.TryResolve(key, out var stored) && stored.Name == key;
            return new ExerciseRef(key, inCatalog, set.Exercise == key ? null : set.Exercise);
        }
        return catalog.TryResolve(set.Exercise, out var profile)
            ? new ExerciseRef(profile.Name, true, set.Exercise)
            : new ExerciseRef(set.Exercise, false, set.Exercise);
    }

    /// <summary>The day's workout (the first one of that date), created when the day has none.</summary>
    private long DayWorkout(DateOnly date)
    {
        string day = date.ToString(DateFormat, CultureInfo.InvariantCulture);
        return _db.Scalar<long?>("SELECT id FROM workouts WHERE date = $date ORDER BY id LIMIT 1", ("$date", day))
            ?? _db.Insert("INSERT INTO workouts (date, source) VALUES ($date, 'repsense')", ("$date", day));
    }

    private List<LoggedSet> SetsOf(long workoutId, string exercise)
    {
        var faults = Faults();
        return _db.Query(
            SetSelect + " WHERE s.workout_id = $workout AND s.exercise = $exercise ORDER BY s.position, s.id",
            reader => ReadSet(reader, faults), ("$workout", workoutId), ("$exercise", exercise));
    }

    private int NextPosition(long workoutId, string exercise) =>
        (int)_db.Scalar<long>("SELECT COALESCE(MAX(position), 0) + 1 FROM sets WHERE workout_id = $workout AND exercise = $exercise",
            ("$workout", workoutId), ("$exercise", exercise));

    private long InsertSet(long workoutId, ExerciseRef exercise, int position, SetKind kind, SetStatus status, Weight? weight,
        int? targetReps = null, int? loggedReps = null, int? countedReps = null, int? cleanReps = null, double? durationS = null,
        double? distanceM = null, double? rpe = null, double? rir = null, string? tempo = null, double? tutS = null,
        long? recordingId = null, int? recordingSet = null, string? notes = null) => _db.Insert(
        """
        INSERT INTO sets (workout_id, exercise, in_catalog, source_name, position, kind, status, weight, unit, target_reps,
            logged_reps, counted_reps, clean_reps, duration_s, distance_m, rpe, rir, tempo, time_under_tension_s,
            recording_id, recording_set, notes)
        VALUES ($workout, $exercise, $inCatalog, $sourceName, $position, $kind, $status, $weight, $unit, $target,
            $logged, $counted, $clean, $duration, $distance, $rpe, $rir, $tempo, $tut, $recording, $recordingSet, $notes)
        """,
        ("$workout", workoutId), ("$exercise", exercise.Name), ("$inCatalog", exercise.InCatalog ? 1 : 0),
        ("$sourceName", exercise.SourceName), ("$position", position), ("$kind", LogText.Kind(kind)),
        ("$status", LogText.Status(status)), ("$weight", weight?.Value), ("$unit", LogText.Unit(weight?.Unit ?? WeightUnit.Kg)),
        ("$target", targetReps), ("$logged", loggedReps), ("$counted", countedReps), ("$clean", cleanReps),
        ("$duration", durationS), ("$distance", distanceM), ("$rpe", rpe), ("$rir", rir), ("$tempo", tempo), ("$tut", tutS),
        ("$recording", recordingId), ("$recordingSet", recordingSet), ("$notes", notes));

    private void InsertReps(long setId, SetReport set)
    {
        foreach (var rep in set.RepDetails)
        {
            long repId = _db.Insert(
                """
                INSERT INTO reps (set_id, rep_index, start_s, turn_s, end_s, concentric_s, top_hold_s, eccentric_s, bottom_hold_s, clean)
                VALUES ($set, $index, $start, $turn, $end, $concentric, $top, $eccentric, $bottom, $clean)
                """,
                ("$set", setId), ("$index", rep.Index), ("$start", rep.StartS), ("$turn", rep.TurnS), ("$end", rep.EndS),
                ("$concentric", rep.ConcentricS), ("$top", rep.TopHoldS), ("$eccentric", rep.EccentricS),
                ("$bottom", rep.BottomHoldS), ("$clean", DetectedSet.IsFault(rep) ? 0 : 1));
            foreach (var flag in rep.Flags ?? [])
                _db.Execute("INSERT INTO rep_flags (rep_id, code, severity, message) VALUES ($rep, $code, $severity, $message)",
                    ("$rep", repId), ("$code", flag.Code), ("$severity", flag.Severity), ("$message", flag.Message));
        }
    }

    /// <summary>Fault reps per set and flag code.</summary>
    private Dictionary<long, Dictionary<string, int>> Faults()
    {
        var faults = new Dictionary<long, Dictionary<string, int>>();
        foreach (var (setId, code, count) in _db.Query(
                     """
                     SELECT r.set_id, f.code, COUNT(DISTINCT r.id) FROM reps r JOIN rep_flags f ON f.rep_id = r.id
                     WHERE f.severity = 'fault' GROUP BY r.set_id, f.code
                     """,
                     r => (r.GetInt64(0), r.GetString(1), r.GetInt32(2))))
        {
            if (!faults.TryGetValue(setId, out var byCode)) faults[setId] = byCode = [];
            byCode[code] = count;
        }
        return faults;
    }

    private const string SetSelect = """
        SELECT s.id, s.workout_id, w.date, s.exercise, s.in_catalog, s.source_name, s.position, s.kind, s.status, s.weight,
               s.unit, s.target_reps, s.logged_reps, s.counted_reps, s.clean_reps, s.duration_s, s.distance_m, s.rpe, s.rir,
               s.tempo, s.time_under_tension_s, s.recording_id, s.notes
        FROM sets s JOIN workouts w ON w.id = s.workout_id
        """;

    private static readonly IReadOnlyDictionary<string, int> NoFaults = new Dictionary<string, int>();

    private static LoggedSet ReadSet(SqliteDataReader r, Dictionary<long, Dictionary<string, int>> faults)
    {
        long id = r.GetInt64(0);
        var unit = r.GetString(10) == "lb" ? WeightUnit.Lb : WeightUnit.Kg;
        return new LoggedSet(
            id, r.GetInt64(1), ParseDate(r.GetString(2)), r.GetString(3), r.GetInt64(4) == 1, r.StringOrNull(5),
            r.GetInt32(6), LogText.ParseKind(r.GetString(7)), LogText.ParseStatus(r.GetString(8)),
            r.DoubleOrNull(9) is { } weight ? new Weight(weight, unit) : null,
            r.IntOrNull(11), r.IntOrNull(12), r.IntOrNull(13), r.IntOrNull(14), r.DoubleOrNull(15), r.DoubleOrNull(16),
            r.DoubleOrNull(17), r.DoubleOrNull(18), r.StringOrNull(19), r.DoubleOrNull(20), r.LongOrNull(21), r.StringOrNull(22),
            faults.TryGetValue(id, out var byCode) ? byCode : NoFaults);
    }

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    private static DateTime ParseTime(string text) => DateTime.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture);
}
