using System.Reactive.Linq;

namespace RepSense.Ingest.Streams;

/// <summary>Finding where a stream has no samples for longer than a threshold.</summary>
public static class GapDetection
{
    /// <summary>The default threshold: half a second without a sample is a gap. Real exports jitter by a few
    /// milliseconds and drop single samples; half a second is several missed samples even at 12.5 Hz, and short
    /// enough that no rep phase is interpolated across.</summary>
    public const double DefaultMaxGapS = 0.5;

    /// <summary>
    /// Emits a <see cref="SampleGap"/> for each pair of consecutive samples more than <paramref name="maxGapS"/>
    /// apart, as soon as the sample after the gap arrives. On completion it emits nothing more (a stream that just
    /// stops has no gap at its end); errors pass through.
    /// </summary>
    public static IObservable<SampleGap> DetectGaps(this IObservable<ImuSample> source, double maxGapS = DefaultMaxGapS)
    {
        ArgumentNullException.ThrowIfNull(source);
        ThrowIfNotPositive(maxGapS, nameof(maxGapS));
        return Observable.Create<SampleGap>(observer =>
        {
            var detector = new GapDetector(maxGapS);
            return source.Subscribe(
                sample =>
                {
                    if (detector.Push(sample.TimeS, out var gap)) observer.OnNext(gap!);
                },
                observer.OnError,
                observer.OnCompleted);
        });
    }

    internal static void ThrowIfNotPositive(double seconds, string name)
    {
        if (!double.IsFinite(seconds) || seconds <= 0)
            throw new ArgumentOutOfRangeException(name, seconds, "A gap threshold must be a positive number of seconds.");
    }
}
