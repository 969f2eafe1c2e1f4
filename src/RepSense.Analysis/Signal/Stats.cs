using System.Buffers;
using MathNet.Numerics.Statistics;

namespace RepSense.Analysis.Signal;

/// <summary>Robust summaries on copies (the inputs are never reordered). NaN for an empty input.</summary>
public static class Stats
{
    public static double Median(ReadOnlySpan<double> x) => Quantile(x, 0.5);

    /// <summary>
    /// The <paramref name="tau"/>-quantile by MathNet's <c>ArrayStatistics.QuantileInplace</c> definition (R-8, the
    /// approximately median-unbiased one; for the median it is the middle value, or the mean of the two middle
    /// ones). NaN for an empty input or a <paramref name="tau"/> outside [0, 1].
    /// </summary>
    /// <remarks>
    /// The order statistics are found by one quickselect on a pooled copy rather than MathNet's two selects on a new
    /// array, then combined by MathNet's own formula, so the result is MathNet's to the last bit. The cases where the
    /// selection itself could differ are left to MathNet: NaN values (unordered) and zero order statistics (which of
    /// −0 and +0 a selection returns depends on its order of swaps), as are the extreme quantiles.
    /// </remarks>
    public static double Quantile(ReadOnlySpan<double> x, double tau)
    {
        int n = x.Length;
        if (n == 0 || !(tau >= 0 && tau <= 1)) return double.NaN;
        double h = Position(n, tau);
        int hf = (int)h;
        if (hf <= 0 || tau == 0d || hf >= n || tau == 1d) return MathNetQuantile(x, tau);

        var rented = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var copy = rented.AsSpan(0, n);
            x.CopyTo(copy);
            if (HasNaN(copy)) return MathNetQuantile(x, tau);
            double a = SelectInplace(copy, hf - 1);
            double b = Min(copy[hf..]);
            if (a == 0 || b == 0) return MathNetQuantile(x, tau);
            return Between(a, b, h);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>R-8's 1-based position of the <paramref name="tau"/>-quantile among <paramref name="n"/> sorted
    /// values: it lies between the order statistics ⌊h⌋ and ⌊h⌋ + 1.</summary>
    internal static double Position(int n, double tau) => (n + 1d / 3d) * tau + 1d / 3d;

    /// <summary>The quantile at <paramref name="h"/> (<see cref="Position"/>) from the two order statistics around
    /// it, <paramref name="a"/> ≤ <paramref name="b"/>, as MathNet combines them.</summary>
    internal static double Between(double a, double b, double h) => a + (h - (int)h) * (b - a);

    public static double Mean(ReadOnlySpan<double> x)
    {
        if (x.Length == 0) return double.NaN;
        double s = 0;
        foreach (var v in x) s += v;
        return s / x.Length;
    }

    private static double MathNetQuantile(ReadOnlySpan<double> x, double tau) => ArrayStatistics.QuantileInplace(x.ToArray(), tau);

    private static bool HasNaN(ReadOnlySpan<double> x)
    {
        foreach (var v in x) if (double.IsNaN(v)) return true;
        return false;
    }

    private static double Min(ReadOnlySpan<double> x)
    {
        double min = x[0];
        for (int i = 1; i < x.Length; i++) if (x[i] < min) min = x[i];
        return min;
    }

    /// <summary>Sorts <paramref name="a"/> ascending (no NaN; −0 and +0 in either order): quicksort by
    /// <see cref="Partition"/>, short ranges by insertion. Written out rather than <c>Array.Sort&lt;double&gt;</c>,
    /// whose generic helpers the ReadyToRun image does not hold, so every process would compile them.</summary>
    internal static void SortInplace(Span<double> a)
    {
        while (a.Length > 16)
        {
            Partition(a, out int i, out int j);
            // The smaller part by recursion, the larger by the loop: the stack stays logarithmic.
            if (j + 1 < a.Length - i)
            {
                SortInplace(a[..(j + 1)]);
                a = a[i..];
            }
            else
            {
                SortInplace(a[i..]);
                a = a[..(j + 1)];
            }
        }
        for (int k = 1; k < a.Length; k++)
        {
            double v = a[k];
            int m = k - 1;
            while (m >= 0 && a[m] > v) { a[m + 1] = a[m]; m--; }
            a[m + 1] = v;
        }
    }

    /// <summary>The <paramref name="k"/>-th smallest value (0-based), what sorting <paramref name="a"/> would put at
    /// index k: moved there, with every value after it no smaller (Hoare quickselect by <see cref="Partition"/>).
    /// No NaN; of −0 and +0, either may be returned.</summary>
    internal static double SelectInplace(Span<double> a, int k)
    {
        var part = a;
        int offset = 0;
        while (part.Length > 1)
        {
            Partition(part, out int i, out int j);
            if (k - offset <= j) part = part[..(j + 1)];
            else if (k - offset >= i) { part = part[i..]; offset += i; }
            else break; // between the two parts every value equals the pivot
        }
        return a[k];
    }

    /// <summary>One Hoare partition of <paramref name="a"/> (at least two values) around a median-of-three pivot:
    /// afterwards no value in [0, <paramref name="j"/>] is greater than the pivot, none in [<paramref name="i"/>,
    /// end) smaller, and every one between them equals it.</summary>
    private static void Partition(Span<double> a, out int i, out int j)
    {
        int hi = a.Length - 1, mid = hi / 2;
        if (a[mid] < a[0]) (a[0], a[mid]) = (a[mid], a[0]);
        if (a[hi] < a[0]) (a[0], a[hi]) = (a[hi], a[0]);
        if (a[hi] < a[mid]) (a[mid], a[hi]) = (a[hi], a[mid]);
        double pivot = a[mid];
        i = 0;
        j = hi;
        while (i <= j)
        {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j)
            {
                (a[i], a[j]) = (a[j], a[i]);
                i++;
                j--;
            }
        }
    }
}
