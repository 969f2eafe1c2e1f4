namespace RepSense.Analysis.Simulation;

internal static class TimeIndex
{
    /// <summary>The index of the last item starting at or before <paramref name="ms"/> in items sorted by start
    /// (0 when <paramref name="ms"/> is before them all).</summary>
    public static int LastStartedBy<T>(IReadOnlyList<T> items, Func<T, long> startMs, long ms)
    {
        int lo = 0, hi = items.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (startMs(items[mid]) <= ms) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
