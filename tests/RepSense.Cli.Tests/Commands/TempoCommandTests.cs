using System.Text.Json;
using System.Xml.Linq;
using RepSense.Analysis.Reports;
using static RepSense.Cli.Tests.Simulate.CliRun;

namespace RepSense.Cli.Tests.Commands;

/// <summary>The tempo analysis through the CLI: analyze --json carries the phases and flags, plot and report draw
/// them, and eval --simulated measures them.</summary>
public sealed class TempoCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string SimulatedRow()
    {
        string path = Path.Combine(_folder.Path, "row.csv");
        var (code, _, error) = Run("simulate", "--exercise", "dumbbell row", "--reps", "10", "--tempo", "2-0-1-1",
            "--faults", "momentum:4,rushed:7", "--rate", "100", "--seed", "3", "-o", path);
        Assert.True(code == 0, error);
        return path;
    }

    [Fact]
    public void Analyze_json_carries_each_reps_phases_and_flags_and_each_sets_tempo()
    {
        string path = SimulatedRow();

        var (code, output, error) = Run("analyze", path, "--exercise", "dumbbell row", "--json");

        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var set = document.RootElement.GetProperty("sets")[0];
        Assert.Equal(10, set.GetProperty("reps").GetInt32());
        Assert.Equal("exercise", set.GetProperty("concentricFrom").GetString());
        Assert.Matches(@"^\d+-\d+-(\d+|X)-\d+$", set.GetProperty("tempo").GetString());
        Assert.True(set.GetProperty("timeUnderTensionS").GetDouble() > 20);
        Assert.Equal(JsonValueKind.Number, set.GetProperty("slowdownPct").ValueKind);
        var reps = set.GetProperty("repDetails").EnumerateArray().ToList();
        foreach (var field in new[] { "concentricS", "topHoldS", "eccentricS" })
            Assert.All(reps, r => Assert.True(r.GetProperty(field).GetDouble() >= 0));
        Assert.Equal(JsonValueKind.Null, reps[^1].GetProperty("bottomHoldS").ValueKind);

        var flagged = reps.SelectMany(r => r.GetProperty("flags").EnumerateArray()
            .Select(f => (Rep: r.GetProperty("index").GetInt32(), Code: f.GetProperty("code").GetString(),
                          Severity: f.GetProperty("severity").GetString(), Message: f.GetProperty("message").GetString())))
            .ToList();
        Assert.Contains(flagged, f => f is { Rep: 4, Code: "momentum", Severity: "fault" });
        Assert.Contains(flagged, f => f is { Rep: 7, Code: "rushed-eccentric" });
        Assert.All(flagged, f => Assert.Contains($"Rep {f.Rep} ", f.Message));
    }

    [Fact]
    public void Plot_and_report_draw_the_phases_of_a_real_analysis()
    {
        string path = SimulatedRow();
        string plots = Path.Combine(_folder.Path, "plots"), page = Path.Combine(_folder.Path, "report.html");

        var plot = Run("plot", path, "--exercise", "dumbbell row", "-o", plots);
        var report = Run("report", path, "--exercise", "dumbbell row", "-o", page);

        Assert.True(plot.Code == 0, plot.Err);
        Assert.True(report.Code == 0, report.Err);
        Assert.Equal(["set-01-phases.svg", "set-01-signal.svg"], Directory.GetFiles(plots).Select(Path.GetFileName).Order());
        Assert.All(Directory.GetFiles(plots), f => Assert.Equal("svg", XElement.Load(f).Name.LocalName));
        string html = File.ReadAllText(page);
        Assert.Equal("html", XElement.Parse(html).Name.LocalName);
        Assert.Contains("momentum", html);
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval", "manifest.csv", "--simulated")]
    [InlineData("eval", "manifest.csv", "--seeds", "3")]
    [InlineData("eval", "--simulated", "--seeds", "0")]
    public void Eval_takes_a_manifest_or_simulated_with_a_seed_count(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Equal("", output);
        Assert.Matches("manifest or --simulated|--seeds", error);
    }

    [Fact]
    public void Eval_simulated_json_is_one_document_with_both_modes_figures()
    {
        var (code, output, error) = Run("eval", "--simulated", "--seeds", "1", "--json");

        Assert.True(code == 0, error);
        var summary = JsonSerializer.Deserialize<JsonElement>(output);
        Assert.Equal(96, summary.GetProperty("cases").GetInt32());
        foreach (var mode in new[] { "known", "unknown" })
        {
            var m = summary.GetProperty(mode);
            Assert.Equal(96, m.GetProperty("sets").GetInt32());
            var all = m.GetProperty("boundaries").EnumerateArray().Single(b => b.GetProperty("boundary").GetString() == "all");
            Assert.InRange(all.GetProperty("p90").GetDouble(), 0, 0.08);
            Assert.Equal(["momentum", "rushed-eccentric", "partial-rep", "missing-pause", "no-dead-stop", "tempo-drift"],
                m.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        }
    }
}
