using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace RepSense.Ingest.Reading;

/// <summary>
/// Reads another cursor ahead on a thread of its own, so parsing a file and analysing its samples use two cores:
/// the reading thread fills batches of samples and hands them over through a bounded queue, and
/// <see cref="TryRead"/> takes them in order. Memory is bounded by <see cref="QueuedBatches"/> batches of
/// <see cref="BatchSize"/> samples, whatever the file's length. The samples, their order, the diagnostics and the
/// error that ends a bad file are those of the inner cursor: an error reaches the reader after the samples before it.
/// </summary>
internal sealed class ReadAheadCursor : ISampleCursor
{
    /// <summary>Samples per hand-over: large enough that the queue costs nothing per sample (64 KiB of samples).</summary>
    public const int BatchSize = 1024;

    /// <summary>Batches the reading thread may be ahead.</summary>
    public const int QueuedBatches = 8;

    private readonly BlockingCollection<Batch> _queue = new(QueuedBatches);
    private readonly CancellationTokenSource _cancel = new();
    private readonly Task _reader;
    private Batch _current = Batch.Empty;
    private int _next;
    private ExceptionDispatchInfo? _failure;

    public ReadAheadCursor(ISampleCursor inner)
    {
        _reader = Task.Factory.StartNew(() => ReadAll(inner), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public bool TryRead(out ImuSample sample)
    {
        while (_next >= _current.Count)
        {
            _current.Return();
            _next = 0;
            if (!_queue.TryTake(out _current!, Timeout.Infinite))
            {
                _current = Batch.Empty;
                _failure?.Throw();
                sample = default;
                return false;
            }
        }
        sample = _current.Samples[_next++];
        return true;
    }

    public void Dispose()
    {
        _cancel.Cancel();
        // The reading thread owns the inner cursor: once it has stopped, the files are closed.
        try { _reader.Wait(); } catch (AggregateException) { }
        while (_queue.TryTake(out var left)) left.Return();
        _current.Return();
        _current = Batch.Empty;
        _queue.Dispose();
        _cancel.Dispose();
    }

    private void ReadAll(ISampleCursor inner)
    {
        var batch = Batch.Rent();
        try
        {
            using (inner)
            {
                try
                {
                    while (inner.TryRead(out batch.Samples[batch.Count]))
                    {
                        if (++batch.Count < BatchSize) continue;
                        _queue.Add(batch, _cancel.Token);
                        batch = Batch.Rent();
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Seen by the reader after the samples before it (CompleteAdding publishes it).
                    _failure = ExceptionDispatchInfo.Capture(ex);
                }
                if (batch.Count > 0) _queue.Add(batch, _cancel.Token);
                else batch.Return();
            }
        }
        catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
        {
            // The reader stopped reading.
        }
        finally
        {
            _queue.CompleteAdding();
        }
    }

    /// <summary>A pooled array of samples and how many of them are filled.</summary>
    private sealed class Batch(ImuSample[] samples)
    {
        public static readonly Batch Empty = new([]);

        public ImuSample[] Samples { get; } = samples;
        public int Count;

        public static Batch Rent() => new(ArrayPool<ImuSample>.Shared.Rent(BatchSize));

        public void Return()
        {
            if (Samples.Length > 0) ArrayPool<ImuSample>.Shared.Return(Samples);
        }
    }
}
