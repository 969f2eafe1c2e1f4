using System.Reactive.Linq;
using RepSense.Ingest.Streams;
using static RepSense.Ingest.Tests.Streams.Samples;

namespace RepSense.Ingest.Tests.Streams;

public class SummarizingTests
{
    [Fact]
    public void Summarize_Measures_count_duration_rate_outside_gaps_and_mean_magnitude()
    {
        // 10 Hz for 0.3 s, a 2 s gap, 10 Hz for 0.2 s: 5 intervals that are not gaps over 0.5 s.
        var samples = new[] { 0, 0.1, 0.2, 0.3, 2.3, 2.4, 2.5 }.Select(t => ImuSample.FromAcceleration(t, new Vec3(3, 4, 0), true));

        var summary = samples.ToObservable().Summarize(maxGapS: 0.5).All().Single();

        Assert.Equal(7, summary.SampleCount);
        Assert.Equal(2.5, summary.DurationS, 1e-12);
        Assert.Equal(10, summary.MeasuredRateHz!.Value, 1e-9);
        Assert.Equal(5, summary.MeanAccelerationMagnitudeMs2!.Value, 1e-12);
        Assert.Equal(1, summary.GapCount);
        Assert.Equal(new SampleGap(0.3, 2.3), Assert.Single(summary.Gaps));
        Assert.Equal(0, summary.SamplesWithRotationRate);
    }

    [Fact]
    public void Summarize_Empty_stream_still_gives_one_summary()
    {
        var summary = Cold().Summarize().All().Single();

        Assert.Equal(0, summary.SampleCount);
        Assert.Null(summary.MeasuredRateHz);
        Assert.Null(summary.MeanAccelerationMagnitudeMs2);
    }
}
