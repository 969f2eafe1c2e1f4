using RepSense.Analysis.Reports;
using RepSense.Tests;

namespace RepSense.Analysis.Tests;

/// <summary>An analysis that drops each set's signals once its tempo is judged (what <c>analyze</c> and <c>eval</c>
/// do, so memory does not grow with a recording's length) reports exactly what one that keeps them reports; and the
/// report streamed to a writer is the report serialised.</summary>
public class AnalyzerTests
{
    [Fact]
    public void Dropping_the_signals_of_ended_sets_leaves_the_report_unchanged()
    {
        var kept = Analyzer.Analyze(RepositoryFolder.SampleData("strengthlog-back.csv"));
        var dropped = Analyzer.Analyze(RepositoryFolder.SampleData("strengthlog-back.csv"), AnalyzeOptions.Default with { KeepSignals = false });

        Assert.NotEmpty(kept.Session.Sets);
        Assert.All(kept.Session.Sets, s => Assert.True(s.Signals.Count > 0));
        Assert.All(dropped.Session.Sets, s => Assert.Equal(0, s.Signals.Count));
        Assert.Equal(kept.Session.Sets.Select(s => s.Reps), dropped.Session.Sets.Select(s => s.Reps));
        Assert.Equal(AnalysisJson.Serialize(kept.Report), AnalysisJson.Serialize(dropped.Report));
    }

    [Fact]
    public void A_report_written_to_a_writer_is_the_serialised_report()
    {
        var report = Analyzer.Analyze(RepositoryFolder.SampleData("dumbbell-row.csv")).Report;
        var writer = new StringWriter();

        AnalysisJson.Write(report, writer);

        Assert.Equal(AnalysisJson.Serialize(report), writer.ToString());
    }

    [Fact]
    public void Report_json_keeps_plus_signs_and_symbols_readable_and_reads_back()
    {
        var report = new AnalysisReport("a \"b\" ×.csv", "MetaWear accelerometer + MetaWear gyroscope", 12.5, 10, 0, []);

        string json = AnalysisJson.Serialize(report);

        Assert.Contains("\"format\": \"MetaWear accelerometer + MetaWear gyroscope\"", json);
        Assert.Contains("×", json);
        Assert.DoesNotContain("\\u", json);
        Assert.Equal(report.File, AnalysisJson.Deserialize(json).File);
    }
}
