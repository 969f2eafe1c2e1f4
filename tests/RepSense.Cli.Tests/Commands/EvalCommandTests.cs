using System.Text.Json;
using RepSense.Analysis.Reports;

namespace RepSense.Cli.Tests.Commands;

/// <summary><c>repsense eval</c> on a manifest of the sample recordings, labelled with their truth.</summary>
public class EvalCommandTests
{
    private static int TruthReps(string name) =>
        AnalysisJson.Deserialize(File.ReadAllText(RepositoryFolder.SampleData(Path.ChangeExtension(name, ".truth.json")))).TotalReps;

    private static string Manifest(TempFolder folder, string extraRow = "")
    {
        string Row(string name, string exercise, string check) =>
            $"{RepositoryFolder.SampleData(name)},{exercise},sim,{TruthReps(name)},50,{check}\n";
        return folder.Write("manifest.csv",
            "file,exercise,participant,true_reps,sample_rate_hz,label_check\n" +
            Row("dumbbell-row.csv", "dumbbell-row", "agreed") +
            Row("curls-generic.csv", "biceps-curl", "agreed") +
            Row("overhead-press-phyphox.csv", "overhead-press", "suspect") + extraRow);
    }

    [Fact]
    public void Json_output_scores_the_non_suspect_sets_and_lists_the_suspect_ones_apart()
    {
        using var folder = new TempFolder();
        var (code, output, _) = InProcess.Run("eval", Manifest(folder), "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(2, root.GetProperty("overall").GetProperty("sets").GetInt32());
        Assert.Equal(2, root.GetProperty("byExercise").GetArrayLength());
        var suspect = Assert.Single(root.GetProperty("suspect").EnumerateArray());
        Assert.EndsWith("overhead-press-phyphox.csv", suspect.GetProperty("file").GetString());
        double exact = root.GetProperty("overall").GetProperty("exactPct").GetDouble();
        Assert.InRange(exact, 0, 100);
    }

    [Fact]
    public void A_recording_that_cannot_be_read_is_a_failed_count_not_the_end_of_the_evaluation()
    {
        using var folder = new TempFolder();
        string broken = folder.Write("broken.csv", "what,is,this\n1,2,3\n");
        var (code, output, _) = InProcess.Run("eval", Manifest(folder, $"{broken},row,sim,10,50,agreed\n"), "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var failed = Assert.Single(document.RootElement.GetProperty("failed").EnumerateArray());
        Assert.Contains("broken.csv", failed.GetProperty("file").GetString());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("failure").GetString()));
        Assert.Equal(3, document.RootElement.GetProperty("overall").GetProperty("sets").GetInt32());
    }

    [Fact]
    public void The_table_has_the_overall_row()
    {
        using var folder = new TempFolder();
        var (code, output, _) = InProcess.Run("eval", Manifest(folder));
        Assert.Equal(0, code);
        Assert.Contains("overall", output);
        Assert.Contains("suspect labels", output);
    }

    [Fact]
    public void As_live_it_counts_the_sample_sets_with_lives_settings()
    {
        using var folder = new TempFolder();
        var (code, output, error) = InProcess.Run("eval", Manifest(folder), "--json", "--as-live");
        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        // The two scored sets are counted right with live's commit lag and follow hop too.
        Assert.Equal(100, document.RootElement.GetProperty("overall").GetProperty("exactPct").GetDouble());
        // What a live display would have shown, scored over every recording: each set's first reps and the rest.
        var live = document.RootElement.GetProperty("live");
        int firstReps = live.GetProperty("firstReps").GetInt32();
        Assert.True(firstReps >= 4, live.ToString());
        Assert.True(live.GetProperty("insideReps").GetInt32() > 0, live.ToString());
        Assert.InRange(live.GetProperty("firstShownRight").GetInt32(), 0, live.GetProperty("firstShownWithinOne").GetInt32());
        Assert.InRange(live.GetProperty("firstShownWithinOne").GetInt32(), 0, firstReps);
        Assert.Equal(Math.Round(100.0 * live.GetProperty("firstReportedInTime").GetInt32() / firstReps, 1),
                     live.GetProperty("firstReportedInTimePct").GetDouble());
        var (_, plain, _) = InProcess.Run("eval", Manifest(folder), "--json");
        using var plainDocument = JsonDocument.Parse(plain);
        Assert.Equal(JsonValueKind.Null, plainDocument.RootElement.GetProperty("live").ValueKind);
        var (_, table, _) = InProcess.Run("eval", Manifest(folder), "--as-live");
        Assert.Contains("live display (stream time, every recording)", table);

        var (refused, _, message) = InProcess.Run("eval", "--simulated", "--as-live");
        Assert.Equal((int)ExitCode.Usage, refused);
        Assert.Contains("--as-live goes with a manifest", message);
    }

    [Fact]
    public void A_manifest_without_the_required_columns_is_refused_with_file_and_line()
    {
        using var folder = new TempFolder();
        string manifest = folder.Write("bad.csv", "file,reps\na.csv,3\n");
        var (code, _, error) = InProcess.Run("eval", manifest);
        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("bad.csv:1", error);
        Assert.Contains("exercise", error);
    }

    [Fact]
    public void The_real_datasets_in_shared_are_evaluated_when_present()
    {
        string manifest = Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "data", "metamotion_barbell", "manifest.csv");
        Assert.SkipUnless(File.Exists(manifest), "../shared/data is not here");
        var (code, output, _) = InProcess.Run("eval", manifest, "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var overall = document.RootElement.GetProperty("overall");
        // A floor well below the current figures (see the counting issue's closing note), so a regression shows.
        Assert.True(overall.GetProperty("withinOnePct").GetDouble() >= 90, output[..Math.Min(600, output.Length)]);
        Assert.Empty(document.RootElement.GetProperty("failed").EnumerateArray());
    }
}
