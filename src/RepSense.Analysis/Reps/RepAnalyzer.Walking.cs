using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Reps;

// Telling a walk from a set: both are periodic arm movement.
public sealed partial class RepAnalyzer
{
    /// <summary>
    /// The share of the acceleration magnitude's variation that lies in the step band (1.4-2.8 Hz) rather than the
    /// rep band (0.15-1.4 Hz). Walking swings the arm at the stride and jolts it at every heel strike, twice as
    /// often; lifting moves it at the rep's pace. The magnitude is used so no axis is assumed.
    /// </summary>
    private static double StepShare(double[] magnitude)
    {
        int n = magnitude.Length;
        if (n < 16) return 0;
        var steps = IirFilter.ZeroPhase(StepBand[1], IirFilter.ZeroPhase(StepBand[0], magnitude));
        var reps = IirFilter.ZeroPhase(RepBand[1], IirFilter.ZeroPhase(RepBand[0], magnitude));
        double es = 0, er = 0;
        for (int i = 0; i < n; i++) { es += steps[i] * steps[i]; er += reps[i] * reps[i]; }
        return es + er > 0 ? es / (es + er) : 0;
    }

    /// <summary>
    /// How alike the two halves of each period are in the acceleration magnitude: its correlation with itself half
    /// a period later. A walk's arm swings once per stride and its heel strikes come at every
    /// step, left and right alike, so its magnitude repeats every half period. A rep's two halves differ (the
    /// wrist is braked at the top and the bottom in opposite senses), even when a fast rep with pauses puts as much
    /// into the step band as a walk does.
    /// </summary>
    private static double StepRepeat(double[] magnitude, int lag) =>
        VectorLagCorrelation.Of([magnitude], 0, magnitude.Length, lag / 2);

    /// <summary>|a| of the acceleration channels over frames [from, to).</summary>
    private static double[] AccelerationMagnitude(double[][] features, int from, int to)
    {
        var magnitude = new double[Math.Max(0, to - from)];
        for (int i = 0; i < magnitude.Length; i++)
        {
            double x = features[0][from + i], y = features[1][from + i], z = features[2][from + i];
            magnitude[i] = Math.Sqrt(x * x + y * y + z * z);
        }
        return magnitude;
    }
}
