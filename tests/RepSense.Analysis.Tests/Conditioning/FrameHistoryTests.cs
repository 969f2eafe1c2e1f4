using RepSense.Analysis.Conditioning;

namespace RepSense.Analysis.Tests.Conditioning;

public class FrameHistoryTests
{
    private static Frame FrameAt(long index) =>
        new(FrameHistory.TimeOf(index), index, -index, 0.5 * index, index + 1000, index * index, 7);

    [Fact]
    public void A_copy_gives_each_channel_in_index_order_wherever_the_ring_wraps()
    {
        var history = new FrameHistory(16);
        for (long i = 100; i < 100 + 3 * history.Capacity + 5; i++) history.Add(FrameAt(i));
        Assert.Equal(history.Capacity, (int)(history.EndIndex - history.FirstIndex));

        for (long from = history.FirstIndex; from <= history.EndIndex; from++)
            for (long to = from; to <= history.EndIndex; to++)
            {
                var destination = new double[to - from];
                for (int channel = 0; channel < FrameHistory.ChannelCount; channel++)
                {
                    history.Copy(channel, from, to, destination);
                    for (long i = from; i < to; i++)
                    {
                        var f = FrameAt(i);
                        double[] expected = [f.AxMs2, f.AyMs2, f.AzMs2, f.GxRadS, f.GyRadS, f.GzRadS];
                        Assert.Equal(expected[channel], destination[i - from]);
                    }
                }
            }
    }

    [Fact]
    public void Frames_no_longer_held_cannot_be_copied()
    {
        var history = new FrameHistory(8);
        for (long i = 0; i < 20; i++) history.Add(FrameAt(i));
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Copy(0, history.FirstIndex - 1, history.EndIndex, new double[9]));
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Copy(0, history.FirstIndex, history.EndIndex + 1, new double[9]));
    }
}
