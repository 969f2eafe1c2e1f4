using System.Reactive.Disposables;
using System.Reactive.Linq;

namespace RepSense.Ingest.Streams;

/// <summary>Pairing an accelerometer stream with a gyroscope stream recorded at another rate.</summary>
public static class Pairing
{
    /// <summary>
    /// Gives each acceleration sample the rotation rate interpolated at its time from <paramref name="rotationRate"/>
    /// (whose samples' <see cref="ImuSample.RotationRateRadS"/> is read). The output keeps the acceleration
    /// stream's timestamps and rate, so no acceleration is invented; the gyroscope is resampled onto it.
    /// Gyroscope samples further apart than <paramref name="maxGapS"/> are not interpolated across, and past either
    /// end of the gyroscope stream its nearest value is held for at most <paramref name="maxGapS"/>; acceleration
    /// samples outside those have <see cref="ImuSample.HasRotationRate"/> false.
    /// </summary>
    /// <remarks>An acceleration sample is emitted once the gyroscope has reached its time (or completed), so the
    /// operator buffers acceleration that runs ahead of the gyroscope. That is a few samples for live sources that
    /// arrive together; two cold file streams subscribed on one thread would buffer a whole file, which is why
    /// <see cref="Recording"/> merges its files with pull-based readers and the same kernel instead. Completes when
    /// the acceleration stream has completed and every buffered sample has been emitted; an error from either
    /// stream ends it.</remarks>
    public static IObservable<ImuSample> WithRotationRate(this IObservable<ImuSample> acceleration,
        IObservable<ImuSample> rotationRate, double maxGapS = GapDetection.DefaultMaxGapS)
    {
        ArgumentNullException.ThrowIfNull(acceleration);
        ArgumentNullException.ThrowIfNull(rotationRate);
        GapDetection.ThrowIfNotPositive(maxGapS, nameof(maxGapS));

        return Observable.Create<ImuSample>(observer =>
        {
            var state = new PairState(observer, new SecondaryTrack(SecondaryKind.RotationRate, maxGapS, maxGapS));
            var primary = acceleration.Subscribe(state.OnPrimary, state.OnError, state.OnPrimaryCompleted);
            var secondary = rotationRate.Subscribe(state.OnSecondary, state.OnError, state.OnSecondaryCompleted);
            return StableCompositeDisposable.Create(primary, secondary);
        });
    }

    /// <summary>Per-subscription state; the two sources may call from different threads, so every call is serialised.</summary>
    private sealed class PairState(IObserver<ImuSample> downstream, SecondaryTrack track)
    {
        private readonly Lock _gate = new();
        private readonly Queue<ImuSample> _waiting = new();
        private bool _primaryCompleted;
        private bool _stopped;

        public void OnPrimary(ImuSample sample)
        {
            lock (_gate)
            {
                if (_stopped) return;
                if (_waiting.Count == 0 && track.IsReadyFor(sample.TimeS)) downstream.OnNext(track.Combine(sample));
                else _waiting.Enqueue(sample);
            }
        }

        public void OnSecondary(ImuSample sample)
        {
            lock (_gate)
            {
                if (_stopped) return;
                track.Push(sample);
                Drain();
            }
        }

        public void OnPrimaryCompleted()
        {
            lock (_gate)
            {
                _primaryCompleted = true;
                Drain();
            }
        }

        public void OnSecondaryCompleted()
        {
            lock (_gate)
            {
                track.Complete();
                Drain();
            }
        }

        public void OnError(Exception error)
        {
            lock (_gate)
            {
                if (_stopped) return;
                _stopped = true;
                downstream.OnError(error);
            }
        }

        private void Drain()
        {
            if (_stopped) return;
            while (_waiting.Count > 0 && track.IsReadyFor(_waiting.Peek().TimeS))
                downstream.OnNext(track.Combine(_waiting.Dequeue()));
            if (_primaryCompleted && _waiting.Count == 0)
            {
                _stopped = true;
                downstream.OnCompleted();
            }
        }
    }
}
