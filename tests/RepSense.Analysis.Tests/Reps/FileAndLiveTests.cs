using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using RepSense.Analysis.Streams;
using RepSense.Ingest.Live;
using RepSense.Ingest;
using RepSense.Tests;

namespace RepSense.Analysis.Tests.Reps;

/// <summary>The analyzer gives the same events for a recording read from its file and for the same lines arriving one
/// by one as from a live source (stdin, an HTTP push), on a virtual clock.</summary>
public class FileAndLiveTests
{
    [Theory]
    [InlineData("dumbbell-row.csv", 0, 0, false)]
    [InlineData("strengthlog-back.csv", 0, 0, false)]
    [InlineData("dumbbell-row.csv", 30, 34, false)] // a hole inside the set, which carries it across
    [InlineData("strengthlog-back.csv", 0, 0, true)] // as `repsense live` runs it: provisional reps, sets followed sooner
    [InlineData("dumbbell-row.csv", 30, 34, true)]
    public void Replaying_a_file_as_a_live_stream_gives_the_same_events(string name, double holeFromS, double holeToS, bool provisional)
    {
        var options = RepSense.Analysis.Reps.CountingOptions.Default;
        if (provisional) options = options with { ProvisionalReps = true, CommitLagS = 0.3, FollowHopS = 0.25 };
        var all = File.ReadAllLines(RepositoryFolder.SampleData(name));
        if (holeToS > holeFromS) all = [all[0], .. all.Skip(1).Where(l => TimeOf(l) < holeFromS || TimeOf(l) > holeToS)];
        using var temp = new TempFolder();
        string path = temp.Write(name, string.Join('\n', all) + "\n");
        var fromFile = Recording.Open(path).Samples.AnalyzeReps(options).ToList().Wait();

        // The same lines pushed one at a time, each at its sample's time on a virtual clock.
        var scheduler = new HistoricalScheduler();
        var lines = new Subject<string>();
        var live = new List<AnalysisEvent>();
        var diagnostics = new IngestDiagnostics();
        using var subscription = lines.ParseSamples("live", diagnostics).AnalyzeReps(options).Subscribe(live.Add);
        lines.OnNext(all[0]);
        foreach (var line in all.Skip(1))
        {
            scheduler.AdvanceTo(scheduler.Now.Date.AddSeconds(TimeOf(line)));
            lines.OnNext(line);
        }
        lines.OnCompleted();

        Assert.NotEmpty(fromFile.OfType<RepCounted>());
        Assert.Equal(provisional, fromFile.OfType<ProvisionalRep>().Any());
        Assert.Equal(holeToS > holeFromS, fromFile.OfType<SignalGap>().Any());
        Assert.Equal(fromFile.Count, live.Count);
        for (int i = 0; i < live.Count; i++)
            Assert.Equal(Describe(fromFile[i]), Describe(live[i]));
    }

    private static double TimeOf(string line) =>
        double.Parse(line[..line.IndexOf(',')], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Events compared by value; a set's signal lists are compared element by element.</summary>
    private static string Describe(AnalysisEvent e) => e switch
    {
        SetEnded ended => $"SetEnded {ended.AtS} {ended.Set.Index} {ended.Set.StartS} {ended.Set.EndS} " +
                          string.Join(",", ended.Set.Reps) + " " + string.Join(",", ended.Set.Signals.Counting),
        _ => e.ToString(),
    };
}
