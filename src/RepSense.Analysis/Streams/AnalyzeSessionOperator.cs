using System.Reactive.Linq;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Sets;
using RepSense.Ingest;

namespace RepSense.Analysis.Streams;

/// <summary>The whole analysis of a recording: its sets and what was measured of its signal.</summary>
/// <param name="Sets">The sets found, in time order.</param>
/// <param name="DurationS">From the first to the last sample.</param>
/// <param name="SampleRateHz">The measured input rate (median sample interval), 0 if too few samples.</param>
/// <param name="SampleCount">Samples analysed.</param>
/// <param name="Gaps">Holes in the recording that were not bridged.</param>
public sealed record SessionAnalysis(
    IReadOnlyList<SetSegment> Sets,
    double DurationS,
    double SampleRateHz,
    long SampleCount,
    IReadOnlyList<SignalGap> Gaps)
{
    public int TotalReps => Sets.Sum(s => s.RepCount);
}

public static partial class AnalysisObservable
{
    /// <summary>Analyses the samples and emits one <see cref="SessionAnalysis"/> when they complete (the same
    /// analysis as <see cref="AnalyzeReps"/>, gathered).</summary>
    /// <param name="samples">The recording.</param>
    /// <param name="options">The counter's parameters.</param>
    /// <param name="onSetEnded">Called with each set as it ends; the session keeps what it returns (the set, or the
    /// set without its signals once they have served, so a long recording's session does not grow by its
    /// signals). Null keeps every set whole.</param>
    public static IObservable<SessionAnalysis> AnalyzeSession(this IObservable<ImuSample> samples, CountingOptions? options = null,
        Func<SetSegment, SetSegment>? onSetEnded = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return Observable.Create<SessionAnalysis>(observer =>
        {
            var pipeline = new RepPipeline(options);
            var batch = new List<AnalysisEvent>();
            var sets = new List<SetSegment>();
            var gaps = new List<SignalGap>();
            double first = double.NaN, last = double.NaN;
            long count = 0;
            void Collect()
            {
                foreach (var e in batch)
                    if (e is SetEnded ended) sets.Add(onSetEnded is null ? ended.Set : onSetEnded(ended.Set));
                    else if (e is SignalGap gap) gaps.Add(gap);
                batch.Clear();
            }
            return samples.Subscribe(
                sample =>
                {
                    if (count++ == 0) first = sample.TimeS;
                    last = sample.TimeS;
                    pipeline.Push(sample, batch);
                    Collect();
                },
                observer.OnError,
                () =>
                {
                    pipeline.Complete(batch);
                    Collect();
                    double rate = pipeline.Conditioner.InputRate?.Hertz ?? 0;
                    observer.OnNext(new SessionAnalysis(sets, count > 0 ? last - first : 0, rate, count, gaps));
                    observer.OnCompleted();
                });
        });
    }
}
