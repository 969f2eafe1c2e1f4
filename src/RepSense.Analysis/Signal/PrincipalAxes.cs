using MathNet.Numerics.LinearAlgebra;

namespace RepSense.Analysis.Signal;

/// <summary>Principal axes of a multi-axis signal: the directions of largest variance, so a rep is found along
/// whatever axis the sensor happened to be worn in.</summary>
public static class PrincipalAxes
{
    /// <summary>
    /// The <paramref name="count"/> unit directions of largest variance of <paramref name="axes"/> over samples
    /// [from, to), largest first (covariance about the range's mean). A direction's sign is arbitrary.
    /// </summary>
    public static List<double[]> Top(double[][] axes, int from, int to, int count)
    {
        int d = axes.Length;
        var mean = new double[d];
        for (int a = 0; a < d; a++) { for (int i = from; i < to; i++) mean[a] += axes[a][i]; mean[a] /= Math.Max(1, to - from); }
        var scatter = Matrix<double>.Build.Dense(d, d);
        for (int a = 0; a < d; a++)
            for (int b = a; b < d; b++)
            {
                double s = 0;
                var xa = axes[a]; var xb = axes[b];
                for (int i = from; i < to; i++) s += (xa[i] - mean[a]) * (xb[i] - mean[b]);
                scatter[a, b] = scatter[b, a] = s;
            }
        var evd = scatter.Evd(Symmetricity.Symmetric);
        var eigenvalues = new double[d];
        for (int a = 0; a < d; a++) eigenvalues[a] = evd.EigenValues[a].Real;
        // The axes by eigenvalue, largest first, equal ones in axis order: an insertion sort (there are a few axes).
        var order = new int[d];
        for (int a = 0; a < d; a++)
        {
            int j = a;
            for (; j > 0 && eigenvalues[a].CompareTo(eigenvalues[order[j - 1]]) > 0; j--) order[j] = order[j - 1];
            order[j] = a;
        }
        var top = new List<double[]>(count);
        for (int k = 0; k < Math.Min(count, d); k++) top.Add(evd.EigenVectors.Column(order[k]).ToArray());
        return top;
    }

    /// <summary>The signal along <paramref name="direction"/>: each sample of <paramref name="axes"/> dotted with it.</summary>
    public static double[] Project(double[][] axes, double[] direction)
    {
        int n = axes[0].Length;
        var p = new double[n];
        for (int c = 0; c < axes.Length; c++)
        {
            double w = direction[c];
            var x = axes[c];
            for (int i = 0; i < n; i++) p[i] += w * x[i];
        }
        return p;
    }
}
