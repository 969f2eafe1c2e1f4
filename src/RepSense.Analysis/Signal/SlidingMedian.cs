namespace RepSense.Analysis.Signal;

/// <summary>
/// The median of a window over an indexed series whose two ends move forward, as <see cref="Stats.Median"/> gives
/// it to the last bit, at the cost of the values that enter and leave rather than of a selection over the whole
/// window. The window's values are kept sorted; a call whose window does not overlap the last one, or whose values
/// in the overlap differ from those seen, starts again from its own values, so a caller cannot get a stale median.
/// </summary>
/// <remarks>
/// Where an order statistic the median is made of is zero, or the window holds a NaN, the median is left to
/// <see cref="Stats.Median"/> on the caller's values: which of −0 and +0 it returns, and how a NaN is ordered, are
/// its own (in a sorted multiset the two zeros are interchangeable).
/// </remarks>
public sealed class SlidingMedian
{
    private double[] _sorted = [];
    private double[] _window = [];
    private int _count;
    private long _start, _end;
    private bool _hasNaN;

    /// <summary>The median of <paramref name="values"/>, the series' values at indexes [start, start + length).</summary>
    public double Median(long start, ReadOnlySpan<double> values)
    {
        long end = start + values.Length;
        if (!Slide(start, end, values)) Rebuild(start, values);
        if (_count == 0) return double.NaN;

        // Stats.Quantile's order statistics for the median, taken from the sorted values.
        double h = Stats.Position(_count, 0.5);
        int hf = (int)h;
        if (hf <= 0 || hf >= _count) return Stats.Median(values);
        double a = _sorted[hf - 1], b = _sorted[hf];
        if (a == 0 || b == 0 || double.IsNaN(a) || double.IsNaN(b) || _hasNaN) return Stats.Median(values);
        return Stats.Between(a, b, h);
    }

    /// <summary>Moves the kept window to [start, end) by the values that leave and enter it, if the two overlap and
    /// agree where they do.</summary>
    private bool Slide(long start, long end, ReadOnlySpan<double> values)
    {
        if (_count == 0 || _hasNaN || start < _start || end < _end || start >= _end) return false;
        int leaving = (int)(start - _start), kept = (int)(_end - start);
        if (!SameBits(values[..kept], _window.AsSpan(leaving, kept))) return false;

        for (int i = 0; i < leaving; i++) Remove(_window[i]);
        foreach (var v in values[kept..])
        {
            if (double.IsNaN(v)) return false;
            Insert(v);
        }
        Keep(start, values);
        return true;
    }

    private void Rebuild(long start, ReadOnlySpan<double> values)
    {
        _count = 0;
        _hasNaN = false;
        Keep(start, values);
        Grow(ref _sorted, values.Length);
        values.CopyTo(_sorted);
        _count = values.Length;
        foreach (var v in values) _hasNaN |= double.IsNaN(v);
        if (!_hasNaN) Stats.SortInplace(_sorted.AsSpan(0, _count));
    }

    private void Keep(long start, ReadOnlySpan<double> values)
    {
        Grow(ref _window, values.Length);
        values.CopyTo(_window);
        (_start, _end) = (start, start + values.Length);
    }

    private void Insert(double v)
    {
        Grow(ref _sorted, _count + 1);
        int at = UpperBound(v);
        Array.Copy(_sorted, at, _sorted, at + 1, _count - at);
        _sorted[at] = v;
        _count++;
    }

    private void Remove(double v)
    {
        // A value equal to v is at the bound's left (−0 and +0 are equal: either may go, see the remarks).
        int at = UpperBound(v) - 1;
        Array.Copy(_sorted, at + 1, _sorted, at, _count - at - 1);
        _count--;
    }

    // Plain loops, not the generic span helpers over double: the ReadyToRun image does not hold those (see Stats).
    private static bool SameBits(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        for (int i = 0; i < x.Length; i++)
            if (BitConverter.DoubleToInt64Bits(x[i]) != BitConverter.DoubleToInt64Bits(y[i])) return false;
        return true;
    }

    /// <summary>The first index whose value is greater than <paramref name="v"/>.</summary>
    private int UpperBound(double v)
    {
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // A window grows by a few values a step: room for a quarter more saves most of the copies.
    private static void Grow(ref double[] array, int length)
    {
        if (array.Length < length) Array.Resize(ref array, Math.Max(length + length / 4, 2 * array.Length));
    }
}
