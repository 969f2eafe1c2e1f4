using System.Reactive.Linq;
using RepSense.Ingest.Units;

namespace RepSense.Ingest.Streams;

/// <summary>Resampling to a uniform rate, which every analysis stage assumes (timestamps jitter in every real export).</summary>
public static class Resampling
{
    /// <summary>
    /// Linearly interpolates the stream onto the grid 0, 1/rate, 2/rate… seconds. Where two samples are more than
    /// <paramref name="maxGapS"/> apart nothing is invented: <paramref name="onGap"/> is told about the gap and the
    /// grid resumes at the first grid time after it, so the output itself shows the gap as a missing stretch of
    /// grid times. Rotation rate is interpolated when both neighbours have it. Samples not later than the previous
    /// one are ignored (recordings deliver increasing times). On completion nothing more is emitted: the last
    /// output is the last grid time at or before the last input sample. An exception thrown by
    /// <paramref name="onGap"/> ends the stream with that error.
    /// </summary>
    public static IObservable<ImuSample> Resample(this IObservable<ImuSample> source, SampleRate rate,
        double maxGapS = GapDetection.DefaultMaxGapS, Action<SampleGap>? onGap = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!rate.IsValid) throw new ArgumentOutOfRangeException(nameof(rate), rate, "The target rate must be positive.");
        GapDetection.ThrowIfNotPositive(maxGapS, nameof(maxGapS));
        if (maxGapS < rate.PeriodS)
            throw new ArgumentOutOfRangeException(nameof(maxGapS), maxGapS, $"The gap threshold must be at least one period of the target rate ({rate.PeriodS} s).");

        return Observable.Create<ImuSample>(observer => source.Subscribe(new Sink(observer, new ResampleKernel(rate, maxGapS), onGap)));
    }

    /// <summary>The per-subscription state: the kernel and whether the stream has stopped.</summary>
    private sealed class Sink(IObserver<ImuSample> downstream, ResampleKernel kernel, Action<SampleGap>? onGap) : IObserver<ImuSample>
    {
        private bool _stopped;

        public void OnNext(ImuSample value)
        {
            if (_stopped) return;
            var gap = kernel.Push(value, downstream);
            if (gap is null || onGap is null) return;
            try
            {
                onGap(gap);
            }
            catch (Exception ex)
            {
                _stopped = true;
                downstream.OnError(ex);
            }
        }

        public void OnError(Exception error)
        {
            if (_stopped) return;
            _stopped = true;
            downstream.OnError(error);
        }

        public void OnCompleted()
        {
            if (_stopped) return;
            _stopped = true;
            downstream.OnCompleted();
        }
    }
}
