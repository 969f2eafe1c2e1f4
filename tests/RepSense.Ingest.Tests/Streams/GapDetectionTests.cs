using System.Reactive.Linq;
using RepSense.Ingest.Streams;
using static RepSense.Ingest.Tests.Streams.Samples;

namespace RepSense.Ingest.Tests.Streams;

public class GapDetectionTests
{
    [Fact]
    public void DetectGaps_Reports_each_stretch_longer_than_the_threshold()
    {
        var gaps = Cold(Acc(0, 0), Acc(0.01, 0), Acc(0.6, 0), Acc(0.61, 0), Acc(0.9, 0), Acc(3.0, 0)).DetectGaps(0.5).All();
        Assert.Equal([new SampleGap(0.01, 0.6), new SampleGap(0.9, 3.0)], gaps);
        Assert.Equal(2.1, gaps[1].DurationS, 1e-12);
    }

    [Fact]
    public void DetectGaps_A_step_equal_to_the_threshold_is_not_a_gap()
    {
        Assert.Empty(Cold(Acc(0, 0), Acc(0.5, 0), Acc(1.0, 0)).DetectGaps(0.5).All());
    }

    [Fact]
    public void DetectGaps_Error_of_the_source_passes_through()
    {
        var failure = new RepSenseException("broken");
        var source = Cold(Acc(0, 0)).Concat(Observable.Throw<ImuSample>(failure));
        Assert.Same(failure, Assert.Throws<RepSenseException>(() => source.DetectGaps().All()));
    }
}
