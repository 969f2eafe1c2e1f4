using System.Text;
using RepSense.Analysis.Exercises;
using RepSense.Log.Formats;
using RepSense.Log.Model;
using RepSense.Log.Recordings;
using RepSense.Log.Store;
using RepSense.Log.Units;

namespace RepSense.Log.Tests.Store;

public class LogStoreTests
{
    private static readonly DateOnly Monday = DateOnly.Parse("2025-03-03");
    private static readonly ExerciseRef Deadlift = new("deadlift", true);
    private static readonly ExerciseProfile SeatedRow = ExerciseCatalog.Default.Resolve("seated-cable-row");

    private static NewSet[] Sets(double kg, params int[] reps) => reps.Select(r => new NewSet(new Weight(kg, WeightUnit.Kg), r)).ToArray();

    [Fact]
    public void Added_sets_are_read_back_as_done_with_their_logged_reps()
    {
        using var temp = new TempFolder();
        using var store = LogStore.Open(temp.File("log.db"));
        store.AddSets(Monday, Deadlift, Sets(100, 5, 4, 4), planned: false);

        var sets = store.Sets("deadlift");
        Assert.Equal([5, 4, 4], sets.Select(s => s.LoggedReps!.Value));
        Assert.Equal([1, 2, 3], sets.Select(s => s.Position));
        Assert.All(sets, s => Assert.Equal((SetStatus.Done, new Weight(100, WeightUnit.Kg), Monday), (s.Status, s.Weight!.Value, s.Date)));
    }

    [Fact]
    public void Done_sets_complete_the_days_planned_sets_before_adding_more()
    {
        using var temp = new TempFolder();
        using var store = LogStore.Open(temp.File("log.db"));
        store.AddSets(Monday, Deadlift, Sets(100, 5, 5), planned: true);
        var outcome = store.AddSets(Monday, Deadlift, Sets(100, 5, 4, 3), planned: false);

        Assert.Equal([1, 2], outcome.FilledPlanned);
        Assert.Equal([3], outcome.Added);
        var sets = store.Sets("deadlift");
        Assert.Equal([(5, 5), (5, 4), ((int?)null, 3)], sets.Select(s => (s.TargetReps, s.LoggedReps!.Value)));
        Assert.All(sets, s => Assert.Equal(SetStatus.Done, s.Status));
    }

    [Fact]
    public void A_weight_without_a_unit_takes_the_exercises_last_unit_then_the_logs_then_kg()
    {
        using var temp = new TempFolder();
        using var store = LogStore.Open(temp.File("log.db"));
        Assert.Equal(WeightUnit.Kg, store.DefaultUnit("deadlift"));
        store.AddSets(Monday, new ExerciseRef("bench-press", true), [new NewSet(new Weight(185, WeightUnit.Lb), 5)], false);
        Assert.Equal(WeightUnit.Lb, store.DefaultUnit("deadlift"));
        store.AddSets(Monday, Deadlift, Sets(100, 5), false);
        Assert.Equal(WeightUnit.Kg, store.DefaultUnit("deadlift"));
        Assert.Equal(WeightUnit.Lb, store.DefaultUnit("bench-press"));
    }

    [Fact]
    public void A_recording_merges_into_the_planned_workout_with_counted_clean_reps_tempo_and_per_rep_details()
    {
        using var temp = new TempFolder();
        using var store = LogStore.Open(temp.File("log.db"));
        var row = new ExerciseRef(SeatedRow.Name, true);
        store.AddSets(Monday, row, Sets(55, 10, 10, 10), planned: true);
        var report = SampleReports.Of([10, 10, 9], new Dictionary<int, int[]> { [3] = [8, 9] }, code: "missing-pause");

        var outcome = store.ImportRecording(new RecordingImport("row.csv", "abc123", SeatedRow, new Weight(55, WeightUnit.Kg), Monday, report));

        Assert.False(outcome.AlreadyImported);
        var sets = store.Sets(SeatedRow.Name);
        Assert.Equal(3, sets.Count);
        Assert.All(sets, s => Assert.Equal(SetStatus.Done, s.Status));
        Assert.Equal([10, 10, 9], sets.Select(s => s.CountedReps!.Value));
        Assert.Equal([10, 10, 7], sets.Select(s => s.CleanReps!.Value));
        Assert.Equal([10, 10, 10], sets.Select(s => s.TargetReps!.Value));
        Assert.Equal("2-0-1-0", sets[0].Tempo);
        Assert.Equal(2, sets[2].Faults["missing-pause"]);
        Assert.All(sets, s => Assert.NotNull(s.RecordingId));
    }

    [Fact]
    public void Re_importing_the_same_recording_changes_nothing()
    {
        using var temp = new TempFolder();
        using var store = LogStore.Open(temp.File("log.db"));
        var import = new RecordingImport("row.csv", "same-hash", SeatedRow, new Weight(55, WeightUnit.Kg), Monday, SampleReports.Of([10, 10]));
        store.ImportRecording(import);
        var before = store.Sets();

        var again = store.ImportRecording(import with { Path = "renamed.csv", Date = Monday.AddDays(1) });

        Assert.True(again.AlreadyImported);
        Assert.Equal("row.csv", again.PreviousPath);
        Assert.Equal(Monday, again.Date);
        Assert.Equal(before, store.Sets(), new LoggedSetComparer());
    }

    [Fact]
    public void Two_writers_on_different_connections_both_succeed_and_nothing_is_lost()
    {
        using var temp = new TempFolder();
        string path = temp.File("log.db");
        LogStore.Open(path).Dispose();
        const int SetsPerWriter = 40;
        using var start = new Barrier(2);

        void Writer(string exercise)
        {
            using var store = LogStore.Open(path);
            start.SignalAndWait();
            for (int i = 0; i < SetsPerWriter; i++)
                store.AddSets(Monday.AddDays(i % 7), new ExerciseRef(exercise, true), Sets(50 + i, 5), false);
        }

        var errors = new List<Exception>();
        var writers = new[] { "deadlift", "pull-up" }.Select(exercise => new Thread(() =>
        {
            try { Writer(exercise); }
            catch (Exception ex) { lock (errors) errors.Add(ex); }
        })).ToList();
        writers.ForEach(t => t.Start());
        writers.ForEach(t => t.Join());

        Assert.Empty(errors);

        using var check = LogStore.Open(path);
        Assert.Equal(SetsPerWriter, check.Sets("deadlift").Count);
        Assert.Equal(SetsPerWriter, check.Sets("pull-up").Count);
        Assert.Equal(7, check.Workouts().Count);
    }

    /// <summary>Value equality of sets including their fault dictionaries.</summary>
    private sealed class LoggedSetComparer : IEqualityComparer<LoggedSet>
    {
        public bool Equals(LoggedSet? a, LoggedSet? b) =>
            a is not null && b is not null && a with { Faults = b.Faults } == b && a.Faults.OrderBy(kv => kv.Key).SequenceEqual(b.Faults.OrderBy(kv => kv.Key));

        public int GetHashCode(LoggedSet set) => set.Id.GetHashCode();
    }

    [Fact]
    public void Importing_a_newer_export_adds_only_the_workouts_the_log_does_not_have()
    {
        const string Header = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
        const string First = "2025-03-01 08:00:00,\"Pull\",\"Deadlift (Barbell)\",1,100,5,0,0,\"\",\"\",\n" +
                             "2025-03-01 08:00:00,\"Pull\",\"Cable Y Raise\",1,7,12,0,0,\"\",\"\",\n" +
                             "2025-03-01 08:00:00,\"Pull\",\"Deadlift (Barbell)\",2,100,4,0,0,\"\",\"\",\n";
        const string Second = "2025-03-04 08:00:00,\"Pull\",\"Deadlift (Barbell)\",1,102.5,5,0,0,\"\",\"\",\n";
        using var temp = new TempFolder();
        using var store = LogStore.Open(temp.File("log.db"));
        var catalog = ExerciseCatalog.Default;
        LogImportOutcome Import(string rows)
        {
            var contents = LogFileReader.Read(Encoding.UTF8.GetBytes(Header + rows), "strong.csv");
            return store.ImportWorkouts(contents.Workouts, contents.Format.Source, catalog);
        }

        var first = Import(First);
        Assert.Equal((1, 0, 3), (first.WorkoutsImported, first.WorkoutsAlreadyPresent, first.SetsImported));
        Assert.Equal(new Dictionary<string, string> { ["Deadlift (Barbell)"] = "deadlift" }, first.MappedNames);
        Assert.Equal(["Cable Y Raise"], first.UserExercises);

        var again = Import(First + Second);
        Assert.Equal((1, 1, 1), (again.WorkoutsImported, again.WorkoutsAlreadyPresent, again.SetsImported));
        Assert.Equal([(1, 5), (2, 4), (1, 5)], store.Sets("deadlift").Select(s => (s.Position, s.LoggedReps!.Value)));
        Assert.Equal(1, Assert.Single(store.Sets("Cable Y Raise")).Position);
    }

    [Fact]
    public void A_progression_rule_of_ones_own_is_kept_replaced_and_cleared()
    {
        using var temp = new TempFolder();
        using var store = LogStore.Open(temp.File("log.db"));
        Assert.Null(store.RuleFor("deadlift"));

        var linear = new ProgressionOverride("deadlift", ProgressionRule.Linear, 3, 5, 5, 2.5, 5);
        store.SetRule(linear);
        Assert.Equal(linear, store.RuleFor("deadlift"));
        var doubled = new ProgressionOverride("deadlift", ProgressionRule.Double, 4, 8, 12, 5, null);
        store.SetRule(doubled);
        Assert.Equal(doubled, store.RuleFor("deadlift"));
        Assert.Null(store.RuleFor("pull-up"));

        Assert.True(store.ClearRule("deadlift"));
        Assert.Null(store.RuleFor("deadlift"));
        Assert.False(store.ClearRule("deadlift"));
    }
}
