using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using RepSense.Ingest.Reading;
using RepSense.Ingest.Streams;
using static RepSense.Ingest.Tests.Streams.Samples;

namespace RepSense.Ingest.Tests.Streams;

public class PairingTests
{
    // Accelerometer at 12.5 Hz; gyroscope at 25 Hz from 30 ms earlier whose x is 10 × (t + 0.03) + 1.
    private static readonly ImuSample[] Accelerometer = Enumerable.Range(0, 6).Select(k => Acc(k * 0.08, k)).ToArray();
    private static readonly ImuSample[] Gyroscope = Enumerable.Range(0, 13).Select(k => Gyro(k * 0.04 - 0.03, 1 + 0.4 * k)).ToArray();

    [Fact]
    public void WithRotationRate_Gyroscope_is_interpolated_onto_accelerometer_times()
    {
        var paired = Cold(Accelerometer).WithRotationRate(Cold(Gyroscope)).All();

        Assert.Equal(Accelerometer.Select(a => a.TimeS), paired.Select(p => p.TimeS));
        Assert.Equal(Accelerometer.Select(a => a.AccelerationMs2), paired.Select(p => p.AccelerationMs2));
        Assert.All(paired, p => Assert.Equal(1 + 10 * (p.TimeS + 0.03), p.RotationRateRadS.X, 1e-9));
    }

    [Fact]
    public void WithRotationRate_Agrees_with_the_pull_based_merge_that_recordings_use()
    {
        var streamed = Cold(Accelerometer).WithRotationRate(Cold(Gyroscope), maxGapS: 0.5).All();

        var merged = new List<ImuSample>();
        using var cursor = new PairedCursor(new ListCursor(Accelerometer), new ListCursor(Gyroscope),
            new SecondaryTrack(SecondaryKind.RotationRate, 0.5, 0.5));
        while (cursor.TryRead(out var sample)) merged.Add(sample);

        Assert.Equal(merged, streamed);
    }

    [Fact]
    public void WithRotationRate_Live_acceleration_waits_for_the_gyroscope_to_reach_its_time()
    {
        var scheduler = new HistoricalScheduler();
        var accelerometer = new Subject<ImuSample>();
        var gyroscope = new Subject<ImuSample>();
        var output = new List<ImuSample>();
        using var subscription = accelerometer.WithRotationRate(gyroscope).Subscribe(output.Add);
        // The gyroscope's samples arrive 50 ms late.
        scheduler.Schedule(TimeSpan.FromMilliseconds(0), () => accelerometer.OnNext(Acc(0.00, 0)));
        scheduler.Schedule(TimeSpan.FromMilliseconds(10), () => accelerometer.OnNext(Acc(0.01, 1)));
        scheduler.Schedule(TimeSpan.FromMilliseconds(50), () => gyroscope.OnNext(Gyro(0.000, 0)));
        scheduler.Schedule(TimeSpan.FromMilliseconds(55), () => gyroscope.OnNext(Gyro(0.005, 5)));
        scheduler.Schedule(TimeSpan.FromMilliseconds(60), () => gyroscope.OnNext(Gyro(0.010, 10)));

        scheduler.AdvanceBy(TimeSpan.FromMilliseconds(40));
        Assert.Empty(output);
        scheduler.AdvanceBy(TimeSpan.FromMilliseconds(12));
        Assert.Equal([0.0], output.Select(s => s.RotationRateRadS.X));
        scheduler.AdvanceBy(TimeSpan.FromMilliseconds(10));
        Assert.Equal([0.0, 10.0], output.Select(s => s.RotationRateRadS.X));
    }

    [Fact]
    public void WithRotationRate_Completes_once_the_waiting_acceleration_is_resolved()
    {
        var gyroscope = new Subject<ImuSample>();
        var output = new List<ImuSample>();
        bool completed = false;
        using var subscription = Cold(Acc(0, 0), Acc(0.1, 1)).WithRotationRate(gyroscope).Subscribe(output.Add, () => completed = true);

        Assert.False(completed);
        gyroscope.OnNext(Gyro(0.05, 5));
        gyroscope.OnCompleted();

        Assert.True(completed);
        // Both acceleration samples lie within the hold limit of the gyroscope's only sample.
        Assert.Equal([5.0, 5.0], output.Select(s => s.RotationRateRadS.X));
    }

    [Fact]
    public void WithRotationRate_No_rotation_rate_across_a_gyroscope_gap_or_far_outside_it()
    {
        var paired = Cold(Acc(0, 0), Acc(1.0, 0), Acc(2.5, 0), Acc(4.0, 0))
            .WithRotationRate(Cold(Gyro(0.9, 1), Gyro(1.1, 1), Gyro(2.9, 1), Gyro(3.0, 1)), maxGapS: 0.5)
            .All();

        // 0 s is 0.9 s before the gyroscope starts, 2.5 s lies in its 1.8 s gap, 4.0 s is 1 s after it ends.
        Assert.Equal([false, true, false, false], paired.Select(p => p.HasRotationRate));
    }

    [Fact]
    public void WithRotationRate_Error_of_either_stream_ends_the_pairing()
    {
        var failure = new RepSenseException("gyroscope file broken");
        var error = Assert.Throws<RepSenseException>(() =>
            Cold(Accelerometer).WithRotationRate(Observable.Throw<ImuSample>(failure)).All());
        Assert.Same(failure, error);
    }

    private sealed class ListCursor(IEnumerable<ImuSample> samples) : ISampleCursor
    {
        private readonly IEnumerator<ImuSample> _enumerator = samples.GetEnumerator();

        public bool TryRead(out ImuSample sample)
        {
            bool more = _enumerator.MoveNext();
            sample = more ? _enumerator.Current : default;
            return more;
        }

        public void Dispose() => _enumerator.Dispose();
    }
}
