using System.Text;
using RepSense.Analysis.Exercises;
using RepSense.Log.Formats;
using RepSense.Log.Model;
using RepSense.Log.Store;
using RepSense.Log.Units;

namespace RepSense.Log.Tests.Formats;

public class LogExporterTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Default;

    private static string Export(LogStore store, ExportFormat format)
    {
        var text = new StringWriter();
        LogExporter.Write(format, store.ExportWorkouts(), Catalog, text);
        return text.ToString();
    }

    /// <summary>The export of a fresh log filled by <see cref="Fill"/>.</summary>
    private static string ExportOfTheFilledLog(ExportFormat format)
    {
        using var temp = new TempFolder();
        using var store = LogStore.Open(temp.File("a.db"));
        Fill(store);
        return Export(store, format);
    }

    /// <summary>A log with what exports have to survive: kg and lb, warm-up and failure sets, a bodyweight set, a
    /// timed carry, an exercise outside the catalog, and names and notes with separators, quotes, line breaks and
    /// formula starts.</summary>
    private static void Fill(LogStore store)
    {
        string strong = "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\"\n" +
                        "\"1\";\"2025-03-01 08:00:00\";\"Pull; heavy\";\"3600\";\"Deadlift (Barbell)\";\"WARM_UP\";\"60.0\";\"5\";\"\";\"\";\"\";\"\";\"=SUM(A1)\n\"\"new\"\" line\"\n" +
                        "\"1\";\"2025-03-01 08:00:00\";\"Pull; heavy\";\"3600\";\"Deadlift (Barbell)\";\"1\";\"100.0\";\"5\";\"8.5\";\"\";\"\";\"-belt on\";\"\"\n" +
                        "\"1\";\"2025-03-01 08:00:00\";\"Pull; heavy\";\"3600\";\"Deadlift (Barbell)\";\"FAILURE\";\"100.0\";\"3\";\"10\";\"\";\"\";\"@grip\";\"\"\n" +
                        "\"1\";\"2025-03-01 08:00:00\";\"Pull; heavy\";\"3600\";\"Cable Y Raise\";\"1\";\"6.80388555\";\"12\";\"\";\"\";\"\";\"'quoted\";\"\"\n" +
                        "\"1\";\"2025-03-01 08:00:00\";\"Pull; heavy\";\"3600\";\"Farmer's Walk\";\"1\";\"24.0\";\"\";\"\";\"40\";\"15\";\"\";\"\"\n";
        var contents = LogFileReader.Read(Encoding.UTF8.GetBytes(strong), "strong.csv");
        store.ImportWorkouts(contents.Workouts, contents.Format.Source, Catalog);
        store.AddSets(DateOnly.Parse("2025-03-03"), new ExerciseRef("pull-up", true), [new NewSet(new Weight(0, WeightUnit.Kg), 8)], false);
        store.AddSets(DateOnly.Parse("2025-03-03"), new ExerciseRef("bench-press", true), [new NewSet(new Weight(185, WeightUnit.Lb), 5, Rir: 2)], false);
        store.AddSets(DateOnly.Parse("2025-03-05"), new ExerciseRef("deadlift", true), [new NewSet(new Weight(102.5, WeightUnit.Kg), 5)], planned: true);
    }

    [Theory]
    [InlineData(ExportFormat.Strong)]
    [InlineData(ExportFormat.Csv)]
    public void An_export_imported_into_an_empty_log_exports_identically(ExportFormat format)
    {
        using var temp = new TempFolder();
        using var original = LogStore.Open(temp.File("a.db"));
        Fill(original);
        string first = Export(original, format);

        using var copy = LogStore.Open(temp.File("b.db"));
        var contents = LogFileReader.Read(Encoding.UTF8.GetBytes(first), "export.csv");
        copy.ImportWorkouts(contents.Workouts, contents.Format.Source, Catalog);
        string second = Export(copy, format);

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_strong_export_has_strongs_current_header_kg_weights_and_no_planned_sets()
    {
        var contents = LogFileReader.Read(Encoding.UTF8.GetBytes(ExportOfTheFilledLog(ExportFormat.Strong)), "strong.csv");

        Assert.Same(LogFormats.Strong2025, contents.Format);
        Assert.Equal(2, contents.Workouts.Count);
        var bench = contents.Workouts[1].Sets.Single(s => s.Exercise == "Bench Press");
        Assert.Equal(185 * Weight.KgPerLb, bench.Weight!.Value.Value, 9);
        Assert.Equal(["Deadlift (Barbell)", "Deadlift (Barbell)", "Deadlift (Barbell)", "Cable Y Raise", "Farmer's Walk"],
            contents.Workouts[0].Sets.Select(s => s.Exercise));
        Assert.Equal([SetKind.Warmup, SetKind.Work, SetKind.Failure], contents.Workouts[0].Sets.Take(3).Select(s => s.Kind));
    }

    [Fact]
    public void Exported_text_cells_that_start_like_a_formula_are_neutralised_and_numbers_are_not()
    {
        string csv = ExportOfTheFilledLog(ExportFormat.Strong);

        Assert.Contains("\"'=SUM(A1)", csv);
        Assert.Contains("\"'-belt on\"", csv);
        Assert.Contains("\"'@grip\"", csv);
        Assert.DoesNotContain("\"=SUM", csv);
        Assert.Contains("\"6.80388555\"", csv);
    }

    [Fact]
    public void The_hevy_export_reads_back_as_hevy_with_its_set_types()
    {
        var contents = LogFileReader.Read(Encoding.UTF8.GetBytes(ExportOfTheFilledLog(ExportFormat.Hevy)), "hevy.csv");

        Assert.Same(LogFormats.Hevy, contents.Format);
        Assert.Equal([SetKind.Warmup, SetKind.Work, SetKind.Failure], contents.Workouts[0].Sets.Take(3).Select(s => s.Kind));
        Assert.Equal(3600, contents.Workouts[0].DurationS);
    }

    [Fact]
    public void The_json_export_holds_every_set_with_its_unit_and_status()
    {
        using var json = System.Text.Json.JsonDocument.Parse(ExportOfTheFilledLog(ExportFormat.Json));

        var workouts = json.RootElement.GetProperty("workouts");
        Assert.Equal(3, workouts.GetArrayLength());
        var planned = workouts[2].GetProperty("sets")[0];
        Assert.Equal(("planned", 5, "kg"), (planned.GetProperty("status").GetString(), planned.GetProperty("targetReps").GetInt32(), planned.GetProperty("unit").GetString()));
        var bench = workouts[1].GetProperty("sets")[1];
        Assert.Equal((185.0, "lb", 2.0), (bench.GetProperty("weight").GetDouble(), bench.GetProperty("unit").GetString(), bench.GetProperty("rir").GetDouble()));
    }

    [Fact]
    public void The_repsense_csv_export_reads_back_with_every_set_and_what_the_apps_have_no_column_for()
    {
        string csv = ExportOfTheFilledLog(ExportFormat.Csv);
        var contents = LogFileReader.Read(Encoding.UTF8.GetBytes(csv), "export.csv");

        Assert.Same(LogFormats.RepSenseCsv, contents.Format);
        Assert.Equal([5, 2, 1], contents.Workouts.Select(w => w.Sets.Count));
        // Workouts are numbered in order; one logged without a time of day starts at its date.
        Assert.Contains("\n1,2025-03-01,2025-03-01 08:00:00,", csv);
        Assert.Contains("\n2,2025-03-03,2025-03-03,", csv);
        Assert.Contains("\n3,2025-03-05,2025-03-05,", csv);
        Assert.Equal((DateOnly.Parse("2025-03-05"), null), (contents.Workouts[2].Date, contents.Workouts[2].StartedAt));
        var bench = contents.Workouts[1].Sets.Single(s => s.StoredExercise == "bench-press");
        Assert.Equal((185.0, WeightUnit.Lb, 5, 2.0), (bench.Weight!.Value.Value, bench.Weight!.Value.Unit, bench.Reps!.Value, bench.Rir!.Value));
        var planned = contents.Workouts[2].Sets[0];
        Assert.Equal((SetStatus.Planned, 5, (int?)null), (planned.Status, planned.TargetReps!.Value, planned.Reps));
        var walk = contents.Workouts[0].Sets.Single(s => s.Exercise == "Farmer's Walk");
        Assert.Equal((40.0, 15.0), (walk.DistanceM!.Value, walk.DurationS!.Value));
    }

    [Fact]
    public void The_hevy_export_writes_distance_in_km_numbers_each_exercises_sets_from_zero_and_names_drop_sets()
    {
        using var temp = new TempFolder();
        using var store = LogStore.Open(temp.File("a.db"));
        store.ImportWorkouts(LogFileReader.Read(Encoding.UTF8.GetBytes(
            "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
            "2025-03-07 18:00:00,\"Pull\",\"Deadlift (Barbell)\",W,60,5,0,0,\"\",\"\",\n" +
            "2025-03-07 18:00:00,\"Pull\",\"Farmer's Walk\",1,24,0,0.04,15,\"\",\"\",\n" +
            "2025-03-07 18:00:00,\"Pull\",\"Deadlift (Barbell)\",1,100,5,0,0,\"\",\"\",\n" +
            "2025-03-07 18:00:00,\"Pull\",\"Deadlift (Barbell)\",D,80,8,0,0,\"\",\"\",\n"), "strong.csv").Workouts, "strong", Catalog);
        store.AddSets(DateOnly.Parse("2025-03-03"), new ExerciseRef("pull-up", true), [new NewSet(new Weight(0, WeightUnit.Kg), 8)], false);
        string csv = Export(store, ExportFormat.Hevy);
        var rows = csv.Split('\n').Skip(1).Where(l => l.Length > 0).ToList();
        var contents = LogFileReader.Read(Encoding.UTF8.GetBytes(csv), "hevy.csv");

        // The header as Hevy writes it, names quoted; the workout's start and end as Hevy words them.
        Assert.StartsWith(string.Join(',', LogFormats.Hevy.Header.Select(h => $"\"{h}\"")) + "\n", csv);
        Assert.Contains(rows, r => r.StartsWith("\"Pull\",\"7 Mar 2025, 18:00\",", StringComparison.Ordinal));
        var walk = contents.Workouts.SelectMany(w => w.Sets).Single(s => s.Exercise == "Farmer's Walk");
        Assert.Equal((40.0, 15.0), (walk.DistanceM!.Value, walk.DurationS!.Value));
        Assert.Contains(rows, r => r.Contains("\"Farmer's Walk\"") && r.EndsWith(",24,,0.04,15,", StringComparison.Ordinal));
        // set_index counts each exercise's sets from 0 within a workout; a drop set is Hevy's "dropset".
        var deadlift = rows.Where(r => r.Contains("\"Deadlift (Barbell)\"")).Select(r => string.Join(',', r.Split(',')[^7..^5])).ToList();
        Assert.Equal(["0,\"warmup\"", "1,\"normal\"", "2,\"dropset\""], deadlift);
        Assert.Contains(rows, r => r.Contains("\"Farmer's Walk\",,\"\",0,\"normal\","));
        // A workout logged without a time of day starts at midnight of its date, and lasts no time.
        Assert.Contains(rows, r => r.StartsWith("\"\",\"3 Mar 2025, 00:00\",\"3 Mar 2025, 00:00\",", StringComparison.Ordinal));
    }

    [Fact]
    public void The_strong_export_numbers_its_workouts_writes_whole_weights_with_a_decimal_and_names_drop_sets()
    {
        using var temp = new TempFolder();
        using var store = LogStore.Open(temp.File("a.db"));
        store.AddSets(DateOnly.Parse("2025-03-03"), new ExerciseRef("pull-up", true), [new NewSet(new Weight(0, WeightUnit.Kg), 8)], false);
        store.ImportWorkouts(LogFileReader.Read(Encoding.UTF8.GetBytes(
            "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
            "2025-03-07 18:00:00,\"Arms\",\"Bicep Curl (Dumbbell)\",D,8,12,0,0,\"\",\"\",\n"), "strong.csv").Workouts, "strong", Catalog);
        var output = new StringWriter();
        LogExporter.Write(ExportFormat.Strong, store.ExportWorkouts(), Catalog, output);
        output.Write("after"); // the caller's writer is left open
        var rows = output.ToString().Split('\n').Skip(1).ToList();

        Assert.StartsWith(string.Join(';', LogFormats.Strong2025.Header.Select(h => $"\"{h}\"")) + "\n", output.ToString());
        Assert.StartsWith("\"1\";\"2025-03-03 00:00:00\";", rows[0]);
        Assert.Contains("\"0.0\";\"8\"", rows[0]);
        Assert.StartsWith("\"2\";\"2025-03-07 18:00:00\";", rows[1]);
        Assert.Contains("\"DROP_SET\";\"8.0\";\"12\"", rows[1]);
        Assert.Equal("after", rows[^1]);
    }

    [Fact]
    public void The_json_export_is_one_document_ending_in_a_newline_with_iso_dates()
    {
        string text = ExportOfTheFilledLog(ExportFormat.Json);
        Assert.EndsWith("}\n", text);
        using var json = System.Text.Json.JsonDocument.Parse(text);
        var first = json.RootElement.GetProperty("workouts")[0];
        Assert.Equal(("2025-03-01", "2025-03-01T08:00:00"), (first.GetProperty("date").GetString(), first.GetProperty("startedAt").GetString()));
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+49 301234", "'+49 301234")]
    [InlineData("-belt", "'-belt")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("'=already", "''=already")]
    [InlineData("''", "'''")]
    [InlineData("'plain", "'plain")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Neutralised_cells_are_restored_exactly(string text, string neutralised)
    {
        Assert.Equal(neutralised, CsvCells.Neutralize(text));
        Assert.Equal(text, CsvCells.Restore(CsvCells.Neutralize(text)));
    }
}
