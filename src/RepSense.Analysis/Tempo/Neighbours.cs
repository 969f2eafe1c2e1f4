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
        var neighbours = Enumerable.Range(0, values.Length).Where(j => j != k)
            .OrderBy(j => Math.Abs(j - k)).ThenBy(j => j).Take(Count).Select(j => values[j]).ToArray();
        if (neighbours.Length == 0) return 1;
        double reference = Stats.Median(neighbours);
        return reference > 0 ? values[k] / reference : 1;
    }
}
