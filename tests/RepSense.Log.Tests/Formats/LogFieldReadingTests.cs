using System.Text;
using RepSense.Ingest;
using RepSense.Log.Formats;
using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Tests.Formats;

/// <summary>How the reader turns single fields into the log's values (units, durations, clock times, timed sets, the
/// RepSense CSV's own fields) and where a file's shape is unusual (a header alone, blank lines, broken quoting). Written
/// from the layouts' headers in ../shared/formats/README.md, for what a mutation run of <see cref="LogFileReader"/>
/// found no test checking.</summary>
public class LogFieldReadingTests
{
    private const string FitNotes = "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time\n";
    private const string Strong2019 = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
    private const string Strong2021 = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
    private const string Hevy = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n";

    private static LogFileContents Read(string content) => LogFileReader.Read(Encoding.UTF8.GetBytes(content), "export.csv");

    private static ImportedSet FirstSet(string content) => Read(content).Workouts[0].Sets[0];

    private static string Error(string content) => Assert.ThrowsAny<RepSenseException>(() => Read(content)).Message;

    [Theory]
    [InlineData("m", 1.0)]
    [InlineData("metres", 1.0)]
    [InlineData("meters", 1.0)]
    [InlineData("km", 1000.0)]
    [InlineData("kms", 1000.0)]
    [InlineData("kilometers", 1000.0)]
    [InlineData("kilometres", 1000.0)]
    [InlineData("mi", 1609.344)]
    [InlineData("mile", 1609.344)]
    [InlineData("miles", 1609.344)]
    [InlineData("yd", 0.9144)]
    [InlineData("yds", 0.9144)]
    [InlineData("yards", 0.9144)]
    [InlineData("ft", 0.3048)]
    [InlineData("feet", 0.3048)]
    [InlineData(" Km. ", 1000.0)]
    public void A_distance_is_read_in_metres_from_the_unit_the_row_names(string unit, double metresPerUnit)
    {
        var set = FirstSet(FitNotes + $"2025-04-29,Sled Push,Cardio,,,,2.5,{unit},\n");
        Assert.Equal(2.5 * metresPerUnit, set.DistanceM!.Value, 9);
    }

    // A field that cannot be what its column holds: file, line, column name, what was expected and what was found.
    public static TheoryData<string, string> BadFields() => new()
    {
        {
            FitNotes + "2025-04-29,Sled Push,Cardio,,,,2,furlongs,\n",
            "export.csv:2: field 'Distance Unit': expected a distance unit (m, km, mi), found 'furlongs'."
        },
        {
            FitNotes + "2025-04-29,Seated Cable Row,Back,15.0,stone,20,,,\n",
            "export.csv:2: field 'Weight Unit': expected kg or lb, found 'stone'."
        },
        {
            Strong2021 + "2021-02-10 16:46:13,\"Mittwoch\",long,\"Pull Up\",1,0,8,0,0,\"\",\"\",\n",
            "export.csv:2: field 'Duration': expected a duration like 2h 18m, 35m or 31min, found 'long'."
        },
        {
            FitNotes + "2017-02-04,Plank,Abs,,,0,,,9.5\n",
            "export.csv:2: field 'Time': expected a time like 0:09:30, found '9.5'."
        },
        {
            FitNotes + "2025-04-29,Seated Cable Row,Back,15.0,kgs,-3,,,\n",
            "export.csv:2: field 'Reps': expected a whole number, found '-3'."
        },
        {
            FitNotes + ",Seated Cable Row,Back,15.0,kgs,20,,,\n",
            "export.csv:2: field 'Date': expected a date, found nothing."
        },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void A_field_that_cannot_be_read_is_an_error_naming_the_line_the_column_and_what_was_expected(string content, string message)
    {
        Assert.Equal(message, Error(content));
    }

    [Fact]
    public void A_layout_without_a_distance_unit_column_uses_its_own_unit()
    {
        // Strong before 2025 writes kilometres without saying so; Hevy's column is distance_km.
        Assert.Equal(1500, FirstSet(Strong2019 + "2019-02-14 07:33:40,\"W\",\"Rowing (Machine)\",1,0,0,1.5,420,\"\",\"\",\n").DistanceM!.Value, 9);
        Assert.Equal(1500, FirstSet(Hevy + "\"Cardio\",\"15 Sep 2025, 07:48\",\"15 Sep 2025, 08:13\",\"\",\"Rowing\",,\"\",0,\"normal\",,,1.5,420,\n").DistanceM!.Value, 9);
    }

    [Theory]
    [InlineData("2h 18m", 2 * 3600 + 18 * 60)]
    [InlineData("35m", 35 * 60)]
    [InlineData("31min", 31 * 60)]
    [InlineData("1h 5m 30s", 3600 + 5 * 60 + 30)]
    [InlineData("45s", 45)]
    [InlineData("2h", 7200)]
    public void A_workout_duration_written_in_words_is_read_in_seconds(string text, double seconds)
    {
        var workout = Read(Strong2021 + $"2021-02-10 16:46:13,\"Mittwoch\",{text},\"Pull Up\",1,0,8,0,0,\"\",\"\",\n").Workouts[0];
        Assert.Equal(seconds, workout.DurationS);
    }

    [Theory]
    [InlineData("0:09:30", 570)]
    [InlineData("9:30", 570)]
    [InlineData("1:02:03", 3723)]
    [InlineData("12:00:00", 43200)]
    public void A_fitnotes_time_is_read_as_a_clock(string time, double seconds)
    {
        Assert.Equal(seconds, FirstSet(FitNotes + $"2017-02-04,Plank,Abs,,,0,,,{time}\n").DurationS);
    }

    [Fact]
    public void A_timed_set_keeps_its_seconds_and_logs_no_reps()
    {
        var plank = FirstSet(Strong2019 + "2019-02-14 07:33:40,\"W\",\"Plank\",1,0,0,0,60,\"\",\"\",\n");
        Assert.Equal((null, 60.0), (plank.Reps, plank.DurationS));
    }

    [Fact]
    public void Zero_reps_without_a_time_or_distance_stay_zero_and_reps_beside_a_time_stay_as_logged()
    {
        // A set logged with 0 reps is a failed attempt, not a timed set; reps logged with a time keep both.
        var failed = FirstSet(Strong2019 + "2019-02-14 07:33:40,\"W\",\"Squat\",1,140,0,0,0,\"\",\"\",\n");
        Assert.Equal((0, null, null), (failed.Reps, failed.DurationS, failed.DistanceM));
        var both = FirstSet(Strong2019 + "2019-02-14 07:33:40,\"W\",\"Kettlebell Swing\",1,24,20,0,45,\"\",\"\",\n");
        Assert.Equal((20, 45.0), (both.Reps, both.DurationS));
        var carried = FirstSet(FitNotes + "2025-04-29,Farmer Carry,Cardio,32,kg,0,40,m,\n");
        Assert.Equal((null, 40.0), (carried.Reps, carried.DistanceM));
    }

    [Fact]
    public void A_workout_that_started_at_midnight_keeps_its_start_time()
    {
        var workout = Read(Strong2019 + "2019-02-14 00:00:00,\"Late\",\"Squat\",1,100,5,0,0,\"\",\"\",\n").Workouts[0];
        Assert.Equal(new DateTime(2019, 2, 14, 0, 0, 0), workout.StartedAt);
    }

    [Fact]
    public void Hevy_takes_a_workouts_duration_from_its_end_time_and_leaves_it_open_without_one()
    {
        var ended = Read(Hevy + "\"Lower\",\"15 Sep 2025, 07:48\",\"15 Sep 2025, 09:13\",\"\",\"Squat (Barbell)\",,\"\",0,\"normal\",77.5,10,,,\n").Workouts[0];
        Assert.Equal(85 * 60, ended.DurationS);
        var open = Read(Hevy + "\"Lower\",\"15 Sep 2025, 07:48\",\"\",\"\",\"Squat (Barbell)\",,\"\",0,\"warmup\",40,10,,,\n").Workouts[0];
        Assert.Null(open.DurationS);
        Assert.Equal(SetKind.Warmup, open.Sets[0].Kind);
    }

    [Fact]
    public void Rows_that_share_a_start_but_not_a_workout_name_are_two_workouts()
    {
        var contents = Read(Strong2019 +
                            "2019-02-14 07:33:40,\"Push\",\"Bench Press\",1,60,8,0,0,\"\",\"\",\n" +
                            "2019-02-14 07:33:40,\"Pull\",\"Barbell Row\",1,50,8,0,0,\"\",\"\",\n" +
                            "2019-02-14 07:33:40,\"Push\",\"Bench Press\",2,60,7,0,0,\"\",\"\",\n");
        Assert.Equal([("Push", 2), ("Pull", 1)], contents.Workouts.Select(w => (w.Name!, w.Sets.Count)));
    }

    [Fact]
    public void The_repsense_csv_gives_back_every_field_the_log_keeps()
    {
        var set = FirstSet(
            "workout,date,started_at,workout_name,workout_duration_s,workout_notes,exercise,exercise_key,kind,status,weight,unit," +
            "target_reps,logged_reps,counted_reps,clean_reps,duration_s,distance_m,rpe,rir,tempo,notes\n" +
            "1,2025-03-14,2025-03-14 18:30:00,Back,3600,,Barbell Row,bent-over-row,drop,planned,60,lb,8,7,7,6,,,8.5,2,3-0-1-1,\"grip, wide\"\n");
        Assert.Equal(("Barbell Row", "bent-over-row", SetKind.Drop, SetStatus.Planned), (set.Exercise, set.StoredExercise, set.Kind, set.Status));
        Assert.Equal((60.0, WeightUnit.Lb), (set.Weight!.Value.Value, set.Weight!.Value.Unit));
        Assert.Equal((8, 7, 7, 6), (set.TargetReps, set.Reps, set.CountedReps, set.CleanReps));
        Assert.Equal((8.5, 2.0, "3-0-1-1", "grip, wide"), (set.Rpe, set.Rir, set.Tempo, set.Notes));
    }

    [Fact]
    public void A_repsense_csv_status_it_does_not_know_is_an_error_naming_it()
    {
        string message = Error(
            "workout,date,started_at,workout_name,workout_duration_s,workout_notes,exercise,exercise_key,kind,status,weight,unit," +
            "target_reps,logged_reps,counted_reps,clean_reps,duration_s,distance_m,rpe,rir,tempo,notes\n" +
            "1,2025-03-14,2025-03-14 18:30:00,Back,3600,,Barbell Row,bent-over-row,work,maybe,60,kg,8,8,,,,,,,,\n");
        Assert.Equal("export.csv:2: field 'status': unknown set status 'maybe'.", message);
    }

    [Fact]
    public void An_unknown_set_order_word_lists_the_words_the_layout_knows()
    {
        string message = Error(Strong2019 + "2019-02-14 07:33:40,\"W\",\"Row\",1,6.8,5,0,0,\"\",\"\",\n" +
                               "2019-02-14 07:33:40,\"W\",\"Row\",SUPERSET,6.8,5,0,0,\"\",\"\",\n");
        Assert.StartsWith("export.csv:3: field 'Set Order': expected a set number or one of WARM_UP, W, FAILURE, F, DROP_SET, D, REST, Ruhezeit, found 'SUPERSET'", message);
    }

    [Fact]
    public void An_export_with_a_header_and_no_sets_yet_reads_as_no_workouts()
    {
        var contents = Read(Strong2019.TrimEnd('\n'));
        Assert.Equal("Strong 2019 (',', no Duration)", contents.Format.Name);
        Assert.Empty(contents.Workouts);
    }

    [Fact]
    public void Blank_lines_between_and_after_rows_are_not_rows()
    {
        var contents = Read(FitNotes + "2025-04-29,Seated Cable Row,Back,15.0,kgs,20,,,\n\n2025-04-29,Seated Cable Row,Back,15.0,kgs,18,,,\n\n\n");
        Assert.Equal([20, 18], contents.Workouts[0].Sets.Select(s => s.Reps!.Value));
    }

    [Fact]
    public void A_fitnotes_name_with_quotes_in_it_is_read_as_written()
    {
        // FitNotes does not quote: a double quote is part of the name, not the start of a quoted field.
        Assert.Equal("\"Hammer\" Curl", FirstSet(FitNotes + "2025-04-29,\"Hammer\" Curl,Biceps,12,kgs,10,,,\n").Exercise);
        Assert.Equal("Curl 21\"s", FirstSet(FitNotes + "2025-04-29,Curl 21\"s,Biceps,12,kgs,10,,,\n").Exercise);
    }

    [Fact]
    public void A_quoted_field_left_open_is_an_error_naming_the_line_and_the_quoting_expected()
    {
        string message = Error(Strong2019 + "2019-02-14 07:33:40,\"W\",\"Row,1,6.8,5,0,0,\"\",\"\",\n");
        Assert.StartsWith("export.csv:", message);
        Assert.Contains("the CSV is malformed (expected RFC 4180 quoting;", message);
    }

    [Fact]
    public void No_note_about_rest_timer_rows_when_there_were_none()
    {
        var contents = Read(FitNotes + "2025-04-29,Seated Cable Row,Back,15.0,kgs,20,,,\n");
        Assert.Empty(contents.Notes);
    }

    [Fact]
    public void An_unknown_header_is_quoted_in_the_message_and_shortened_past_80_characters()
    {
        string exactly80 = "a," + new string('b', 78);
        Assert.Equal($"export.csv:1: the header is not one of a known workout-log export (expected a Strong, Hevy, FitNotes or RepSense CSV header; found '{exactly80}').",
                     Error(exactly80 + "\n1,2\n"));
        string longer = "a," + new string('c', 100);
        Assert.EndsWith($"found '{longer[..77]}...').", Error(longer + "\n1,2\n"));
        // A blank first line is not a header, whatever follows it.
        Assert.EndsWith("found '').", Error("\n" + FitNotes));
    }

    [Fact]
    public void A_folder_or_a_missing_file_is_named_for_what_it_is()
    {
        string folder = Directory.CreateTempSubdirectory("repsense-log-").FullName;
        try
        {
            var ex = Assert.Throws<UnknownLogFormatException>(() => LogFileReader.Read(folder));
            Assert.Equal($"{folder} is a folder: expected a workout-log export file (a Strong, Hevy, FitNotes or RepSense CSV).", ex.Message);
            string missing = Path.Combine(folder, "strong.csv");
            Assert.Equal($"{missing}: the file does not exist (expected a workout-log export).",
                         Assert.ThrowsAny<RepSenseException>(() => LogFileReader.Read(missing)).Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
