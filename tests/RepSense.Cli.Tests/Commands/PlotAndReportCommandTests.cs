using RepSense.Analysis;
using System.CommandLine;
using System.Xml.Linq;
using RepSense.Cli.Commands.Plot;
using RepSense.Cli.Commands.Report;
using RepSense.Cli.Reports;
using RepSense.Cli.Tests.Reports;
using RepSense.Ingest;

namespace RepSense.Cli.Tests.Commands;

/// <summary>The plot and report verbs from argv to files, with a stand-in analyzer behind the seam (the real one is
/// wired by the lead); the verbs run through <see cref="CliApp"/>'s real error contract.</summary>
public sealed class PlotAndReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<string> _analysed = [];

    public void Dispose() => _folder.Dispose();

    private RecordingAnalysis Analyze(string path, AnalyzeOptions options)
    {
        _analysed.Add(path);
        return path switch
        {
            "broken.csv" => throw new RepSenseException("broken.csv:3:2: expected a number of seconds, found \"abc\"."),
            "empty.csv" => SyntheticSession.Analysis with { Report = SyntheticSession.Report with { Sets = [], TotalReps = 0 } },
            _ => SyntheticSession.Analysis,
        };
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = CliContext.Plain(output, error);
        Command[] verbs = [PlotCommandDefinition.Create(context, Analyze), ReportCommandDefinition.Create(context, Analyze)];
        int code = CliApp.Run(args, context, CliApp.BuildRoot(verbs));
        return (code, output.ToString(), error.ToString());
    }

    private string InFolder(params string[] parts) => Path.Combine([_folder.Path, .. parts]);

    [Theory]
    [InlineData("plot", "session.csv", "-o", "{out}")]
    [InlineData("plot", "-o", "{out}", "session.csv")]
    [InlineData("plot", "session.csv", "--output", "{out}")]
    public void Plot_writes_a_signal_plot_and_a_phase_chart_per_set_and_prints_their_paths(params string[] args)
    {
        string folder = InFolder("plots", "new");
        var (code, output, error) = Run(args.Select(a => a.Replace("{out}", folder)).ToArray());

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Equal("", error);
        Assert.Equal(["session.csv"], _analysed);
        string[] expected = ["set-01-signal.svg", "set-01-phases.svg", "set-02-signal.svg", "set-02-phases.svg"];
        Assert.Equal(expected.Select(f => Path.Combine(folder, f)), output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(expected.Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.All(Directory.GetFiles(folder), f => Assert.Equal("svg", XElement.Load(f).Name.LocalName));
    }

    [Fact]
    public void Report_writes_one_html_file_and_prints_its_path()
    {
        string file = InFolder("out", "report.html");

        var (code, output, error) = Run("report", "session.csv", "-o", file);

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Equal("", error);
        Assert.Equal(file, output.Trim());
        string html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal(HtmlReport.Build(SyntheticSession.Analysis), html);
    }

    [Theory]
    [InlineData("plot", "session.csv")]
    [InlineData("report", "session.csv")]
    [InlineData("plot", "-o", "somewhere")]
    public void Missing_output_or_recording_is_a_usage_error(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.NotEqual("", error);
        Assert.Empty(_analysed);
    }

    [Theory]
    [InlineData("plot")]
    [InlineData("report")]
    public void Unusable_recording_exits_1_with_the_analyzers_sentence_and_writes_nothing(string verb)
    {
        string target = InFolder(verb == "plot" ? "plots" : "report.html");

        var (code, output, error) = Run(verb, "broken.csv", "-o", target);

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Equal("", output);
        Assert.Equal("repsense: broken.csv:3:2: expected a number of seconds, found \"abc\".", error.Trim());
        Assert.False(Path.Exists(target));
    }

    [Fact]
    public void Plot_into_a_path_that_is_a_file_exits_1_naming_it()
    {
        string file = InFolder("taken");
        File.WriteAllText(file, "");

        var (code, _, error) = Run("plot", "session.csv", "-o", file);

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains(file, error);
        Assert.Contains("expected a folder, found a file", error);
    }

    [Fact]
    public void Report_onto_a_folder_exits_1_naming_it()
    {
        var (code, _, error) = Run("report", "session.csv", "-o", _folder.Path);

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("expected a file name, found a folder", error);
    }

    [Fact]
    public void Plot_of_a_recording_without_sets_says_so_and_succeeds()
    {
        var (code, output, error) = Run("plot", "empty.csv", "-o", InFolder("plots"));

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Equal("", output);
        Assert.Contains("no sets were found in empty.csv", error);
    }
}
