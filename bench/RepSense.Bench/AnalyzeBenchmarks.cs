using BenchmarkDotNet.Attributes;
using RepSense.Analysis;
using RepSense.Analysis.Reports;
using RepSense.Ingest;
using RepSense.Ingest.Reading;

namespace RepSense.Bench;

/// <summary>
/// <c>repsense analyze --json</c> in-process on a simulated 1-hour, 100 Hz, 6-axis generic CSV (360,000 rows): the
/// whole analysis (parse, condition, periodicity, counting, tempo, report, JSON) with parsing on a thread of its own
/// (<see cref="RecordingOptions.ReadAhead"/>, the default), against the same on one thread as the baseline, and the
/// parse alone for scale. The target is at least 7 M rows/s, 50 ms, for the whole analysis.
/// Run: dotnet run -c Release --project bench/RepSense.Bench -- --filter '*AnalyzeBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerRowColumns))]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 25)]
public class AnalyzeBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"repsense-bench-hour-{Environment.ProcessId}.csv");
        SimulatedHour.Write(_path);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    private int Analyze(bool readAhead)
    {
        var options = AnalyzeOptions.Default with
        {
            Recording = RecordingOptions.Default with { ReadAhead = readAhead },
            KeepSignals = false,
        };
        var writer = new StringWriter();
        AnalysisJson.Write(Analyzer.Analyze(_path, options).Report, writer);
        return writer.GetStringBuilder().Length;
    }

    [Benchmark(Baseline = true, Description = "analyze --json, one thread")]
    public int AnalyzeOnOneThread() => Analyze(readAhead: false);

    [Benchmark(Description = "analyze --json, parsing on its own thread")]
    public int AnalyzeReadingAhead() => Analyze(readAhead: true);

    [Benchmark(Description = "parse only (reader, one thread)")]
    public long ParseOnly()
    {
        var (plan, _, _) = RecordingPlanner.Plan(_path, RecordingOptions.Default with { ReadAhead = false });
        long count = 0;
        using var cursor = plan.OpenCursor(new IngestDiagnostics());
        while (cursor.TryRead(out _)) count++;
        return count;
    }
}
