using System.Diagnostics;
using System.Reactive.Linq;
using System.Runtime.CompilerServices;
using RepSense.Analysis;
using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Reports;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Streams;
using RepSense.Ingest;
using RepSense.Ingest.Reading;

namespace RepSense.Bench;

/// <summary>
/// Where the time of <c>repsense analyze --json</c> goes, stage by stage, with a stopwatch. Each stage runs alone on
/// the output of the one before, held in memory (samples, frames, the analysis), so its time is its own; the last
/// lines are the whole analysis as <c>analyze --json</c> runs it (Rx, report, JSON, each set's signals dropped once
/// reported), whose difference from the sum is the glue between stages, on one thread and with parsing on its own,
/// timed in alternating rounds. Medians of N runs after warm-up. Run:
/// dotnet run -c Release --project bench/RepSense.Bench -- stages FILE [RUNS]
/// </summary>
internal static class StageBreakdown
{
    public static void Run(string path, int runs)
    {
        var samples = ReadAll(path);
        var frames = Condition(samples);
        bool gyro = samples.Any(s => s.HasRotationRate);
        var analyzed = Analyzer.Analyze(path);
        Console.WriteLine($"{path}: {samples.Length:N0} samples, {frames.Count:N0} frames, {analyzed.Report.TotalReps} reps; median of {runs} runs");

        double sum = 0;
        void Stage(string name, Func<long> body)
        {
            double median = Median(body, runs);
            sum += median;
            Console.WriteLine($"{name,-44} {median,7:0.0} ms");
        }
        Stage("parse (reader, no Rx)", () => Parse(path));
        Stage("condition (to the 20 Hz grid)", () => Condition(samples).Count);
        double periodicity = Median(() => Periodicity(frames, gyro), runs);
        double counting = Median(() => Counting(frames, gyro), runs);
        Console.WriteLine($"{"periodicity tracker",-44} {periodicity,7:0.0} ms");
        Console.WriteLine($"{"counting (RepAnalyzer without its tracker)",-44} {counting - periodicity,7:0.0} ms");
        sum += counting;
        Stage("tempo and report", () => AnalysisReportBuilder.Build(analyzed.Session, path, "generic CSV").TotalReps);
        Stage("JSON", () => AnalysisJson.Serialize(analyzed.Report).Length);
        Console.WriteLine($"{"sum of the stages",-44} {sum,7:0.0} ms  {samples.Length / sum / 1e3,5:0.00} M rows/s");
        // The whole analysis in each threading, measured in rounds that run every threading once, so the drift of a
        // busy host falls on all of them alike.
        var wholes = Threadings.Select(t => (Func<long>)(() =>
            AnalysisJson.Serialize(Analyzer.Analyze(path, Options(t.ReadAhead)).Report).Length)).ToArray();
        var medians = MedianInRounds(wholes, runs);
        for (int i = 0; i < Threadings.Length; i++)
        {
            var (readAhead, name) = Threadings[i];
            long before = GC.GetTotalAllocatedBytes(precise: true);
            Analyzer.Analyze(path, Options(readAhead));
            double allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6;
            Console.WriteLine($"{name,-44} {medians[i],7:0.0} ms  {samples.Length / medians[i] / 1e3,5:0.00} M rows/s  {allocatedMb,5:0.0} MB allocated");
        }
    }

    /// <summary>As <c>analyze</c> runs it: each set's signals dropped once its report is built.</summary>
    private static AnalyzeOptions Options(bool readAhead) => AnalyzeOptions.Default with
    {
        Recording = RecordingOptions.Default with { ReadAhead = readAhead },
        KeepSignals = false,
    };

    private static double[] MedianInRounds(Func<long>[] bodies, int runs)
    {
        for (int i = 0; i < WarmUps(runs); i++) foreach (var body in bodies) body();
        var times = bodies.Select(_ => new double[runs]).ToArray();
        for (int r = 0; r < runs; r++)
            for (int b = 0; b < bodies.Length; b++)
            {
                var watch = Stopwatch.StartNew();
                bodies[b]();
                times[b][r] = watch.Elapsed.TotalMilliseconds;
            }
        return times.Select(t => { Array.Sort(t); return t[runs / 2]; }).ToArray();
    }

    /// <summary>The whole analysis on one thread, and with parsing on a thread of its own (the default).</summary>
    private static readonly (bool ReadAhead, string Name)[] Threadings =
    [
        (false, "whole analyze --json, on one thread"),
        (true, "whole analyze --json, parsing on its thread"),
    ];

    private static readonly RecordingOptions OnOneThread = RecordingOptions.Default with { ReadAhead = false };

    /// <summary>Enough calls that every method a stage runs is at the JIT's optimised tier (30 calls promote a
    /// method; with 5-7 warm-ups the report stage was timed unoptimised, 10.8 ms instead of 2.4).</summary>
    private static int WarmUps(int runs) => Math.Max(35, runs / 2);

    private static double Median(Func<long> body, int runs) => MedianInRounds([body], runs)[0];

    // The loops below are optimised at once: a loop method called fewer than 30 times would otherwise stay at tier 0.

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Parse(string path)
    {
        var (plan, _, _) = RecordingPlanner.Plan(path, OnOneThread);
        long count = 0;
        using var cursor = plan.OpenCursor(new IngestDiagnostics());
        while (cursor.TryRead(out _)) count++;
        return count;
    }

    private static ImuSample[] ReadAll(string path)
    {
        var (plan, _, _) = RecordingPlanner.Plan(path, OnOneThread);
        var samples = new List<ImuSample>();
        using var cursor = plan.OpenCursor(new IngestDiagnostics());
        while (cursor.TryRead(out var sample)) samples.Add(sample);
        return [.. samples];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Frame> Condition(ImuSample[] samples)
    {
        var conditioner = new SignalConditioner();
        var frames = new List<Frame>(samples.Length / 4);
        Action<Frame> add = frames.Add;
        foreach (var sample in samples) conditioner.Push(sample, add);
        conditioner.Complete(add);
        return frames;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Periodicity(List<Frame> frames, bool gyro)
    {
        var tracker = new PeriodicityTracker(gyro, CountingOptions.Default.EnergyGateMs2);
        long periodic = 0;
        foreach (var frame in frames)
            if (tracker.Push(frame) is { Rho: > 0.5 }) periodic++;
        return periodic;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Counting(List<Frame> frames, bool gyro)
    {
        var analyzer = new RepAnalyzer(CountingOptions.Default, gyro);
        var events = new List<AnalysisEvent>();
        foreach (var frame in frames) analyzer.Push(frame, events);
        analyzer.Complete(events);
        return events.Count;
    }
}
