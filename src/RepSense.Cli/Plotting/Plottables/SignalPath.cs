namespace RepSense.Cli.Plotting.Plottables;

/// <summary>
/// The path of an evenly sampled signal. Up to two samples per pixel column are drawn as they are. Denser data is
/// decimated as ScottPlot's Signal does: each pixel column becomes its minimum and maximum, in the order they occur,
/// so peaks survive and the path stays at most two points per column however long the signal is (60,000 samples
/// in a 900-pixel plot give about 1,800 points).
/// </summary>
/// <remarks>
/// NaN (and infinite) samples leave a gap. When decimating, a gap is drawn between two columns if the last sample
/// of the first or the first sample of the second is NaN, or a whole column is NaN; a gap narrower than a column
/// that lies inside it cannot be seen and is not drawn.
/// </remarks>
internal static class SignalPath
{
    public static string Build(SignalSource data, RenderPack rp)
    {
        int n = data.Length;
        if (n == 0) return "";
        double firstVisible = (rp.Limits.Left - data.XOffset) / data.Period;
        double lastVisible = (rp.Limits.Right - data.XOffset) / data.Period;
        if (lastVisible < -1 || firstVisible > n) return "";

        // One sample beyond each edge, so the line runs out through the clip instead of stopping short of it.
        int i0 = (int)Math.Clamp(Math.Floor(firstVisible) - 1, 0, n - 1);
        int i1 = (int)Math.Clamp(Math.Ceiling(lastVisible) + 1, 0, n - 1);
        var path = new SvgPathBuilder();
        if (i1 - i0 + 1 <= 2 * rp.DataRect.Width)
            AddEverySample(data, rp, i0, i1, path);
        else
            AddColumnExtremes(data, rp, i0, i1, path);
        return path.Build();
    }

    private static void AddEverySample(SignalSource data, RenderPack rp, int i0, int i1, SvgPathBuilder path)
    {
        for (int i = i0; i <= i1; i++)
        {
            double y = data.Ys[i];
            if (double.IsFinite(y)) path.LineTo(rp.GetPixelX(data.GetX(i)), rp.GetPixelY(y));
            else path.Break();
        }
    }

    private static void AddColumnExtremes(SignalSource data, RenderPack rp, int i0, int i1, SvgPathBuilder path)
    {
        var column = new Column();
        for (int i = i0; i <= i1; i++)
        {
            int col = (int)Math.Floor(rp.GetPixelX(data.GetX(i)));
            if (column.Count > 0 && col != column.Index)
            {
                column.Flush(path, rp);
                column = new Column();
            }
            column.Add(col, i, data.Ys[i]);
        }
        if (column.Count > 0) column.Flush(path, rp);
    }

    private struct Column
    {
        public int Index;
        public int Count;
        private bool _hasFinite, _firstIsGap, _lastIsGap;
        private double _min, _max;
        private int _minAt, _maxAt;

        public void Add(int index, int sample, double y)
        {
            Index = index;
            bool gap = !double.IsFinite(y);
            if (Count == 0) _firstIsGap = gap;
            _lastIsGap = gap;
            Count++;
            if (gap) return;
            if (!_hasFinite || y < _min) (_min, _minAt) = (y, sample);
            if (!_hasFinite || y > _max) (_max, _maxAt) = (y, sample);
            _hasFinite = true;
        }

        public readonly void Flush(SvgPathBuilder path, RenderPack rp)
        {
            if (!_hasFinite)
            {
                path.Break();
                return;
            }
            if (_firstIsGap) path.Break();
            double x = Index + 0.5;
            var (first, second) = _minAt <= _maxAt ? (_min, _max) : (_max, _min);
            path.LineTo(x, rp.GetPixelY(first));
            path.LineTo(x, rp.GetPixelY(second));
            if (_lastIsGap) path.Break();
        }
    }
}
