using System.Globalization;
using BenchmarkDotNet.Attributes;
using RepSense.Ingest;
using RepSense.Ingest.Reading;
using RepSense.Ingest.Streams;
using RepSense.Ingest.Units;

namespace RepSense.Bench;

/// <summary>
/// Ingest throughput on a 1-hour, 100 Hz, 6-axis generic CSV (360,000 rows, about 18 MB), generated in setup.
/// The baseline is the naive way (File.ReadLines, string.Split, double.Parse) measured in the same run; the
/// target is at least 5 M rows/s through parse + resample with allocation per row near zero.
/// Run: dotnet run -c Release --project bench/RepSense.Bench -- --filter '*IngestBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerRowColumns))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class IngestBenchmarks
{
    public const int Rows = SimulatedHour.Rows;
    private static readonly SampleRate Rate = SampleRate.FromHertz(100);
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"repsense-bench-{Environment.ProcessId}.csv");
        GenericCsvFile.Write(_path, Rows, Rate.Hertz);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true, Description = "Baseline: File.ReadLines + Split + double.Parse")]
    public double ReadLinesAndDoubleParse()
    {
        double sum = 0;
        foreach (var line in File.ReadLines(_path).Skip(1))
        {
            var fields = line.Split(',');
            for (int i = 0; i < fields.Length; i++) sum += double.Parse(fields[i], CultureInfo.InvariantCulture);
        }
        return sum;
    }

    /// <summary>The same reader pulled directly, without Rx: the difference to <see cref="Parse"/> is what one
    /// OnNext per sample costs.</summary>
    [Benchmark(Description = "Reader pulled directly, no Rx (parse)")]
    public long ParseWithoutRx()
    {
        var (plan, _, _) = RecordingPlanner.Plan(_path, RecordingOptions.Default);
        long count = 0;
        using var cursor = plan.OpenCursor(new IngestDiagnostics());
        while (cursor.TryRead(out _)) count++;
        return count;
    }

    [Benchmark(Description = "Recording.Open + Samples (parse)")]
    public long Parse()
    {
        var counter = new CountingObserver();
        using (Recording.Open(_path).Samples.Subscribe(counter)) { }
        return counter.Count;
    }

    [Benchmark(Description = "Recording.Open + Samples + Resample(100 Hz)")]
    public long ParseAndResample()
    {
        var counter = new CountingObserver();
        using (Recording.Open(_path).Samples.Resample(Rate).Subscribe(counter)) { }
        return counter.Count;
    }

    /// <summary>Consumes samples at the cost of an interface call, so the benchmark measures ingest, not a consumer.</summary>
    private sealed class CountingObserver : IObserver<ImuSample>
    {
        public long Count { get; private set; }
        public double Checksum { get; private set; }
        public void OnNext(ImuSample value)
        {
            Count++;
            Checksum += value.AccelerationMs2.X;
        }
        public void OnError(Exception error) => throw error;
        public void OnCompleted() { }
    }
}
