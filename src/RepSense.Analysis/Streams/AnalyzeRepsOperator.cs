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
        return Observable.Create<AnalysisEvent>(observer =>
        {
            var pipeline = new RepPipeline(options);
            var batch = new List<AnalysisEvent>();
            return samples.Subscribe(
                sample =>
                {
                    batch.Clear();
                    pipeline.Push(sample, batch);
                    foreach (var e in batch) observer.OnNext(e);
                },
                observer.OnError,
                () =>
                {
                    batch.Clear();
                    pipeline.Complete(batch);
                    foreach (var e in batch) observer.OnNext(e);
                    observer.OnCompleted();
                });
        });
    }
}
