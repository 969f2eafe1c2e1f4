using System.Globalization;
using System.Reactive.Linq;
using System.Security.Cryptography;
using System.Text;
using RepSense.Analysis.Simulation;
using RepSense.Analysis.Streams;
using RepSense.Ingest.Units;
using RepSense.Ingest.Writers;
using RepSense.Ingest;
using RepSense.Tests;
using static RepSense.Analysis.Tests.Simulation.Simulations;

namespace RepSense.Analysis.Tests.Pinned;

/// <summary>
/// A characterisation pin, not a specification: the full event list (every set, rep, gap and emission time, to the
/// last bit, and a hash of each set's signals and conditioned frames) of the sample-data recordings and of a few simulated ones, as the
/// analyzer produced them when the pins were written. Speed-ups (ingest, conditioner, periodicity, the counter's
/// kernels) must leave every event bit-for-bit the same. A deliberate change of the algorithm changes the pins:
/// regenerate them with <c>REPSENSE_UPDATE_PINS=1 dotnet test tests/RepSense.Analysis.Tests</c> and review the diff.
/// </summary>
public class PinnedEventsTests
{
    private const string PinFile = "pinned-events.txt";

    public static TheoryData<string> Recordings() => [.. PinnedRecordings.Names];

    [Theory]
    [MemberData(nameof(Recordings))]
    public void The_events_of_a_recording_are_bit_for_bit_the_pinned_ones(string name)
    {
        using var folder = new PinnedRecordings();
        string actual = Describe(name, folder.Open(name));
        string pinPath = PinPath();

        if (Environment.GetEnvironmentVariable("REPSENSE_UPDATE_PINS") == "1")
        {
            PinStore.Write(pinPath, name, actual);
            return;
        }
        var pinned = PinStore.Read(pinPath);
        Assert.True(pinned.TryGetValue(name, out var expected), $"No pin for {name}; regenerate with REPSENSE_UPDATE_PINS=1.");
        Assert.Equal(expected, actual);
    }

    /// <summary>One line per event, doubles in round-trip form so a one-bit change shows.</summary>
    private static string Describe(string name, Recording recording)
    {
        var events = recording.Samples.AnalyzeReps().ToList().Wait();
        var text = new StringBuilder();
        foreach (var e in events)
        {
            text.Append(e switch
            {
                SetStarted s => $"started set={s.SetIndex} start={R(s.StartS)} period={R(s.PeriodS)}",
                RepCounted r => $"rep set={r.SetIndex} #{r.Rep.Index} {R(r.Rep.StartS)} {R(r.Rep.TurnS)} {R(r.Rep.EndS)} range={R(r.Rep.RelativeRange)}",
                SetEnded s => $"ended set={s.Set.Index} {R(s.Set.StartS)}-{R(s.Set.EndS)} reps={s.Set.RepCount} period={R(s.Set.PeriodS)} " +
                              $"periodicity={R(s.Set.Periodicity)} signals={R(s.Set.Signals.StartS)}+{s.Set.Signals.Count}:{Hash(s.Set.Signals)}",
                SignalGap g => $"gap {R(g.FromS)}-{R(g.ToS)}",
                _ => e.GetType().Name,
            });
            text.Append($" at={R(e.AtS)}\n");
        }
        return text.ToString();
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Hash(Sets.SetSignals signals)
    {
        var bytes = new List<byte>();
        foreach (var list in new[] { signals.Counting, signals.Movement, signals.EffortMs2 })
            foreach (var v in list) bytes.AddRange(BitConverter.GetBytes(v));
        // The conditioned frames themselves: the conditioner's output, to the last bit.
        foreach (var f in signals.Frames)
            foreach (var v in new[] { f.TimeS, f.AxMs2, f.AyMs2, f.AzMs2, f.GxRadS, f.GyRadS, f.GzRadS })
                bytes.AddRange(BitConverter.GetBytes(v));
        return Convert.ToHexString(SHA256.HashData(bytes.ToArray()))[..16];
    }

    private static string PinPath([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, PinFile);
}

/// <summary>The pinned file: sections "== name" followed by that recording's event lines.</summary>
internal static class PinStore
{
    private static readonly Lock Gate = new();

    public static Dictionary<string, string> Read(string path)
    {
        var pins = new Dictionary<string, string>();
        string? name = null;
        var body = new StringBuilder();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                if (name is not null) pins[name] = body.ToString();
                name = line[3..];
                body.Clear();
            }
            else body.Append(line).Append('\n');
        }
        if (name is not null) pins[name] = body.ToString();
        return pins;
    }

    public static void Write(string path, string name, string events)
    {
        lock (Gate)
        {
            var pins = File.Exists(path) ? Read(path) : [];
            pins[name] = events;
            var text = new StringBuilder();
            foreach (var (key, value) in pins.OrderBy(p => p.Key, StringComparer.Ordinal))
                text.Append("== ").Append(key).Append('\n').Append(value);
            File.WriteAllText(path, text.ToString());
        }
    }
}

/// <summary>The recordings pinned: every sample-data recording, and simulated ones that exercise what the samples
/// do not (100 and 200 Hz input through the anti-alias filter, accelerometer only, a hole in the recording, a long
/// session), written to a temporary folder.</summary>
internal sealed class PinnedRecordings : IDisposable
{
    private static readonly string[] SampleData =
    [
        "biceps-curl-phyphox-linear.csv",
        "curls-generic.csv",
        "deadlift_MetaWear_2025-03-14T18.30.00.000_D5C0FFEE5157_Accelerometer_12.500Hz_1.4.4.csv",
        "dumbbell-row.csv",
        "overhead-press-phyphox.csv",
        "pull-up-sensorlogger",
        "strengthlog-back.csv",
    ];

    private static readonly string[] Simulated =
    [
        "simulated-rows-generic-100hz",
        "simulated-press-phyphox-200hz-no-gyro",
        "simulated-pullup-sensorlogger-100hz",
        "simulated-back-session-generic-50hz",
        "simulated-curls-generic-100hz-with-hole",
    ];

    public static IEnumerable<string> Names => SampleData.Concat(Simulated);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "repsense-pins", Guid.NewGuid().ToString("N"));

    public Recording Open(string name)
    {
        if (SampleData.Contains(name)) return Recording.Open(RepositoryFolder.SampleData(name));
        Directory.CreateDirectory(_folder);
        return Recording.Open(name switch
        {
            "simulated-rows-generic-100hz" => Write("generic", 100, true, new SessionPlan([Set("dumbbell row", 10), Set("dumbbell row", 12)])
                { RestMinS = 40, RestMaxS = 50 }, seed: 21),
            "simulated-press-phyphox-200hz-no-gyro" => Write("phyphox", 200, false, new SessionPlan([Set("overhead press", 8)]), seed: 22),
            "simulated-pullup-sensorlogger-100hz" => Write("sensorlogger", 100, true, new SessionPlan([Set("pull-up", 6), Set("pull-up", 6)])
                { RestMinS = 60, RestMaxS = 60 }, seed: 23),
            "simulated-back-session-generic-50hz" => Write("generic", 50, true, BackSession(), seed: 24),
            "simulated-curls-generic-100hz-with-hole" => CutHole(Write("generic", 100, true,
                new SessionPlan([Set("biceps curl", 10), Set("biceps curl", 10)]) { RestMinS = 50, RestMaxS = 50 }, seed: 25), 40, 43),
            _ => throw new ArgumentException(name),
        });
    }

    private string Write(string format, double rateHz, bool gyro, SessionPlan session, int seed)
    {
        var writer = RecordingWriters.Find(format)!;
        var plan = new SimulationPlan(session with { IdleBeforeS = 8, IdleAfterS = 8 }, SampleRate.FromHertz(rateHz))
        {
            Gyroscope = gyro,
            GyroscopeOwnClock = format == "sensorlogger",
            Seed = seed,
        };
        var simulated = Simulator.Simulate(plan);
        return writer.Write(simulated.Tracks, Path.Combine(_folder, format == "sensorlogger" ? $"rec{seed}" : $"rec{seed}.csv")).RecordingPath;
    }

    /// <summary>Removes the rows between two times, leaving a hole the conditioner must not bridge.</summary>
    private static string CutHole(string path, double fromS, double toS)
    {
        var lines = File.ReadAllLines(path);
        var kept = lines.Take(1).Concat(lines.Skip(1).Where(l =>
        {
            double t = double.Parse(l[..l.IndexOf(',')], CultureInfo.InvariantCulture);
            return t < fromS || t > toS;
        }));
        File.WriteAllLines(path, kept);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
