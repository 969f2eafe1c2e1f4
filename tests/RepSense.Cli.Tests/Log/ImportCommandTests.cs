using RepSense.Log.Store;

namespace RepSense.Cli.Tests.Log;

public class ImportCommandTests
{
    [Fact]
    public void A_session_fills_the_planned_workout_and_reports_where_the_counts_disagree()
    {
        using var cli = new CliRun();
        cli.Analyzer = (_, exercise) =>
        {
            Assert.Equal("seal-row", exercise.Name);
            return SampleReports.Of([10, 9, 10, 8], new Dictionary<int, int[]> { [3] = [10] });
        };
        string recording = cli.Folder.Write("seal.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n");
        cli.Run("log", "add", "seal row", "40kg", "3x10", "--planned", "--date", "2025-03-03");
        cli.Run("log", "add", "seal row", "40kg", "10,10", "--date", "2025-03-03");

        var (code, output, _) = cli.Run("import", recording, "--exercise", "seal row", "--weight", "40kg", "--date", "2025-03-03");

        Assert.Equal(0, code);
        Assert.Contains("4 sets of seal-row", output);
        Assert.Contains("Set 2: you logged 10 reps, the recording shows 9; both are kept.", output);
        Assert.Contains("set 3 (planned): 40 kg × 10 reps, 9 clean (1 momentum)", output);
        Assert.Contains("set 4 (added)", output);
        using var store = LogStore.Open(cli.Log);
        var sets = store.Sets("seal-row");
        Assert.Equal([(10, 10), (10, 9), ((int?)null, 10), (null, 8)], sets.Select(s => (s.LoggedReps, s.CountedReps!.Value)));
        Assert.Equal([10, 9, 9, 8], sets.Select(s => s.CleanReps!.Value));
    }

    [Fact]
    public void Re_importing_the_same_recording_changes_nothing_and_does_not_analyse_it_again()
    {
        using var cli = new CliRun();
        int analyses = 0;
        cli.Analyzer = (_, _) =>
        {
            analyses++;
            return SampleReports.Of([8, 8, 8]);
        };
        string recording = cli.Folder.Write("rows/session.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n");
        cli.Run("import", recording, "--exercise", "pendlay row", "--weight", "70kg", "--date", "2025-03-03");
        string copy = cli.Folder.Write("elsewhere/renamed.csv", File.ReadAllText(recording));

        var (code, output, _) = cli.Run("import", copy, "--exercise", "pendlay row", "--weight", "70kg", "--date", "2025-03-04");

        Assert.Equal(0, code);
        Assert.Contains("was already imported", output);
        Assert.Contains("nothing changed", output);
        Assert.Equal(1, analyses);
        using var store = LogStore.Open(cli.Log);
        Assert.Equal(3, store.Sets("pendlay-row").Count);
    }

    [Fact]
    public void A_recording_too_short_to_analyse_is_refused_naming_the_file_and_nothing_is_logged()
    {
        using var cli = new CliRun();
        string recording = cli.Folder.Write("row.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.02,0,0,1\n0.04,0,0,1\n");
        var (code, _, error) = cli.Run("import", recording, "--exercise", "deadlift", "--weight", "100kg");
        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("row.csv", error);
        Assert.Contains("too short to analyse", error);
        var (_, history, _) = cli.Run("history", "deadlift");
        Assert.DoesNotContain("100", history);
    }

    [Fact]
    public void Import_of_an_unknown_exercise_suggests_catalog_names()
    {
        using var cli = new CliRun();
        string recording = cli.Folder.Write("row.csv", "x");
        var (code, _, error) = cli.Run("import", recording, "--exercise", "pendley row", "--weight", "70kg");
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("closest: pendlay-row", error);
    }

    [Fact]
    public void A_recording_in_which_no_set_is_found_is_refused_and_nothing_is_stored_so_it_can_be_imported_later()
    {
        using var cli = new CliRun();
        cli.Analyzer = (_, _) => SampleReports.Of([]);
        string recording = cli.Folder.Write("idle.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n");

        var (code, output, error) = cli.Run("import", recording, "--exercise", "pendlay row", "--weight", "70kg", "--date", "2025-03-03");

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Equal("", output);
        Assert.Contains(recording, error);
        Assert.Contains("nothing was imported", error);
        using (var store = LogStore.Open(cli.Log))
            Assert.Empty(store.Workouts());

        cli.Analyzer = (_, _) => SampleReports.Of([8, 8]);
        var (again, imported, _) = cli.Run("import", recording, "--exercise", "pendlay row", "--weight", "70kg", "--date", "2025-03-03");
        Assert.Equal(0, again);
        Assert.Contains("2 sets of pendlay-row", imported);
    }

    [Fact]
    public void Without_date_a_recording_goes_to_the_day_it_started_and_the_output_says_so()
    {
        using var cli = new CliRun();
        string folder = cli.Folder.File("row-sensorlogger");
        var (simulated, _, simulateError) = InProcess.Run(
            "simulate", "-e", "dumbbell row", "-f", "sensorlogger", "--start", "2024-02-10T12:00:00+00:00", "-o", folder);
        Assert.True(simulated == 0, simulateError);

        var (code, output, error) = cli.Run("import", folder, "--exercise", "DB row", "--weight", "30kg");

        Assert.True(code == 0, error);
        Assert.Contains("into the workout of 2024-02-10", output);
        Assert.Contains("the day the recording started", output);
        using var store = LogStore.Open(cli.Log);
        Assert.Equal([new DateOnly(2024, 2, 10)], store.Workouts().Select(w => w.Date));
    }

    [Fact]
    public void Without_date_a_recording_without_a_start_time_goes_to_today_and_the_output_says_so()
    {
        using var cli = new CliRun();
        cli.Analyzer = (_, _) => SampleReports.Of([8]);
        string recording = cli.Folder.Write("row.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n");
        var today = DateOnly.FromDateTime(DateTime.Now);

        var (code, output, error) = cli.Run("import", recording, "--exercise", "DB row", "--weight", "30kg");

        Assert.True(code == 0, error);
        Assert.Contains($"into the workout of {today:yyyy-MM-dd}", output);
        Assert.Contains("today", output);
    }
}
