using MathNet.Numerics.Statistics;

namespace RepSense.Analysis.Signal;

/// <summary>Robust summaries on copies (the inputs are never reordered). NaN for an empty input.</summary>
public static class Stats
{
    public static double Median(ReadOnlySpan<double> x) => Quantile(x, 0.5);

    /// <summary>The <paramref name="tau"/>-quantile (R-7 definition, as numpy and Excel).</summary>
    public static double Quantile(ReadOnlySpan<double> x, double tau)
    {
        if (x.Length == 0) return double.NaN;
        var copy = x.ToArray();
        return ArrayStatistics.QuantileInplace(copy, tau);
    }

    public static double Mean(ReadOnlySpan<double> x)
    {
        if (x.Length == 0) return double.NaN;
        double s = 0;
        foreach (var v in x) s += v;
        return s / x.Length;
    }
}
