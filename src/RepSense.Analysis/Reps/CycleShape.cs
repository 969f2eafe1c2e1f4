using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Reps;

/// <summary>
/// The shape of one rep for comparison with the set's template: the multi-axis band-passed signal from the rest point
/// before the turn to the rest point after it, each half resampled to a fixed length so that a slower rep (fatigue)
/// still lines up with a faster one. Correlation of two shapes ignores amplitude, so a partial rep matches.
/// </summary>
internal static class CycleShape
{
    public const int Points = 24;

    public static double[] Extract(double[][] channels, double[] scale, int from, int turn, int to)
    {
        var w = new double[channels.Length * Points];
        int n = channels[0].Length, half = Points / 2;
        for (int c = 0; c < channels.Length; c++)
        {
            double mean = 0;
            for (int j = 0; j < Points; j++)
            {
                double pos = j < half ? from + (turn - from) * (j / (double)half) : turn + (to - turn) * ((j - half) / (double)half);
                int i = Math.Clamp((int)Math.Round(pos), 0, n - 1);
                w[c * Points + j] = channels[c][i] / scale[c];
                mean += w[c * Points + j];
            }
            // Each axis about its own mean: the posture (gravity's share per axis) is not part of the shape.
            mean /= Points;
            for (int j = 0; j < Points; j++) w[c * Points + j] -= mean;
        }
        return w;
    }

    public static double[] Median(IReadOnlyList<double[]> shapes)
    {
        var t = new double[shapes[0].Length];
        var column = new double[shapes.Count];
        for (int k = 0; k < t.Length; k++)
        {
            for (int s = 0; s < shapes.Count; s++) column[s] = shapes[s][k];
            t[k] = Stats.Median(column);
        }
        return t;
    }

    /// <summary>The correlation of the first halves of two shapes, the way from rest to the turn: all there is of a
    /// cycle that the end of the data cuts off.</summary>
    public static double OutwardCorrelation(double[] x, double[] y)
    {
        int half = Points / 2, channels = x.Length / Points;
        var a = new double[channels * half];
        var b = new double[channels * half];
        for (int c = 0; c < channels; c++)
        {
            Array.Copy(x, c * Points, a, c * half, half);
            Array.Copy(y, c * Points, b, c * half, half);
        }
        return Correlation(a, b);
    }

    public static double Correlation(double[] x, double[] y)
    {
        double mx = 0, my = 0;
        for (int i = 0; i < x.Length; i++) { mx += x[i]; my += y[i]; }
        mx /= x.Length; my /= y.Length;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++) { double a = x[i] - mx, b = y[i] - my; sxy += a * b; sxx += a * a; syy += b * b; }
        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;
    }
}
