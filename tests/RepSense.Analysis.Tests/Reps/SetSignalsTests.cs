using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Reps;

namespace RepSense.Analysis.Tests.Reps;

public class SetSignalsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_sets_frames_are_the_conditioned_frames_of_its_span_aligned_with_its_signals(bool gyro)
    {
        var samples = SyntheticSets.Set(12, 2.5, 50, gyro: gyro, seed: 5);
        var set = Assert.Single(RepPipeline.Run(samples).OfType<SetEnded>()).Set;

        var conditioner = new SignalConditioner();
        var all = new List<Frame>();
        foreach (var s in samples) conditioner.Push(s, all.Add);
        conditioner.Complete(all.Add);

        var signals = set.Signals;
        Assert.Equal(gyro, signals.HasGyroscope);
        Assert.Equal(signals.Count, signals.Frames.Count);
        Assert.True(signals.StartS < set.StartS && signals.TimeAt(signals.Count - 1) > set.EndS);
        for (int i = 0; i < signals.Count; i++)
        {
            Assert.Equal(signals.TimeAt(i), signals.Frames[i].TimeS, 9);
            Assert.Equal(all.Single(f => Math.Abs(f.TimeS - signals.Frames[i].TimeS) < 1e-6), signals.Frames[i]);
        }
    }
}
