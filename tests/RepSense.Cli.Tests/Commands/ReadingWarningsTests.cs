using System.Text.Json;
using RepSense.Cli.Tests.Log;

namespace RepSense.Cli.Tests.Commands;

/// <summary>What reading a recording ran into without failing (a truncated last line, a row back in time) is told on
/// stderr by every verb that analyses recordings, and <c>analyze --json</c> also carries it per file, as
/// <c>inspect --json</c> does; stdout stays the results alone.</summary>
public sealed class ReadingWarningsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The dumbbell-row sample with its last line cut in the middle of a number.</summary>
    private string Truncated()
    {
        string text = File.ReadAllText(RepositoryFolder.SampleData("dumbbell-row.csv")).TrimEnd('\n');
        return _folder.Write("truncated.csv", text[..^6]);
    }

    /// <summary>The dumbbell-row sample with row 200 and row 201 swapped, so one row goes back in time.</summary>
    private string Unsorted()
    {
        var lines = File.ReadAllLines(RepositoryFolder.SampleData("dumbbell-row.csv"));
        (lines[200], lines[201]) = (lines[201], lines[200]);
        return _folder.Write("unsorted.csv", string.Join('\n', lines) + "\n");
    }

    private static IReadOnlyList<string> InspectWarnings(string path)
    {
        var (code, output, _) = InProcess.Run("inspect", path, "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
    }

    private static IReadOnlyList<string> Warnings(JsonElement report) =>
        report.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();

    [Fact]
    public void Analyze_json_carries_the_files_warnings_as_inspect_shapes_them_and_tells_them_on_stderr()
    {
        string truncated = Truncated();
        var expected = InspectWarnings(truncated);
        Assert.Contains(expected, w => w.Contains("incomplete", StringComparison.Ordinal));

        var (code, output, error) = InProcess.Run("analyze", truncated, "--json");

        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output); // still exactly one document on stdout
        Assert.Equal(expected, Warnings(document.RootElement));
        foreach (string warning in expected) Assert.Contains($"repsense: warning: {warning}", error);
    }

    [Fact]
    public void Analyze_json_of_a_clean_file_has_an_empty_warnings_array_and_a_quiet_stderr()
    {
        var (code, output, error) = InProcess.Run("analyze", RepositoryFolder.SampleData("dumbbell-row.csv"), "--json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var document = JsonDocument.Parse(output);
        Assert.Empty(Warnings(document.RootElement));
    }

    [Fact]
    public void Analyze_json_of_several_files_gives_each_its_own_warnings()
    {
        string unsorted = Unsorted();
        var expected = InspectWarnings(unsorted);
        Assert.Contains(expected, w => w.Contains("back in time", StringComparison.Ordinal));

        var (code, output, error) = InProcess.Run("analyze", RepositoryFolder.SampleData("dumbbell-row.csv"), unsorted, "--json");

        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var reports = document.RootElement.EnumerateArray().ToList();
        Assert.Empty(Warnings(reports[0]));
        Assert.Equal(expected, Warnings(reports[1]));
        foreach (string warning in expected) Assert.Contains($"repsense: warning: {warning}", error);
    }

    [Fact]
    public void The_analyze_table_leaves_the_warnings_to_stderr()
    {
        string truncated = Truncated();

        var (code, output, error) = InProcess.Run("analyze", truncated);

        Assert.Equal(0, code);
        Assert.DoesNotContain("warning", output);
        Assert.Contains("reps in", output);
        Assert.Contains("repsense: warning: the last line is incomplete", error);
    }

    [Theory]
    [InlineData("report", "report.html")]
    [InlineData("plot", "plots")]
    public void Report_and_plot_tell_the_warnings_on_stderr(string verb, string output)
    {
        string truncated = Truncated();

        var (code, _, error) = InProcess.Run(verb, truncated, "-o", _folder.File(output));

        Assert.Equal(0, code);
        Assert.Contains("repsense: warning: the last line is incomplete", error);
    }

    [Fact]
    public void Import_tells_the_warnings_on_stderr()
    {
        using var cli = new CliRun();
        string truncated = Truncated();

        var (code, output, error) = cli.Run("import", truncated, "--exercise", "DB row", "--weight", "30kg", "--date", "2025-03-03");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("warning", output);
        Assert.Contains("repsense: warning: the last line is incomplete", error);
    }
}
