using RepSense.Log.Formats;
using RepSense.Log.Store;

namespace RepSense.Cli.Tests.Log;

/// <summary>A workout-log export given to a command that reads recordings, and a recording given to <c>log
/// import</c>: the error says what the file is and which command reads it.</summary>
public class WrongKindOfFileTests
{
    [Theory]
    [InlineData("analyze")]
    [InlineData("inspect")]
    [InlineData("report")]
    [InlineData("plot")]
    [InlineData("import")]
    public void A_workout_log_export_given_as_a_recording_names_log_import(string command)
    {
        using var cli = new CliRun();
        string export = cli.Folder.Write("strong.csv", StrongFixture.Workouts(2, 3));
        string[] extra = command switch
        {
            "report" => ["-o", cli.Folder.File("report.html")],
            "plot" => ["-o", cli.Folder.File("plots")],
            "import" => ["--exercise", "deadlift", "--weight", "100kg"],
            _ => [],
        };

        // Only the log's commands take --log.
        var (code, _, error) = command == "import" ? cli.Run([command, export, .. extra]) : InProcess.Run([command, export, .. extra]);

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains($"{export}: a {LogFormats.Strong2025.Name} workout-log export, not a sensor recording", error);
        Assert.Contains($"'repsense log import {export}'", error);
        Assert.DoesNotContain("supported formats are", error);
        if (File.Exists(cli.Log))
        {
            using var store = LogStore.Open(cli.Log);
            Assert.Empty(store.Workouts());
        }
    }

    [Fact]
    public void A_workout_log_export_named_in_a_batch_fails_with_the_hint_and_the_recording_is_still_analysed()
    {
        using var cli = new CliRun();
        string export = cli.Folder.Write("strong.csv", StrongFixture.Workouts(1, 1));
        string recording = RepositoryFolder.SampleData("curls-generic.csv");

        var (code, output, error) = InProcess.Run("analyze", recording, export, "--json");

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("curls-generic.csv", output);
        Assert.Contains("\"totalReps\"", output);
        Assert.Contains($"'repsense log import {export}'", error);
    }

    [Theory]
    [InlineData("dumbbell-row.csv")]
    [InlineData("pull-up-sensorlogger")]
    public void A_recording_given_to_log_import_names_import_and_writes_nothing(string name)
    {
        using var cli = new CliRun();
        cli.Run("log", "add", "deadlift", "100kg", "3x5", "--date", "2025-03-03");
        string recording = RepositoryFolder.SampleData(name);

        var (code, _, error) = cli.Run("log", "import", recording);

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains($"{recording}: a ", error);
        Assert.Contains("recording, not a workout-log export", error);
        Assert.Contains($"'repsense import {recording}'", error);
        using var store = LogStore.Open(cli.Log);
        Assert.Single(store.Workouts());
    }

    [Fact]
    public void A_file_of_neither_kind_keeps_the_plain_messages()
    {
        using var cli = new CliRun();
        string notes = cli.Folder.Write("notes.csv", "# my session\nfelt strong\n");
        string emptyFolder = Directory.CreateDirectory(cli.Folder.File("nothing")).FullName;

        var (analyzeCode, _, analyzeError) = InProcess.Run("analyze", notes);
        var (importCode, _, importError) = cli.Run("log", "import", notes);
        var (folderCode, _, folderError) = cli.Run("log", "import", emptyFolder);

        Assert.Equal((int)ExitCode.BadInput, analyzeCode);
        Assert.Contains("the header matches no supported format", analyzeError);
        Assert.Equal((int)ExitCode.BadInput, importCode);
        Assert.Contains($"{notes}:1: the header is not one of a known workout-log export", importError);
        Assert.Equal((int)ExitCode.BadInput, folderCode);
        Assert.Contains($"{emptyFolder} is a folder: expected a workout-log export file", folderError);
    }
}
