using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Tempo;

/// <summary>Comparing a rep with the reps around it: a set that slows down (or speeds up) changes its pace gradually,
/// so the reps on either side, not the whole set, tell what this rep should have looked like.</summary>
internal static class Neighbours
{
    /// <summary>How many reps around a rep (the nearest, either side) make its reference.</summary>
    public const int Count = 4;

    /// <summary><paramref name="values"/>[k] over the median of the (up to) <see cref="Count"/> reps nearest to rep
    /// k; 1 when there is nothing to compare with or the reference is 0.</summary>
    public static double Ratio(double[] values, int k)
    {
        // Nearest first, the earlier of two at the same distance first.
        Span<double> neighbours = stackalloc double[Count];
        int found = 0;
        for (int d = 1; found < Count && (k - d >= 0 || k + d < values.Length); d++)
        {
            if (k - d >= 0) neighbours[found++] = values[k - d];
            if (found < Count && k + d < values.Length) neighbours[found++] = values[k + d];
        }
        if (found == 0) return 1;
        double reference = Stats.Median(neighbours[..found]);
        return reference > 0 ? values[k] / reference : 1;
    }
}
