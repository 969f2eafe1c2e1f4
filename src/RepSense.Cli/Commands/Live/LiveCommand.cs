using System.CommandLine;
using System.Reactive;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Runtime.InteropServices;
using RepSense.Analysis;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Streams;
using RepSense.Ingest;
using RepSense.Ingest.Live;

namespace RepSense.Cli.Commands.Live;

/// <summary>
/// The behaviour of <c>repsense live</c>: samples from standard input or Sensor Logger's HTTP push, through the same
/// analysis as a file (<see cref="AnalysisObservable.AnalyzeReps"/>), each event printed as it comes. A rep is final
/// once its end lies the counter's commit lag behind the newest sample; at the end of the input, whatever is still
/// open is decided and printed. Bad input (a malformed line, a message that is not a push, a batch sent again) is
/// warned about on stderr as it comes and the session goes on; only a header of no known format ends it.
/// </summary>
internal sealed class LiveCommand(CliContext context, LiveCommandDefinition definition)
{
    /// <summary>The commit lag live use defaults to: a rep in a set is printed within a second of its last sample
    /// (a file's analysis keeps the counter's default; README, "Live", gives the cost in accuracy).</summary>
    public const double CommitLagS = 0.3;

    /// <summary>How often live follows an announced set (a file's analysis: every half second). Half the wait between
    /// a rep's commit and its line, for a little more work per second of input.</summary>
    public const double FollowHopS = 0.25;

    /// <summary>The counter's parameters for live use: <paramref name="counting"/> with the live follow hop.</summary>
    public static CountingOptions ForLive(CountingOptions counting) => counting with { FollowHopS = FollowHopS };

    /// <summary>Live's counting settings as the command line sets them: its commit lag unless --commit-lag is given,
    /// its follow hop (also `eval --as-live`'s).</summary>
    public static CountingOptions Counting(ParseResult parse) => ForLive(CommonOptions.Counting(parse, CommitLagS));

    public int Run(ParseResult parse)
    {
        var writer = new LiveEventWriter(context.Output, parse.GetValue(definition.Json));
        // A session has no end to wait for: each problem is told as it is found, and the totals at the end.
        var diagnostics = new IngestDiagnostics(problem => Warn(problem.ToString()));
        var recordingOptions = CommonOptions.RecordingOptions(parse);
        // A lifter watching wants the count to move with each rep; the set's first reps are final only seconds later.
        var counting = Counting(parse) with { ProvisionalReps = !parse.GetValue(definition.NoProvisional) };
        Exception? failure = null;
        var observer = Observer.Create<AnalysisEvent>(writer.Write, error => failure = error);

        if (parse.GetValue(definition.Port) is { } port)
            RunServer(port, parse.GetValue(definition.Listen), parse.GetValue(definition.Token), diagnostics, counting, observer);
        else
        {
            // Standard input is read on this thread, line by line, so each event is printed as its line arrives.
            bool anyLine = false;
            long samples = 0;
            using (Lines(context.Input).Do(line => anyLine = anyLine || !string.IsNullOrWhiteSpace(line))
                       .ParseSamples("stdin", diagnostics, recordingOptions).Do(_ => samples++)
                       .AnalyzeReps(counting).Subscribe(observer))
            {
            }
            // Input that ends before its first sample is refused as a file without samples is (Recording.Open).
            failure ??= samples > 0 ? null
                : anyLine ? new RepSenseException("stdin has a header but no samples.")
                : new RepSenseException("stdin is empty: expected a header row followed by samples.");
        }

        foreach (var total in diagnostics.Totals) Warn($"in all, {total}");
        if (writer.GapsNotListed > 0)
            Warn($"in all, {writer.GapCount} holes in the input ({writer.GapsNotListed} not listed); are its times in seconds?");
        if (failure is not null) throw failure;
        return (int)ExitCode.Success;
    }

    private void RunServer(int port, string? address, string? token, IngestDiagnostics diagnostics, CountingOptions counting,
        IObserver<AnalysisEvent> observer)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopOn(stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopOn(stop));
        using var server = new PushServer(port, address, token, Warn);
        var messages = new Subject<SensorLoggerMessage>();
        using var subscription = messages.ParseSensorLoggerPush(server.Url, diagnostics).AnalyzeReps(counting)
            .Subscribe(observer.OnNext, error => { observer.OnError(error); stop.Cancel(); }, observer.OnCompleted);
        string where = server.EveryAddress ? " (every IPv4 address of this machine)" : "";
        string needs = token is null ? "" : "; requests need ?token=…";
        context.Error.WriteLine($"repsense: listening for Sensor Logger's HTTP push on {server.Url}{where}{needs} (Ctrl+C ends the session)");
        server.Run(messages.OnNext, stop.Token);
        messages.OnCompleted();
        if (server.Refused > 0)
            Warn($"in all, {server.Refused} request{(server.Refused == 1 ? " was" : "s were")} refused for want of the token");
    }

    private void Warn(string warning) => ReadingWarnings.Tell(context.Error, warning);

    private static Action<PosixSignalContext> StopOn(CancellationTokenSource stop) => signal =>
    {
        signal.Cancel = true; // end the session in order: decide what is open and print it
        stop.Cancel();
    };

    /// <summary>The lines of <paramref name="reader"/>, read on the subscribing thread until its end.</summary>
    private static IObservable<string> Lines(TextReader reader) => Observable.Create<string>(observer =>
    {
        try
        {
            while (reader.ReadLine() is { } line) observer.OnNext(line);
        }
        catch (IOException ex)
        {
            observer.OnError(new RepSenseException($"stdin could not be read: {ex.Message.TrimEnd('.')}.", ex));
            return Disposable.Empty;
        }
        observer.OnCompleted();
        return Disposable.Empty;
    });
}
