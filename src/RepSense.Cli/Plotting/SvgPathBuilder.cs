using System.Text;

namespace RepSense.Cli.Plotting;

/// <summary>
/// Builds a path's <c>d</c> attribute from pixel points, starting a new subpath after each <see cref="Break"/>
/// (a NaN gap). A subpath of one point gets a zero-length segment, so with round caps it still shows as a dot
/// instead of vanishing. Repeated identical points are written once.
/// </summary>
internal sealed class SvgPathBuilder
{
    private readonly StringBuilder _d = new();
    private int _pointsInSubpath;
    private string _lastPoint = "";

    public int SubpathCount { get; private set; }

    public void LineTo(double x, double y)
    {
        string point = SvgWriter.Num(x) + "," + SvgWriter.Num(y);
        if (_pointsInSubpath > 0 && point == _lastPoint) return;
        if (_pointsInSubpath == 0) SubpathCount++;
        _d.Append(_pointsInSubpath == 0 ? 'M' : 'L').Append(point);
        _lastPoint = point;
        _pointsInSubpath++;
    }

    /// <summary>Ends the current subpath: the next point starts a new one, leaving a gap.</summary>
    public void Break()
    {
        EndSubpath();
        _pointsInSubpath = 0;
    }

    public string Build()
    {
        EndSubpath();
        _pointsInSubpath = 0;
        return _d.ToString();
    }

    private void EndSubpath()
    {
        if (_pointsInSubpath == 1) _d.Append("h0");
    }
}
