using System.Globalization;
using System.Text;
using System.Text.Json;
using RepSense.Analysis.Reports;

namespace RepSense.Cli.Tests.Commands;

/// <summary><c>repsense analyze</c> from argv to output, on the simulator's sample recordings and their truth.</summary>
public class AnalyzeCommandTests
{
    [Fact]
    public void Json_output_is_one_report_document_whose_counts_match_the_sample_truth()
    {
        var (code, output, error) = InProcess.Run("analyze", RepositoryFolder.SampleData("dumbbell-row.csv"), "--json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var document = JsonDocument.Parse(output); // exactly one document, nothing else on stdout
        var root = document.RootElement;
        foreach (var field in new[] { "file", "format", "sampleRateHz", "durationS", "totalReps", "sets" })
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        var set = root.GetProperty("sets")[0];
        foreach (var field in new[] { "index", "startS", "endS", "reps", "exercise", "repDetails", "tempo", "timeUnderTensionS", "slowdownPct" })
            Assert.True(set.TryGetProperty(field, out _), $"missing sets[].{field}");
        var rep = set.GetProperty("repDetails")[0];
        foreach (var field in new[] { "index", "startS", "turnS", "endS", "concentricS", "topHoldS", "eccentricS", "bottomHoldS", "flags" })
            Assert.True(rep.TryGetProperty(field, out _), $"missing repDetails[].{field}");

        var truth = AnalysisJson.Deserialize(File.ReadAllText(RepositoryFolder.SampleData("dumbbell-row.truth.json")));
        Assert.Equal(truth.TotalReps, root.GetProperty("totalReps").GetInt32());
        Assert.Equal(truth.Sets.Count, root.GetProperty("sets").GetArrayLength());
    }

    [Fact]
    public void The_table_names_the_sets_and_the_total()
    {
        var (code, output, _) = InProcess.Run("analyze", RepositoryFolder.SampleData("strengthlog-back.csv"));
        Assert.Equal(0, code);
        var truth = AnalysisJson.Deserialize(File.ReadAllText(RepositoryFolder.SampleData("strengthlog-back.truth.json")));
        Assert.Contains($"in {truth.Sets.Count} sets", output);
        Assert.Contains("rep times", output);
    }

    [Fact]
    public void A_rep_a_hole_in_the_data_cut_is_marked_and_the_note_says_a_hole_may_have_cut_it()
    {
        // A 4 s hole opening 0.3 s after the fifth rep's turn: the set is carried across it, that rep cut.
        var truth = AnalysisJson.Deserialize(File.ReadAllText(RepositoryFolder.SampleData("dumbbell-row.truth.json")));
        double fromS = truth.Sets[0].RepDetails[4].TurnS + 0.3, toS = fromS + 4;
        var lines = File.ReadAllLines(RepositoryFolder.SampleData("dumbbell-row.csv"));
        using var folder = new TempFolder();
        string path = folder.Write("holed.csv", string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Where(l =>
            double.Parse(l[..l.IndexOf(',')], CultureInfo.InvariantCulture) is var t && (t <= fromS || t >= toS)))) + "\n");

        var (code, output, error) = InProcess.Run("analyze", path);

        Assert.True(code == 0, error);
        Assert.Contains("+ the recording ended, or a hole in the data began, during this rep", output);
        Assert.Matches(@"\d\.\d\+", output); // a rep time marked +
        Assert.Contains("in 1 set", output);
    }

    [Fact]
    public void A_recording_without_movement_has_no_sets_and_says_so()
    {
        using var folder = new TempFolder();
        var csv = new StringBuilder("t_s,ax_g,ay_g,az_g\n");
        for (int i = 0; i < 30 * 50; i++) csv.Append(FormattableString.Invariant($"{i / 50.0:0.00},0.001,-0.002,1.000\n"));
        string path = folder.Write("still.csv", csv.ToString());

        var (code, output, _) = InProcess.Run("analyze", path);
        Assert.Equal(0, code);
        Assert.Contains("No sets found", output);
        var (_, json, _) = InProcess.Run("analyze", path, "--json");
        var report = AnalysisJson.Deserialize(json);
        Assert.Empty(report.Sets);
        Assert.Equal(0, report.TotalReps);
    }

    [Fact]
    public void A_recording_too_short_to_analyse_is_bad_input_with_the_reason()
    {
        using var folder = new TempFolder();
        string path = folder.Write("short.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.02,0,0,1\n0.04,0,0,1\n");
        var (code, _, error) = InProcess.Run("analyze", path);
        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("short.csv", error);
        Assert.Contains("too short to analyse", error);
    }

    [Fact]
    public void An_unknown_exercise_suggests_the_closest_catalog_names()
    {
        var (code, _, error) = InProcess.Run("analyze", RepositoryFolder.SampleData("dumbbell-row.csv"), "--exercise", "dumbell rwo");
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("dumbbell-row", error);
    }

    [Fact]
    public void A_named_exercise_goes_into_the_report_by_its_catalog_name()
    {
        var (code, output, _) = InProcess.Run("analyze", RepositoryFolder.SampleData("dumbbell-row.csv"), "--exercise", "DB row", "--json");
        Assert.Equal(0, code);
        var report = AnalysisJson.Deserialize(output);
        Assert.All(report.Sets, s => Assert.Equal("dumbbell-row", s.Exercise));
        Assert.All(report.Sets, s => Assert.Equal("exercise", s.ConcentricFrom));
    }
}
