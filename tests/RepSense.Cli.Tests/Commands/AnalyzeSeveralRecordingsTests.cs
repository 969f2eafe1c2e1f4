using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RepSense.Cli.Tests.Commands;

/// <summary><c>repsense analyze</c> on several recordings (one JSON array, in the order given, analysed in parallel):
/// folders of recordings are read entry by entry, an app's export folder is one recording, what is not a recording is
/// skipped with a reason, and a recording that cannot be analysed does not stop the others.</summary>
public class AnalyzeSeveralRecordingsTests
{
    /// <summary>The truth sidecar the simulator wrote next to a sample: how many reps were performed.</summary>
    private static int TruthReps(string name)
    {
        string truth = RepositoryFolder.SampleData(Path.ChangeExtension(name, null) + ".truth.json");
        using var document = JsonDocument.Parse(File.ReadAllText(truth));
        return document.RootElement.GetProperty("totalReps").GetInt32();
    }

    [Fact]
    public void An_app_export_folder_is_one_recording()
    {
        var (code, output, error) = InProcess.Run("analyze", RepositoryFolder.SampleData("pull-up-sensorlogger"), "--json");

        Assert.True(code == 0, error);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, report.RootElement.ValueKind);
        Assert.Equal(TruthReps("pull-up-sensorlogger"), report.RootElement.GetProperty("totalReps").GetInt32());
    }

    [Fact]
    public void Several_recordings_print_one_JSON_array_in_the_order_given_each_as_alone()
    {
        string[] names = ["dumbbell-row.csv", "curls-generic.csv", "overhead-press-phyphox.csv"];

        var (code, output, error) = InProcess.Run(["analyze", .. names.Select(RepositoryFolder.SampleData), "--json"]);

        Assert.True(code == 0, error);
        using var reports = JsonDocument.Parse(output);
        var array = reports.RootElement.EnumerateArray().ToList();
        Assert.Equal(names.Select(RepositoryFolder.SampleData), array.Select(r => r.GetProperty("file").GetString()));
        for (int i = 0; i < names.Length; i++)
        {
            var (_, alone, _) = InProcess.Run("analyze", RepositoryFolder.SampleData(names[i]), "--json");
            using var single = JsonDocument.Parse(alone);
            Assert.True(JsonElement.DeepEquals(single.RootElement, array[i]), names[i]);
        }
    }

    [Fact]
    public void A_folder_of_recordings_is_read_entry_by_entry_and_what_is_not_a_recording_is_skipped()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "dumbbell-row.csv", "curls-generic.csv" }) File.Copy(RepositoryFolder.SampleData(name), folder.File(name));
        folder.Write("notes.txt", "leg day\n");

        var (code, output, error) = InProcess.Run("analyze", folder.Path, "--json");

        Assert.True(code == 0, error);
        using var reports = JsonDocument.Parse(output);
        var files = reports.RootElement.EnumerateArray().Select(r => Path.GetFileName(r.GetProperty("file").GetString())).ToList();
        Assert.Equal(["curls-generic.csv", "dumbbell-row.csv"], files);
        Assert.Contains($"repsense: skipped {folder.File("notes.txt")}: ", error);
    }

    [Fact]
    public void Both_files_of_a_pair_named_by_a_glob_are_one_recording()
    {
        string metaWear = "deadlift_MetaWear_2025-03-14T18.30.00.000_D5C0FFEE5157_";
        string accelerometer = RepositoryFolder.SampleData($"{metaWear}Accelerometer_12.500Hz_1.4.4.csv"), gyroscope = RepositoryFolder.SampleData($"{metaWear}Gyroscope_25.000Hz_1.4.4.csv");

        var (code, output, error) = InProcess.Run("analyze", accelerometer, gyroscope, "--json");

        Assert.True(code == 0, error);
        using var reports = JsonDocument.Parse(output);
        Assert.Equal(accelerometer, Assert.Single(reports.RootElement.EnumerateArray()).GetProperty("file").GetString());
        Assert.Contains($"repsense: skipped {gyroscope}: read with {accelerometer} as one recording", error);
    }

    [Fact]
    public void A_recording_that_cannot_be_analysed_is_reported_and_the_others_still_are()
    {
        using var folder = new TempFolder();
        var shortRecording = new StringBuilder("t_s,ax_g,ay_g,az_g\n");
        for (int i = 0; i < 100; i++) shortRecording.Append(CultureInfo.InvariantCulture, $"{i * 0.02:0.00},0,0,1\n");
        string tooShort = folder.Write("short.csv", shortRecording.ToString());

        var (code, output, error) = InProcess.Run("analyze", tooShort, RepositoryFolder.SampleData("curls-generic.csv"), "--json");

        Assert.Equal(1, code);
        Assert.Contains($"repsense: {tooShort}: too short to analyse", error);
        using var reports = JsonDocument.Parse(output);
        var array = reports.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, array.Count);
        Assert.Equal(RepositoryFolder.SampleData("curls-generic.csv"), array[1].GetProperty("file").GetString());
        Assert.True(array[1].TryGetProperty("sets", out _));
        Assert.Equal([("file", tooShort), ("error", error.Split('\n')[0]["repsense: ".Length..])],
            array[0].EnumerateObject().Select(p => (p.Name, p.Value.GetString())));
    }

    [Fact]
    public void Every_path_given_has_its_element_in_the_order_given_even_one_that_is_no_recording()
    {
        using var folder = new TempFolder();
        string notes = folder.Write("notes.txt", "leg day\n");
        string[] paths = [RepositoryFolder.SampleData("dumbbell-row.csv"), notes, folder.File("missing.csv"), RepositoryFolder.SampleData("curls-generic.csv")];

        var (code, output, error) = InProcess.Run(["analyze", .. paths, "--json"]);

        Assert.Equal(1, code);
        using var reports = JsonDocument.Parse(output);
        var array = reports.RootElement.EnumerateArray().ToList();
        Assert.Equal(paths, array.Select(r => r.GetProperty("file").GetString()));
        Assert.Equal([false, true, true, false], array.Select(r => r.TryGetProperty("error", out _)));
        foreach (var failed in array.Where(r => r.TryGetProperty("error", out _)))
            Assert.Contains($"repsense: {failed.GetProperty("error").GetString()}", error);
    }

    [Fact]
    public void Several_recordings_without_json_print_one_table_each()
    {
        var (code, output, error) = InProcess.Run("analyze", RepositoryFolder.SampleData("dumbbell-row.csv"), RepositoryFolder.SampleData("curls-generic.csv"));

        Assert.True(code == 0, error);
        Assert.True(output.IndexOf("dumbbell-row.csv", StringComparison.Ordinal) < output.IndexOf("curls-generic.csv", StringComparison.Ordinal));
        Assert.Equal(2, output.Split('\n').Count(line => line.Contains(" reps in ", StringComparison.Ordinal)));
    }
}
