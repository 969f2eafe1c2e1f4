using RepSense.Analysis.Reports;
using RepSense.Log.Store;

namespace RepSense.Cli.Tests.Log;

/// <summary>
/// <c>repsense import</c> with the real analyzer, on recordings the simulator wrote: what was planned in the log is
/// filled by what the recording shows, and the truth says what that should be.
/// </summary>
public class SimulatedImportTests
{
    private static (string Recording, AnalysisReport Truth) Simulate(CliRun cli, string name, params string[] options)
    {
        string path = cli.Folder.File(name);
        var (code, _, error) = InProcess.Run(["simulate", .. options, "--format", "generic", "--rate", "50", "--seed", "11", "--output", path]);
        Assert.True(code == 0, error);
        return (path, AnalysisJson.Deserialize(File.ReadAllText(Path.ChangeExtension(path, ".truth.json"))));
    }

    [Fact]
    public void A_simulated_deadlift_session_fills_the_planned_three_by_five()
    {
        using var cli = new CliRun();
        var (recording, truth) = Simulate(cli, "deadlift.csv", "--exercise", "deadlift", "--sets", "3", "--reps", "5", "--rest", "50");
        cli.Run("log", "add", "deadlift", "100kg", "3x5", "--planned", "--date", "2025-03-03");

        var (code, output, error) = cli.Run("import", recording, "--exercise", "deadlift", "--weight", "100kg", "--date", "2025-03-03");

        Assert.True(code == 0, error);
        using var store = LogStore.Open(cli.Log);
        var sets = store.Sets("deadlift");
        Assert.Equal(truth.Sets.Count, sets.Count); // the detected sets filled the three planned ones, none added
        Assert.All(sets, s => Assert.Equal(100, s.Weight!.Value.Value));
        Assert.Equal(truth.Sets.Select(s => s.Reps), sets.Select(s => s.CountedReps!.Value));
        Assert.DoesNotContain("(added)", output);
    }

    [Fact]
    public void Importing_the_same_simulated_recording_twice_leaves_the_log_as_it_was()
    {
        using var cli = new CliRun();
        var (recording, _) = Simulate(cli, "rows.csv", "--exercise", "dumbbell-row", "--sets", "2", "--reps", "10", "--rest", "40");
        cli.Run("import", recording, "--exercise", "dumbbell row", "--weight", "24kg", "--date", "2025-03-03");
        using (var store = LogStore.Open(cli.Log))
            Assert.Equal(2, store.Sets("dumbbell-row").Count);

        var (code, output, _) = cli.Run("import", recording, "--exercise", "dumbbell row", "--weight", "24kg", "--date", "2025-03-03");

        Assert.Equal(0, code);
        Assert.Contains("nothing changed", output);
        using var again = LogStore.Open(cli.Log);
        Assert.Equal(2, again.Sets("dumbbell-row").Count);
    }
}
