using System.Text;
using RepSense.Ingest;
using RepSense.Log.Formats;
using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Tests.Formats;

/// <summary>Each layout of ../shared/formats/README.md, as a small file of our own written from its header and notes.</summary>
public class LogFileReaderTests
{
    private static LogFileContents Read(string content, WeightUnit? unit = null) =>
        LogFileReader.Read(Encoding.UTF8.GetBytes(content), "export.csv", unit);

    public static TheoryData<string, string, string, double?, WeightUnit, int?, SetKind> Layouts() => new()
    {
        {
            "Strong 2019 (';', Weight Unit column)",
            "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes\n" +
            "2019-01-11 12:31:54;\"Leg\";\"Deadlift (Barbell)\";1;20;kg;5;;;;0;\"\";\"\"\n",
            "Deadlift (Barbell)", 20, WeightUnit.Kg, 5, SetKind.Work
        },
        {
            "Strong 2019 (',', no Duration)",
            "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
            "2019-02-14 07:33:40,\"Wed\",\"Bent Over Row (Barbell)\",1,6.80388555,5,0,0,\"\",\"\",",
            "Bent Over Row (Barbell)", 6.80388555, WeightUnit.Kg, 5, SetKind.Work
        },
        {
            "Strong 2021-23 (',', Duration)",
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
            "2021-02-10 16:46:13,\"Mittwoch\",2h 18m,\"Bench Press (Barbell)\",1,75.0,8,0,0,\"\",\"\",\n",
            "Bench Press (Barbell)", 75, WeightUnit.Kg, 8, SetKind.Work
        },
        {
            "Strong 2024 (',', no Notes)",
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n" +
            "2024-11-28 17:36:08,\"B\",35m,\"Lat Pulldown (Machine)\",1,10.0,13.0,0,0.0,\n",
            "Lat Pulldown (Machine)", 10, WeightUnit.Kg, 13, SetKind.Work
        },
        {
            "Strong 2025 (Workout #, ';')",
            "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\"\n" +
            "\"279\";\"2024-06-10 16:55:41\";\"Pull 1\";\"3727\";\"Lat Pulldown (Cable)\";\"WARM_UP\";\"36.287389600000004\";\"6\";\"\";\"\";\"\";\"\";\"\"\n",
            "Lat Pulldown (Cable)", 36.287389600000004, WeightUnit.Kg, 6, SetKind.Warmup
        },
        {
            "Strong, German UI (',')",
            "Datum,Workout-Name,Dauer,Name der Übung,Reihenfolge festlegen,Gewicht,Wiederh.,Entfernung,Sekunden,Notizen,Workout-Notizen,RPE\n" +
            "2025-08-01 09:46:59,\"Pull\",31min,\"Pull Up\",1,0,3.0,0,0.0,\"\",\"\",\n",
            "Pull Up", 0, WeightUnit.Kg, 3, SetKind.Work
        },
        {
            "Hevy (metric)",
            "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n" +
            "\"Lower\",\"15 Sep 2025, 07:48\",\"15 Sep 2025, 09:13\",\"\",\"Squat (Barbell)\",,\"\",3,\"failure\",77.5,10,,0,9.5\n",
            "Squat (Barbell)", 77.5, WeightUnit.Kg, 10, SetKind.Failure
        },
        {
            "FitNotes (Weight (lbs))",
            "Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n2017-06-23,Standing Dumbbell Curl,Biceps,25.0,12,,,\n",
            "Standing Dumbbell Curl", 25, WeightUnit.Lb, 12, SetKind.Work
        },
        {
            "FitNotes (Weight (lbs))",
            "Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n2/4/2017,Leg Press,Legs,90,12,,,\n",
            "Leg Press", 90, WeightUnit.Lb, 12, SetKind.Work
        },
        {
            "FitNotes (Weight Unit column)",
            "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time\n2025-04-29,Seated Cable Row,Back,15.0,kgs,20,,,\n",
            "Seated Cable Row", 15, WeightUnit.Kg, 20, SetKind.Work
        },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_layout_is_recognised_by_its_header_and_its_first_set_read(
        string format, string content, string exercise, double? weight, WeightUnit unit, int? reps, SetKind kind)
    {
        var contents = Read(content);
        Assert.Equal(format, contents.Format.Name);
        var set = contents.Workouts[0].Sets[0];
        Assert.Equal((exercise, weight, unit, reps, kind), (set.Exercise, set.Weight?.Value, set.Weight?.Unit ?? unit, set.Reps, set.Kind));
    }

    [Fact]
    public void Strong_rows_group_into_workouts_with_their_start_duration_and_notes()
    {
        var contents = Read(
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
            "2021-02-10 16:46:13,\"Mittwoch\",2h 18m,\"Deadlift (Barbell)\",1,65.0,6,0,0,\"\",\"heavy, felt good\",\n" +
            "2021-02-10 16:46:13,\"Mittwoch\",2h 18m,\"Deadlift (Barbell)\",2,65.0,5,0,0,,,8\n" +
            "2021-02-12 10:00:00,\"Freitag\",45m,\"Pull Up\",1,0.0,8,0,0,,,\n");

        Assert.Equal(2, contents.Workouts.Count);
        var first = contents.Workouts[0];
        Assert.Equal(DateTime.Parse("2021-02-10T16:46:13"), first.StartedAt);
        Assert.Equal(2 * 3600 + 18 * 60, first.DurationS);
        Assert.Equal("heavy, felt good", first.Notes);
        Assert.Equal([6, 5], first.Sets.Select(s => s.Reps!.Value));
        Assert.Equal(8, first.Sets[1].Rpe);
        Assert.Equal(45 * 60, contents.Workouts[1].DurationS);
    }

    [Fact]
    public void Strong_2025_reads_failure_sets_and_notes_over_several_lines()
    {
        var contents = Read(
            "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\"\n" +
            "\"7\";\"2024-06-10 16:55:41\";\"Pull \";\"3727\";\"Iso-Lateral Row (Machine)\";\"FAILURE\";\"81.6466266\";\"10\";\"\";\"\";\"\";\"\";\"line one\nline two; \"\"quoted\"\"\"\n");
        var workout = Assert.Single(contents.Workouts);
        Assert.Equal("Pull", workout.Name);
        Assert.Equal(3727, workout.DurationS);
        Assert.Equal("line one\nline two; \"quoted\"", workout.Notes);
        Assert.Equal(SetKind.Failure, workout.Sets[0].Kind);
    }

    [Fact]
    public void Rest_timer_rows_of_the_german_layout_are_skipped_and_reported()
    {
        var contents = Read(
            "Datum,Workout-Name,Dauer,Name der Übung,Reihenfolge festlegen,Gewicht,Wiederh.,Entfernung,Sekunden,Notizen,Workout-Notizen,RPE\n" +
            "2025-08-01 09:46:59,\"Pull\",31min,\"Pull Up\",1,0,3.0,0,0.0,\"\",\"\",\n" +
            "2025-08-01 09:46:59,\"Pull\",31min,\"Pull Up\",Ruhezeit,0,0.0,0,45.0,,,\n" +
            "2025-08-01 09:46:59,\"Pull\",31min,\"Pull Up\",2,0,2.0,0,0.0,,,\n");
        Assert.Equal([3, 2], contents.Workouts[0].Sets.Select(s => s.Reps!.Value));
        Assert.Contains(contents.Notes, n => n.Contains("Skipped 1 rest-timer rows"));
    }

    [Fact]
    public void An_unstated_unit_is_read_as_the_given_one_and_reported()
    {
        const string Strong2024 = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n" +
                                  "2024-11-28 17:36:08,\"B\",35m,\"Squat (Barbell)\",1,225.0,5.0,0,0.0,\n";
        Assert.Equal(WeightUnit.Lb, Read(Strong2024, WeightUnit.Lb).Workouts[0].Sets[0].Weight!.Value.Unit);
        Assert.Contains(Read(Strong2024).Notes, n => n.Contains("does not say which unit its weights are in: read as kg"));
    }

    [Fact]
    public void FitNotes_unquoted_commas_in_an_exercise_name_are_given_back_to_the_name()
    {
        var contents = Read("Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time\n" +
                            "2025-04-29,Overhead Press (Each Side, Dumbbells),Shoulders,8.0,kgs,5,,,\n");
        var set = contents.Workouts[0].Sets[0];
        Assert.Equal("Overhead Press (Each Side, Dumbbells)", set.Exercise);
        Assert.Equal((8.0, 5), (set.Weight!.Value.Value, set.Reps!.Value));
    }

    [Fact]
    public void FitNotes_cardio_rows_keep_time_and_distance_instead_of_reps()
    {
        var set = Read("Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n2/4/2017,Running (Treadmill),Cardio,,,1.3,mi,0:09:30\n")
            .Workouts[0].Sets[0];
        Assert.Null(set.Reps);
        Assert.Null(set.Weight);
        Assert.Equal(570, set.DurationS);
        Assert.Equal(1.3 * 1609.344, set.DistanceM!.Value, 6);
    }

    [Fact]
    public void FitNotes_days_are_one_workout_each_without_a_start_time()
    {
        var contents = Read("Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n" +
                            "2017-06-23,Pushups,Chest,0.0,22,,,\n2017-06-23,Crunches,Abs,0.0,25,,,\n2017-06-24,Pushups,Chest,0.0,20,,,\n");
        Assert.Equal([2, 1], contents.Workouts.Select(w => w.Sets.Count));
        Assert.All(contents.Workouts, w => Assert.Null(w.StartedAt));
    }

    // Failure rows: what is wrong, where (file:line), and what was expected.
    [Theory]
    [InlineData("Date,Exercise,Reps\n2025-01-01,Row,5\n", "export.csv:1: the header is not one of a known workout-log export")]
    [InlineData("Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n2017-06-23,Pushups,Chest,0.0,22,,,\n2017-06-23,Pushups,Chest,0.0,22\n",
        "export.csv:3: expected 8 fields as in the header, found 5")]
    [InlineData("Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n2017-06-23,Pushups,Chest,heavy,22,,,\n",
        "export.csv:2: field 'Weight (lbs)': expected a number, found 'heavy'")]
    [InlineData("Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n23.06.2017,Pushups,Chest,0,22,,,\n",
        "export.csv:2: field 'Date': expected a date like yyyy-MM-dd or M/d/yyyy, found '23.06.2017'")]
    [InlineData("Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n2017-06-23,Pushups,Chest,0,7.5,,,\n",
        "export.csv:2: field 'Reps': expected a whole number, found '7.5'")]
    [InlineData("Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n2019-02-14 07:33:40,\"W\",\"Row\",SUPERSET,6.8,5,0,0,\"\",\"\",\n",
        "export.csv:2: field 'Set Order': expected a set number or one of")]
    [InlineData("Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n2019-02-14 07:33:40,\"W\",\"\",1,6.8,5,0,0,\"\",\"\",\n",
        "export.csv:2: field 'Exercise Name': expected an exercise name, found nothing")]
    public void A_malformed_export_is_a_sentence_naming_the_file_line_and_field(string content, string expected)
    {
        var ex = Assert.ThrowsAny<RepSenseException>(() => Read(content));
        Assert.StartsWith(expected, ex.Message);
    }

    [Fact]
    public void Every_real_workout_log_export_in_shared_formats_reads_without_error()
    {
        string formats = SharedFolder.Path("formats");
        Assert.SkipUnless(Directory.Exists(formats), $"The shared format files are not at {formats}.");
        var files = Directory.GetDirectories(formats)
            .Where(d => Path.GetFileName(d) is var n && (n.StartsWith("strong", StringComparison.Ordinal) || n.StartsWith("hevy", StringComparison.Ordinal) || n.StartsWith("fitnotes", StringComparison.Ordinal)))
            .SelectMany(d => Directory.GetFiles(d, "*.csv"))
            .ToList();
        Assert.Equal(11, files.Count);
        foreach (string file in files)
        {
            var contents = LogFileReader.Read(file);
            Assert.NotEmpty(contents.Workouts);
            Assert.All(contents.Workouts, w => Assert.NotEmpty(w.Sets));
        }
    }
}
