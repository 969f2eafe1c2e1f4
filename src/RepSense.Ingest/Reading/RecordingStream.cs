using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using CsvHelper;

namespace RepSense.Ingest.Reading;

/// <summary>
/// The cold stream <see cref="Recording.Read"/> returns: each subscription opens a cursor of its own on the plan's
/// scheduler and hands each sample straight to the observer. It completes after the last sample, ends with a
/// <see cref="RepSenseException"/> when a file turns out unusable part-way, and stops at the next sample once the
/// subscription is disposed (the default scheduler, the current thread's trampoline, hands the subscription back
/// before reading, so an operator such as <c>Take</c> can stop it).
/// </summary>
/// <remarks>
/// Not <c>Observable.Create</c>: Rx wraps the observer in observers of its own, and their methods, generic over the
/// <see cref="ImuSample"/> struct of this assembly, are not in a ReadyToRun image, so every process would compile
/// them at start-up and run each sample through them unoptimised. Rx stays at the seams: this is an
/// <see cref="IObservable{T}"/> that keeps Rx's grammar (samples, then one completion or error), scheduled by an Rx
/// scheduler, and the analysis subscribes with observers of its own.
/// </remarks>
internal sealed class RecordingStream(RecordingPlan plan, IngestDiagnostics diagnostics) : IObservable<ImuSample>
{
    public IDisposable Subscribe(IObserver<ImuSample> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var pump = new Pump(plan, diagnostics, observer);
        var work = plan.Options.Scheduler.Schedule(pump, static (_, p) => p.Run());
        return StableCompositeDisposable.Create(pump, work);
    }

    /// <summary>One subscription: reads its own cursor until the end, an error or disposal.</summary>
    private sealed class Pump(RecordingPlan plan, IngestDiagnostics diagnostics, IObserver<ImuSample> observer) : IDisposable
    {
        private volatile bool _disposed;

        public void Dispose() => _disposed = true;

        public IDisposable Run()
        {
            ISampleCursor cursor;
            try
            {
                cursor = plan.OpenCursor(diagnostics);
            }
            catch (Exception ex) when (IsInputFailure(ex))
            {
                observer.OnError(AsInputError(ex, plan.Primary.File.DisplayPath));
                return Disposable.Empty;
            }

            using (cursor)
            {
                while (!_disposed)
                {
                    bool more;
                    ImuSample sample;
                    try
                    {
                        more = cursor.TryRead(out sample);
                    }
                    catch (Exception ex) when (IsInputFailure(ex))
                    {
                        observer.OnError(AsInputError(ex, plan.Primary.File.DisplayPath));
                        break;
                    }
                    if (!more)
                    {
                        observer.OnCompleted();
                        break;
                    }
                    observer.OnNext(sample);
                }
            }
            return Disposable.Empty;
        }
    }

    internal static bool IsInputFailure(Exception ex) =>
        ex is RepSenseException or IOException or UnauthorizedAccessException or InvalidDataException or CsvFormatException;

    internal static RepSenseException AsInputError(Exception ex, string path) => ex as RepSenseException
        ?? new RepSenseException($"{path} could not be read: {ex.Message.TrimEnd('.')}.", ex);
}
