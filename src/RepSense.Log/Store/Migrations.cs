namespace RepSense.Log.Store;

/// <summary>The log's schema, as the list of steps that build it. A released step never changes; a change to the
/// schema is a new step at the end. The database's <c>PRAGMA user_version</c> is the last step applied.</summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "workouts, sets, recordings, reps, tempo flags, progression rules", """
            CREATE TABLE workouts (
                id INTEGER PRIMARY KEY,
                date TEXT NOT NULL,                  -- local date, yyyy-MM-dd
                started_at TEXT,                     -- local time, yyyy-MM-ddTHH:mm:ss, when known
                name TEXT,
                duration_s REAL,
                notes TEXT,
                source TEXT NOT NULL                 -- repsense | strong | hevy | fitnotes | csv
            );
            CREATE INDEX workouts_by_date ON workouts(date);

            CREATE TABLE recordings (
                id INTEGER PRIMARY KEY,
                sha256 TEXT NOT NULL UNIQUE,         -- of the recording's bytes: re-importing it changes nothing
                path TEXT NOT NULL,
                format TEXT,
                sample_rate_hz REAL,
                duration_s REAL,
                exercise TEXT NOT NULL,
                workout_id INTEGER NOT NULL REFERENCES workouts(id),
                imported_at TEXT NOT NULL
            );

            CREATE TABLE sets (
                id INTEGER PRIMARY KEY,
                workout_id INTEGER NOT NULL REFERENCES workouts(id) ON DELETE CASCADE,
                exercise TEXT NOT NULL,              -- catalog name, or the user's own name
                in_catalog INTEGER NOT NULL,
                source_name TEXT,                    -- the name an imported file used
                position INTEGER NOT NULL,           -- 1-based among the exercise's sets in the workout
                kind TEXT NOT NULL CHECK (kind IN ('work', 'warmup', 'failure', 'drop')),
                status TEXT NOT NULL CHECK (status IN ('planned', 'done')),
                weight REAL,
                unit TEXT NOT NULL CHECK (unit IN ('kg', 'lb')),
                target_reps INTEGER,
                logged_reps INTEGER,
                counted_reps INTEGER,
                clean_reps INTEGER,
                duration_s REAL,
                distance_m REAL,
                rpe REAL,
                rir REAL,
                tempo TEXT,
                time_under_tension_s REAL,
                recording_id INTEGER REFERENCES recordings(id),
                recording_set INTEGER,               -- the set's index in the recording's analysis
                notes TEXT
            );
            CREATE INDEX sets_by_exercise ON sets(exercise);
            CREATE INDEX sets_by_workout ON sets(workout_id);

            CREATE TABLE reps (
                id INTEGER PRIMARY KEY,
                set_id INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
                rep_index INTEGER NOT NULL,
                start_s REAL NOT NULL,
                turn_s REAL NOT NULL,
                end_s REAL NOT NULL,
                concentric_s REAL,
                top_hold_s REAL,
                eccentric_s REAL,
                bottom_hold_s REAL,
                clean INTEGER NOT NULL,
                UNIQUE (set_id, rep_index)
            );

            CREATE TABLE rep_flags (
                rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
                code TEXT NOT NULL,
                severity TEXT NOT NULL,
                message TEXT NOT NULL
            );
            CREATE INDEX rep_flags_by_rep ON rep_flags(rep_id);

            CREATE TABLE progression_rules (
                exercise TEXT PRIMARY KEY,
                rule TEXT NOT NULL CHECK (rule IN ('linear', 'double')),
                sets INTEGER NOT NULL,
                reps_min INTEGER NOT NULL,
                reps_max INTEGER NOT NULL,
                increment_kg REAL,
                increment_lb REAL
            );
            """),
    ];
}
