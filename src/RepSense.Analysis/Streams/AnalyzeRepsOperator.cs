using System.Reactive.Linq;
using RepSense.Analysis.Reps;
using RepSense.Ingest;

namespace RepSense.Analysis.Streams;

public static partial class AnalysisObservable
{
    /// <summary>
    /// The live analysis: sets and reps as they are recognised (see <see cref="RepAnalyzer"/> for the latency).
    /// Each subscription runs its own analyzer, so a cold recording can be analysed twice and gives the same events.
    /// On completion of the samples, whatever is still open is decided and emitted before <c>OnCompleted</c>; an
    /// error in the samples is forwarded at once and the open set is dropped.
    /// </summary>
    public static IObservable<AnalysisEvent> AnalyzeReps(this IObservable<ImuSample> samples, CountingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return Observable.Create<AnalysisEvent>(observer => samples.Subscribe(new RepsSink(new RepPipeline(options), observer)));
    }

    /// <summary>One subscription's analysis. An observer of its own rather than Rx's <c>Subscribe(onNext, …)</c>,
    /// whose observer is generic over the <see cref="ImuSample"/> struct and so is compiled at start-up, not ahead of
    /// time (see <c>RecordingStream</c>).</summary>
    private sealed class RepsSink(RepPipeline pipeline, IObserver<AnalysisEvent> observer) : IObserver<ImuSample>
    {
        private readonly List<AnalysisEvent> _batch = [];

        public void OnNext(ImuSample sample)
        {
            _batch.Clear();
            pipeline.Push(sample, _batch);
            foreach (var e in _batch) observer.OnNext(e);
        }

        public void OnError(Exception error) => observer.OnError(error);

        public void OnCompleted()
        {
            _batch.Clear();
            pipeline.Complete(_batch);
            foreach (var e in _batch) observer.OnNext(e);
            observer.OnCompleted();
        }
    }
}
