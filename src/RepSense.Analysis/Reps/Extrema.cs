namespace RepSense.Analysis.Reps;

/// <summary>A turning point of a smoothed movement signal.</summary>
/// <param name="Index">Position in the span it was found in.</param>
/// <param name="Value">Signal value there.</param>
/// <param name="IsMaximum">Maximum or minimum.</param>
public readonly record struct Extremum(int Index, double Value, bool IsMaximum);

/// <summary>Alternating maxima and minima with hysteresis.</summary>
public static class Extrema
{
    /// <summary>
    /// The turning points of <paramref name="x"/>: a maximum is declared once the signal has fallen
    /// <paramref name="hysteresis"/> below it, a minimum once it has risen as much, so ripples smaller than the
    /// hysteresis never split a swing. The result alternates. The last pending turning point is included (a
    /// recording that stops at the far end of a rep keeps that rep's turn). Points on the span's first or last two
    /// samples are dropped: they are where the span cut the signal, not where it turned — except the last ones when
    /// <paramref name="dataEnds"/>: there the recording itself stopped, possibly at a rep's lockout.
    /// </summary>
    public static List<Extremum> Find(ReadOnlySpan<double> x, double hysteresis, bool dataEnds = false)
    {
        var found = new List<Extremum>();
        if (x.Length < 5 || !(hysteresis > 0)) return found;
        int iMax = 0, iMin = 0, direction = 0;
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > x[iMax]) iMax = i;
            if (x[i] < x[iMin]) iMin = i;
            if (direction >= 0 && x[iMax] - x[i] > hysteresis)
            {
                found.Add(new Extremum(iMax, x[iMax], true));
                direction = -1;
                iMin = i;
            }
            else if (direction <= 0 && x[i] - x[iMin] > hysteresis)
            {
                found.Add(new Extremum(iMin, x[iMin], false));
                direction = 1;
                iMax = i;
            }
        }
        if (direction == 1) found.Add(new Extremum(iMax, x[iMax], true));
        else if (direction == -1) found.Add(new Extremum(iMin, x[iMin], false));

        var alternating = new List<Extremum>(found.Count);
        foreach (var e in found)
        {
            if (e.Index <= 1 || (!dataEnds && e.Index >= x.Length - 2)) continue;
            if (alternating.Count > 0 && alternating[^1].IsMaximum == e.IsMaximum)
            {
                var last = alternating[^1];
                if (e.IsMaximum ? e.Value > last.Value : e.Value < last.Value) alternating[^1] = e;
            }
            else alternating.Add(e);
        }
        return alternating;
    }
}
