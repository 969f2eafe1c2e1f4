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
        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("closest: pendlay-row", error);
    }
}
