using System.Reactive.Linq;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Sets;
using RepSense.Ingest;

namespace RepSense.Analysis.Streams;

/// <summary>The whole analysis of a recording: its sets and what was measured of its signal.</summary>
/// <param name="Sets">The sets found, in time order.</param>
/// <param name="DurationS">From the first to the last sample.</param>
/// <param name="SampleRateHz">The measured input rate (samples per second outside gaps), 0 if too few samples.</param>
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
        return Observable.Create<SessionAnalysis>(observer => samples.Subscribe(new SessionSink(new RepPipeline(options), onSetEnded, observer)));
    }

    /// <summary>One subscription's analysis, gathered (an observer of its own, as <see cref="RepsSink"/>).</summary>
    private sealed class SessionSink(RepPipeline pipeline, Func<SetSegment, SetSegment>? onSetEnded, IObserver<SessionAnalysis> observer)
        : IObserver<ImuSample>
    {
        private readonly List<AnalysisEvent> _batch = [];
        private readonly List<SetSegment> _sets = [];
        private readonly List<SignalGap> _gaps = [];
        private double _first = double.NaN, _last = double.NaN;
        private long _count;

        public void OnNext(ImuSample sample)
        {
            if (_count++ == 0) _first = sample.TimeS;
            _last = sample.TimeS;
            pipeline.Push(sample, _batch);
            Collect();
        }

        public void OnError(Exception error) => observer.OnError(error);

        public void OnCompleted()
        {
            pipeline.Complete(_batch);
            Collect();
            double rate = pipeline.Conditioner.MeasuredRateHz;
            observer.OnNext(new SessionAnalysis(_sets, _count > 0 ? _last - _first : 0, rate, _count, _gaps));
            observer.OnCompleted();
        }

        private void Collect()
        {
            foreach (var e in _batch)
                if (e is SetEnded ended) _sets.Add(onSetEnded is null ? ended.Set : onSetEnded(ended.Set));
                else if (e is SignalGap gap) _gaps.Add(gap);
            _batch.Clear();
        }
    }
}
