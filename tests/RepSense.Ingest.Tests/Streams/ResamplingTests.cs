using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Reactive.Concurrency;
using RepSense.Ingest.Streams;
using RepSense.Ingest.Units;
using static RepSense.Ingest.Tests.Streams.Samples;

namespace RepSense.Ingest.Tests.Streams;

public class ResamplingTests
{
    private static readonly SampleRate Hz100 = SampleRate.FromHertz(100);

    [Fact]
    public void Resample_Jittered_input_lands_on_the_uniform_grid_by_linear_interpolation()
    {
        // x = 100 t, so linear interpolation must give exactly 100 t at every grid time.
        var output = Cold(Acc(0, 0), Acc(0.012, 1.2), Acc(0.019, 1.9), Acc(0.031, 3.1), Acc(0.0395, 3.95)).Resample(Hz100).All();

        Assert.Equal([0, 0.01, 0.02, 0.03], output.Select(s => s.TimeS));
        Assert.All(output, s => Assert.Equal(100 * s.TimeS, s.AccelerationMs2.X, 1e-9));
    }

    [Fact]
    public void Resample_Gap_is_reported_not_interpolated_and_the_grid_resumes_after_it()
    {
        var gaps = new List<SampleGap>();
        var output = Cold(Acc(0, 0), Acc(0.01, 1), Acc(0.02, 2), Acc(1.005, 3), Acc(1.015, 4), Acc(1.025, 5))
            .Resample(Hz100, maxGapS: 0.5, onGap: gaps.Add).All();

        Assert.Equal([0, 0.01, 0.02, 1.01, 1.02], output.Select(s => Math.Round(s.TimeS, 12)));
        Assert.Equal([3.5, 4.5], output.Skip(3).Select(s => Math.Round(s.AccelerationMs2.X, 9)));
        Assert.Equal(new SampleGap(0.02, 1.005), Assert.Single(gaps));
    }

    [Fact]
    public void Resample_Rotation_rate_is_interpolated_when_both_neighbours_have_it()
    {
        var output = Cold(Gyro(0, 0), Gyro(0.02, 2)).Resample(Hz100).All();

        Assert.Equal([0, 1, 2], output.Select(s => s.RotationRateRadS.X));
        Assert.All(output, s => Assert.True(s.HasRotationRate));
    }

    [Fact]
    public void Resample_Completion_adds_nothing_after_the_last_input()
    {
        var output = Cold(Acc(0, 0), Acc(0.015, 1)).Resample(Hz100).All();
        Assert.Equal([0, 0.01], output.Select(s => s.TimeS));
    }

    [Fact]
    public void Resample_Emits_each_grid_sample_as_soon_as_the_input_after_it_arrives()
    {
        var scheduler = new HistoricalScheduler();
        var input = new Subject<ImuSample>();
        var output = new List<ImuSample>();
        using var subscription = input.Resample(Hz100).Subscribe(output.Add);
        scheduler.Schedule(TimeSpan.FromMilliseconds(0), () => input.OnNext(Acc(0, 0)));
        scheduler.Schedule(TimeSpan.FromMilliseconds(25), () => input.OnNext(Acc(0.025, 2.5)));
        scheduler.Schedule(TimeSpan.FromMilliseconds(50), () => input.OnNext(Acc(0.05, 5)));

        scheduler.AdvanceBy(TimeSpan.FromMilliseconds(10));
        Assert.Equal([0], output.Select(s => s.TimeS));
        scheduler.AdvanceBy(TimeSpan.FromMilliseconds(20));
        Assert.Equal([0, 0.01, 0.02], output.Select(s => s.TimeS));
        scheduler.AdvanceBy(TimeSpan.FromMilliseconds(30));
        Assert.Equal(6, output.Count);
    }

    [Fact]
    public void Resample_Exception_from_the_gap_callback_ends_the_stream_with_it()
    {
        var failure = new InvalidOperationException("gap handler failed");
        var error = Assert.Throws<InvalidOperationException>(() =>
            Cold(Acc(0, 0), Acc(2, 1), Acc(2.01, 1)).Resample(Hz100, onGap: _ => throw failure).All());
        Assert.Same(failure, error);
    }

    [Fact]
    public void Resample_Gap_threshold_shorter_than_the_period_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cold().Resample(Hz100, maxGapS: 0.005));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cold().Resample(default));
    }
}
