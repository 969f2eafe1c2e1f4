using System.Runtime.Intrinsics;
using RepSense.Analysis.Signal;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Tests.Signal;

/// <summary>The fast kernels against the plain online filter, to the last bit: a filter bank against one filter per
/// channel, zero-phase filtering of channels in vector lanes against forward and backward passes sample by sample.</summary>
public class IirFilterKernelTests
{
    private static readonly SampleRate Rate = SampleRate.FromHertz(20);

    private static double[] Noise(int n, int seed, double offset = 0)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => offset + rng.NextDouble() * 2 - 1).ToArray();
    }

    /// <summary>Zero phase the slow way: odd-reflection padding, then the online filter from the steady state of the
    /// first value, over the padded signal, reversed, again, reversed back.</summary>
    private static double[] ZeroPhaseSampleBySample(IirDesign design, double[] x)
    {
        int n = x.Length, order = design.Sections.Sum(s => s.A2 == 0 ? 1 : 2), pad = Math.Min(n - 1, 3 * order);
        var padded = new List<double>();
        for (int i = 0; i < pad; i++) padded.Add(2 * x[0] - x[pad - i]);
        padded.AddRange(x);
        for (int i = 0; i < pad; i++) padded.Add(2 * x[n - 1] - x[n - 2 - i]);
        var filter = design.CreateFilter();
        for (int pass = 0; pass < 2; pass++)
        {
            filter.Reset(padded[0]);
            padded = padded.Select(filter.Process).Reverse().ToList();
        }
        return padded.Skip(pad).Take(n).ToArray();
    }

    public static TheoryData<int, int> ChannelsAndLengths() => new() { { 1, 300 }, { 3, 2 }, { 4, 57 }, { 6, 341 }, { 9, 12 } };

    [Theory]
    [MemberData(nameof(ChannelsAndLengths))]
    public void Zero_phase_in_vector_lanes_equals_the_online_filter_forward_and_backward(int channels, int length)
    {
        foreach (var design in new[] { Butterworth.LowPass(2, 3, Rate), Butterworth.LowPass(4, 0.3, Rate), Butterworth.HighPass(3, 0.5, Rate) })
        {
            var signals = Enumerable.Range(0, channels).Select(c => Noise(length, c, offset: 9.81 * c)).ToArray();
            var expected = signals.Select(x => ZeroPhaseSampleBySample(design, x)).ToArray();

            IirFilter.ZeroPhaseInplace(design, signals);

            for (int c = 0; c < channels; c++) Assert.Equal(expected[c], signals[c]);
            Assert.Equal(expected[0], IirFilter.ZeroPhase(design, ZeroPhaseInput(length)));
        }

        double[] ZeroPhaseInput(int n) => Noise(n, 0, 0);
    }

    [Fact]
    public void A_filter_bank_equals_one_online_filter_per_channel()
    {
        var design = Butterworth.LowPass(4, 5, SampleRate.FromHertz(100));
        var signals = Enumerable.Range(0, 8).Select(c => Noise(400, 10 + c, offset: c)).ToArray();
        var filters = signals.Select(x => { var f = design.CreateFilter(); f.Reset(x[0]); return f; }).ToArray();
        var bank = new IirFilterBank(design, 2);
        bank.Reset([Vector256.Create(signals[0][0], signals[1][0], signals[2][0], signals[3][0]),
                    Vector256.Create(signals[4][0], signals[5][0], signals[6][0], signals[7][0])]);

        for (int i = 0; i < 400; i++)
        {
            Span<Vector256<double>> frame =
            [
                Vector256.Create(signals[0][i], signals[1][i], signals[2][i], signals[3][i]),
                Vector256.Create(signals[4][i], signals[5][i], signals[6][i], signals[7][i]),
            ];
            bank.Process(frame);
            for (int c = 0; c < 8; c++) Assert.Equal(filters[c].Process(signals[c][i]), frame[c / 4][c % 4]);
        }
    }

    [Fact]
    public void Channels_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => IirFilter.ZeroPhaseInplace(Butterworth.LowPass(2, 3, Rate), new double[5], new double[6]));
    }
}
