using System.Reactive.Concurrency;
using RepSense.Ingest.Streams;
using RepSense.Ingest.Units;

namespace RepSense.Ingest;

/// <summary>How to open a recording. The defaults suit every format that states its units.</summary>
public sealed record RecordingOptions
{
    public static RecordingOptions Default { get; } = new();

    /// <summary>Unit of acceleration columns whose header does not name one (generic CSV, <c>--units g|ms2</c>).
    /// A unit in the header wins over this.</summary>
    public AccelerationUnit? AccelerationUnit { get; init; }

    /// <summary>Unit of a generic CSV's time column when its header does not name one (<c>--time-unit s|ms|ns</c>);
    /// seconds when neither does.</summary>
    public TimeUnit? TimeUnit { get; init; }

    /// <summary>The longest stretch without samples that pairing bridges by interpolation; longer ones are gaps.</summary>
    public double MaxGapS { get; init; } = GapDetection.DefaultMaxGapS;

    /// <summary>Where a subscription reads the file. The default (the current thread's trampoline) reads
    /// synchronously in the subscribing thread, and still stops early when a downstream operator such as
    /// <c>Take</c> disposes the subscription.</summary>
    public IScheduler Scheduler { get; init; } = CurrentThreadScheduler.Instance;

    /// <summary>Parse the files on a thread of their own, a bounded number of samples ahead of the subscriber, so
    /// parsing and whatever consumes the samples (the analysis) run on two cores. The samples, their order, the
    /// diagnostics and errors are the same either way; only the thread that parses differs. On by default.</summary>
    public bool ReadAhead { get; init; } = true;
}
