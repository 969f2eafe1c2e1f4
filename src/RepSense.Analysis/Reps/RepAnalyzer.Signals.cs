using System.Runtime.InteropServices;
using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Reps;

// The movement channels and the projections the counter works on.
public sealed partial class RepAnalyzer
{
    /// <summary>
    /// The movement channels for history frames [from, to): acceleration low-passed at 3 Hz (gravity kept: the tilt
    /// of the wrist is part of the movement); orientation change — the rotation rate, its median over the span
    /// taken as the gyroscope's bias, integrated — low-passed likewise. Orientation rather than rotation rate, so the
    /// extremes of the movement fall at its turns and rests, not midway. No high-pass: its response to the change of
    /// posture at a set's start would look like a cycle. Filtered with up to <see cref="FilterMarginS"/> of earlier
    /// history so the zero-phase filter's start-up falls outside. <paramref name="biases"/>, one per rotation channel,
    /// keep the bias medians of a span that slides forward (a set followed hop by hop) at the cost of the frames that
    /// enter and leave it.
    /// </summary>
    private double[][] Features(long from, long to, SlidingMedian[]? biases = null)
    {
        long margin = Math.Min(from - _history.FirstIndex, (long)(FilterMarginS * AnalysisRate.Hertz));
        long a = from - margin;
        int n = (int)(to - a);
        var channels = new double[FeatureCount][];
        var moving = new List<double[]>(FeatureCount);
        for (int c = 0; c < FrameHistory.ChannelCount; c++)
        {
            var buffer = channels[c] = new double[n];
            _history.Copy(c, a, to, buffer);
            if (c >= 3)
            {
                // No gyroscope: zero rotation integrates and filters to (+0) zeros, so they are written at once.
                if (AllZero(buffer)) { buffer.AsSpan().Clear(); continue; }
                double bias = biases is null ? Stats.Median(buffer) : biases[c - 3].Median(a, buffer);
                double angle = 0;
                for (int i = 0; i < n; i++) { angle += (buffer[i] - bias) * AnalysisRate.PeriodS; buffer[i] = angle; }
            }
            moving.Add(buffer);
        }
        IirFilter.ZeroPhaseInplace(FeatureLowPass, CollectionsMarshal.AsSpan(moving));
        return channels.Select(y => y.AsSpan((int)margin).ToArray()).ToArray();
    }

    // A plain loop: the generic span search over double is not in the ReadyToRun image. NaN is not zero.
    private static bool AllZero(double[] x)
    {
        foreach (var v in x) if (v != 0) return false;
        return true;
    }

    /// <summary>|a − g| per frame, m/s²: gravity taken as the acceleration low-passed at 0.3 Hz (zero phase), so what
    /// remains is the acceleration of the movement itself.</summary>
    private static double[] Effort(double[][] features)
    {
        int n = features[0].Length;
        var e = new double[n];
        var gravity = new double[3][];
        for (int c = 0; c < 3; c++) gravity[c] = features[c].AsSpan().ToArray();
        IirFilter.ZeroPhaseInplace(GravityLowPass, gravity);
        for (int c = 0; c < 3; c++)
            for (int i = 0; i < n; i++) { double d = features[c][i] - gravity[c][i]; e[i] += d * d; }
        for (int i = 0; i < n; i++) e[i] = Math.Sqrt(e[i]);
        return e;
    }

    private const int FeatureCount = FrameHistory.ChannelCount;

    /// <summary>The counting sources this recording offers: orientation only with a gyroscope.</summary>
    private CountingSource[] Sources => _hasGyro
        ? [CountingSource.Acceleration, CountingSource.Orientation]
        : [CountingSource.Acceleration];

    /// <summary>The axes of every counting source this recording offers, one group each.</summary>
    private double[][][] Groups(double[][] features)
    {
        var sources = Sources;
        var groups = new double[sources.Length][][];
        for (int i = 0; i < groups.Length; i++) groups[i] = Axes(features, sources[i]);
        return groups;
    }

    private static double[][] Axes(double[][] features, CountingSource source) => source switch
    {
        CountingSource.Orientation => features[3..6],
        _ => features[..3],
    };

    private double[] Smooth(double[] x, double cutoffHz)
    {
        // A set smooths at one cut-off every hop: design it once.
        if (_smoothing?.CutoffHz != cutoffHz) _smoothing = (cutoffHz, Butterworth.LowPass(2, cutoffHz, Rate));
        return IirFilter.ZeroPhase(_smoothing.Value.Design, x);
    }

    private (double CutoffHz, IirDesign Design)? _smoothing;

    private static double StandardDeviation(ReadOnlySpan<double> x)
    {
        if (x.Length < 2) return 0;
        double mean = Stats.Mean(x), s = 0;
        foreach (var v in x) s += (v - mean) * (v - mean);
        return Math.Sqrt(s / x.Length);
    }

    private static double[] MovingRms(double[] energy, int window)
    {
        int n = energy.Length, h = window / 2;
        var prefix = new double[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + energy[i];
        var r = new double[n];
        for (int i = 0; i < n; i++)
        {
            int a = Math.Max(0, i - h), b = Math.Min(n, i + h + 1);
            r[i] = Math.Sqrt((prefix[b] - prefix[a]) / (b - a));
        }
        return r;
    }
}
