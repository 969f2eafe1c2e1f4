using System.Diagnostics;
using System.Runtime.CompilerServices;
using RepSense.Analysis;
using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Reports;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Streams;
using RepSense.Ingest;
using RepSense.Ingest.Reading;
using System.Reactive.Linq;

namespace RepSense.Bench;

/// <summary>
/// Where the time of <c>repsense analyze --json</c> goes, stage by stage, with a stopwatch: each stage is measured
/// cumulatively (parse; parse + condition; … ; the whole analysis + JSON) and the cost of a stage is the difference
/// from the one before. Median of N runs after warm-up. Run:
/// dotnet run -c Release --project bench/RepSense.Bench -- stages FILE [RUNS]
/// </summary>
internal static class StageBreakdown
{
    public static void Run(string path, int runs)
    {
        var stages = new (string Name, Func<string, long> Body)[]
        {
            ("parse", Parse),
            ("+ condition (20 Hz grid)", Condition),
            ("+ periodicity tracker", Periodicity),
            ("+ counting (RepAnalyzer)", Counting),
            ("+ tempo and report", Report),
            ("+ JSON", Json),
        };
        long rows = Parse(path);
        Console.WriteLine($"{path}: {rows:N0} samples, median of {runs} runs");
        double previous = 0;
        foreach (var (name, body) in stages)
        {
            for (int i = 0; i < 8; i++) body(path);
            var times = new double[runs];
            for (int i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                body(path);
                times[i] = watch.Elapsed.TotalMilliseconds;
            }
            Array.Sort(times);
            double median = times[runs / 2];
            Console.WriteLine($"{name,-28} {median,8:0.0} ms cumulative  {median - previous,8:0.0} ms stage  {rows / (median / 1000) / 1e6,6:0.00} M rows/s");
            previous = median;
        }
    }

    // Optimised at once: a loop method called fewer than 30 times would otherwise stay at tier 0 (with OSR).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Parse(string path)
    {
        var (plan, _, _) = RecordingPlanner.Plan(path, RecordingOptions.Default);
        long count = 0;
        using var cursor = plan.OpenCursor(new IngestDiagnostics());
        while (cursor.TryRead(out _)) count++;
        return count;
    }

    // Optimised at once: a loop method called fewer than 30 times would otherwise stay at tier 0 (with OSR).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Frames(string path, Action<Frame> onFrame)
    {
        var (plan, _, _) = RecordingPlanner.Plan(path, RecordingOptions.Default);
        var conditioner = new SignalConditioner();
        long count = 0;
        using var cursor = plan.OpenCursor(new IngestDiagnostics());
        while (cursor.TryRead(out var sample)) { conditioner.Push(sample, onFrame); count++; }
        conditioner.Complete(onFrame);
        return count;
    }

    private static long Condition(string path)
    {
        long frames = 0;
        Frames(path, _ => frames++);
        return frames;
    }

    private static long Periodicity(string path)
    {
        PeriodicityTracker? tracker = null;
        double rho = 0;
        Frames(path, f => rho += (tracker ??= new PeriodicityTracker(true, CountingOptions.Default.EnergyGateMs2)).Push(f)?.Rho ?? 0);
        return (long)rho;
    }

    // Optimised at once: a loop method called fewer than 30 times would otherwise stay at tier 0 (with OSR).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Counting(string path)
    {
        var pipeline = new RepPipeline();
        var events = new List<AnalysisEvent>();
        var (plan, _, _) = RecordingPlanner.Plan(path, RecordingOptions.Default);
        using var cursor = plan.OpenCursor(new IngestDiagnostics());
        while (cursor.TryRead(out var sample)) pipeline.Push(sample, events);
        pipeline.Complete(events);
        return events.Count;
    }

    private static long Report(string path) => Analyzer.Analyze(path).Report.TotalReps;

    private static long Json(string path) => AnalysisJson.Serialize(Analyzer.Analyze(path).Report).Length;
}
