using System.Runtime.Intrinsics;

namespace RepSense.Analysis.Signal;

/// <summary>
/// How well a multi-axis signal repeats after a lag: the correlation of x[a, b − lag) with x[a + lag, b), each part
/// centred on its own mean, with the products summed over the axes (so no axis is assumed). −1 when fewer than two
/// samples overlap or a part is flat.
/// </summary>
internal static class VectorLagCorrelation
{
    private const int Lanes = 4;

    /// <summary>The correlation at one lag.</summary>
    public static double Of(double[][] axes, int a, int b, int lag)
    {
        int m = b - a - lag;
        if (m < 2) return -1;
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var x in axes)
        {
            double ma = 0, mb = 0;
            for (int i = a; i < a + m; i++) { ma += x[i]; mb += x[i + lag]; }
            ma /= m; mb /= m;
            for (int i = a; i < a + m; i++) { double u = x[i] - ma, v = x[i + lag] - mb; sxy += u * v; sxx += u * u; syy += v * v; }
        }
        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : -1;
    }

    /// <summary>
    /// The correlations at lags <paramref name="firstLag"/>, <paramref name="firstLag"/> + 1, … into
    /// <paramref name="result"/>, each equal to <see cref="Of"/> at its lag to the last bit.
    /// </summary>
    /// <remarks>Four consecutive lags run in the lanes of a vector: the lagged samples of the four are adjacent in
    /// memory, and each lane adds the same terms in the same order as <see cref="Of"/> (the lanes share the common
    /// range; the longer ones finish their few extra terms one by one).</remarks>
    public static void OfLags(double[][] axes, int a, int b, int firstLag, Span<double> result)
    {
        int k = 0;
        for (; k + Lanes <= result.Length && b - a - (firstLag + k + Lanes - 1) >= 2; k += Lanes)
            OfFourLags(axes, a, b, firstLag + k, result.Slice(k, Lanes));
        for (; k < result.Length; k++) result[k] = Of(axes, a, b, firstLag + k);
    }

    private static void OfFourLags(double[][] axes, int a, int b, int lag, Span<double> result)
    {
        // Lane j is lag + j, over m − j samples; all lanes share the first m − 3.
        int m = b - a - lag, common = m - (Lanes - 1);
        Span<double> ma = stackalloc double[Lanes], mb = stackalloc double[Lanes];
        Span<double> sxy = stackalloc double[Lanes], sxx = stackalloc double[Lanes], syy = stackalloc double[Lanes];
        foreach (var x in axes)
        {
            var sumA = Vector256<double>.Zero;
            var sumB = Vector256<double>.Zero;
            for (int i = a; i < a + common; i++)
            {
                sumA += Vector256.Create(x[i]);
                sumB += Vector256.Create<double>(x.AsSpan(i + lag, Lanes));
            }
            Store(sumA, ma);
            Store(sumB, mb);
            for (int j = 0; j < Lanes; j++)
            {
                for (int i = a + common; i < a + m - j; i++) { ma[j] += x[i]; mb[j] += x[i + lag + j]; }
                ma[j] /= m - j;
                mb[j] /= m - j;
            }

            var meanA = Vector256.Create<double>(ma);
            var meanB = Vector256.Create<double>(mb);
            var sumXy = Vector256.Create<double>(sxy);
            var sumXx = Vector256.Create<double>(sxx);
            var sumYy = Vector256.Create<double>(syy);
            for (int i = a; i < a + common; i++)
            {
                var u = Vector256.Create(x[i]) - meanA;
                var v = Vector256.Create<double>(x.AsSpan(i + lag, Lanes)) - meanB;
                sumXy += u * v;
                sumXx += u * u;
                sumYy += v * v;
            }
            Store(sumXy, sxy);
            Store(sumXx, sxx);
            Store(sumYy, syy);
            for (int j = 0; j < Lanes; j++)
                for (int i = a + common; i < a + m - j; i++)
                {
                    double u = x[i] - ma[j], v = x[i + lag + j] - mb[j];
                    sxy[j] += u * v;
                    sxx[j] += u * u;
                    syy[j] += v * v;
                }
        }
        for (int j = 0; j < Lanes; j++)
            result[j] = sxx[j] > 0 && syy[j] > 0 ? sxy[j] / Math.Sqrt(sxx[j] * syy[j]) : -1;
    }

    /// <summary>The lanes of <paramref name="v"/> into <paramref name="lanes"/>. (Not <c>Vector256.CopyTo</c>: a method
    /// calling it is left out of the ReadyToRun image, and a fresh process would run it unoptimised.)</summary>
    private static void Store(Vector256<double> v, Span<double> lanes)
    {
        for (int j = 0; j < Lanes; j++) lanes[j] = v.GetElement(j);
    }
}
