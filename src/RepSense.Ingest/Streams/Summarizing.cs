using System.Reactive.Linq;

namespace RepSense.Ingest.Streams;

/// <summary>Measuring a stream in one pass: what <c>repsense inspect</c> reports.</summary>
public static class Summarizing
{
    /// <summary>Gaps beyond this many are counted but not listed, so a broken file cannot grow the summary without bound.</summary>
    public const int MaxGapsListed = 100;

    /// <summary>
    /// Emits one <see cref="StreamSummary"/> when the source completes (also for an empty source), then completes.
    /// Gaps are found as <see cref="GapDetection.DetectGaps"/> finds them, with the same threshold. An error from
    /// the source is passed on and no summary is emitted. Memory is constant (plus the listed gaps).
    /// </summary>
    public static IObservable<StreamSummary> Summarize(this IObservable<ImuSample> source, double maxGapS = GapDetection.DefaultMaxGapS)
    {
        ArgumentNullException.ThrowIfNull(source);
        GapDetection.ThrowIfNotPositive(maxGapS, nameof(maxGapS));
        return Observable.Create<StreamSummary>(observer =>
        {
            var gaps = new GapDetector(maxGapS);
            var listed = new List<SampleGap>();
            long count = 0, withRotation = 0;
            int gapCount = 0;
            double first = 0, last = 0, gapsDuration = 0, magnitudeSum = 0;
            return source.Subscribe(
                sample =>
                {
                    if (count == 0) first = sample.TimeS;
                    last = sample.TimeS;
                    count++;
                    magnitudeSum += sample.AccelerationMs2.Length;
                    if (sample.HasRotationRate) withRotation++;
                    if (gaps.Push(sample.TimeS, out var gap))
                    {
                        gapCount++;
                        gapsDuration += gap!.DurationS;
                        if (listed.Count < MaxGapsListed) listed.Add(gap);
                    }
                },
                observer.OnError,
                () =>
                {
                    double duration = count > 1 ? last - first : 0;
                    long intervals = count - 1 - gapCount;
                    double spanS = duration - gapsDuration;
                    double? rate = intervals > 0 && spanS > 0 ? intervals / spanS : null;
                    double? meanMagnitude = count > 0 ? magnitudeSum / count : null;
                    observer.OnNext(new StreamSummary(count, first, duration, rate, meanMagnitude, withRotation, gapCount, gapsDuration, listed));
                    observer.OnCompleted();
                });
        });
    }
}
