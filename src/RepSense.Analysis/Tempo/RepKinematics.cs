using RepSense.Analysis.Conditioning;
using RepSense.Ingest;

namespace RepSense.Analysis.Tempo;

/// <summary>What a rep's halves did, measured between its still points (<see cref="PhaseSegmenter.Marks"/>): how far
/// the wrist turned and tilted, how hard a half started, and whether the hand rose or sank in it.</summary>
internal static class RepKinematics
{
    /// <summary>
    /// How far the rep went, in two measures that do not depend on how fast it went: the rotation of the wrist
    /// (rad, the rotation rate summed over each half; 0 without a gyroscope) and the change of the force it feels
    /// from rest to turn (m/s²: gravity seen from the tilted wrist). Each is the mean of the two halves, which cover
    /// the same range.
    /// </summary>
    public static (double RotationRad, double TiltMs2) Excursion(TempoSignal signal, PhaseSegmenter.Marks m)
    {
        double rotation = (Rotation(signal, m.RestBefore, m.Turn) + Rotation(signal, m.Turn, m.RestAfter)) / 2;
        var f = signal.ForceMs2;
        double tilt = ((f[m.Turn] - f[m.RestBefore]).Length + (f[m.Turn] - f[m.RestAfter]).Length) / 2;
        return (rotation, tilt);
    }

    private static double Rotation(TempoSignal signal, int from, int to)
    {
        var sum = Vec3.Zero;
        for (int i = from; i < to; i++) sum += signal.RotationRadS[i];
        return sum.Length * AnalysisRate.PeriodS;
    }

    /// <summary>How hard a half started: the largest departure of the force from the still point
    /// <paramref name="still"/> (m/s²) in the first <paramref name="share"/> of the half from
    /// <paramref name="start"/> to <paramref name="end"/> (fractional frames). A controlled half starts gently; a
    /// swing or a jerk starts at full force.</summary>
    public static double StartingForce(TempoSignal signal, int still, double start, double end, double share)
    {
        int a = (int)Math.Floor(start), b = (int)Math.Ceiling(start + share * (end - start));
        a = Math.Clamp(a, 0, signal.Count - 1);
        b = Math.Clamp(b, a, signal.Count - 1);
        var f0 = signal.ForceMs2[still];
        double largest = 0;
        for (int i = a; i <= b; i++) largest = Math.Max(largest, (signal.ForceMs2[i] - f0).Length);
        return largest;
    }

    /// <summary>The largest rate of change of the force, m/s³, over fractional frames [<paramref name="from"/>,
    /// <paramref name="to"/>]: how sharply the wrist's acceleration changed. A controlled movement builds and sheds
    /// its acceleration gradually; a thrown start has it at once, a caught end stops it at once.</summary>
    public static double PeakJerk(TempoSignal signal, double from, double to) => Peak(signal.ForceMs2, signal, from, to);

    /// <summary>The largest angular acceleration, rad/s², over fractional frames [<paramref name="from"/>,
    /// <paramref name="to"/>] (0 without a gyroscope): the same for the wrist's turning, where a swing of the body
    /// about a fixed grip shows more than in the force.</summary>
    public static double PeakAngularAcceleration(TempoSignal signal, double from, double to) =>
        Peak(signal.RotationRadS, signal, from, to);

    private static double Peak(Vec3[] x, TempoSignal signal, double from, double to)
    {
        int a = Math.Clamp((int)Math.Floor(from), 1, Math.Max(1, signal.Count - 2));
        int b = Math.Clamp((int)Math.Ceiling(to), a, Math.Max(a, signal.Count - 2));
        double largest = 0;
        for (int i = a; i <= b && i + 1 < signal.Count; i++)
            largest = Math.Max(largest, (x[i + 1] - x[i - 1]).Length / (2 * AnalysisRate.PeriodS));
        return largest;
    }

    /// <summary>
    /// How clearly the hand rises in the movement from still point <paramref name="from"/> to still point
    /// <paramref name="to"/>, m/s² (negative when it sinks). A movement from rest accelerates along its way first
    /// and brakes last; at a still point the force the wrist feels points straight up (it is gravity's reaction), so
    /// the extra force along that "up" in the first third of the movement, less the same at the end, is twice the
    /// typical vertical acceleration. Tilting the wrist changes the force along "up" by the same second-order amount
    /// at both ends, which cancels.
    /// </summary>
    public static double Rise(TempoSignal signal, int from, int to)
    {
        if (to - from < 3) return 0;
        int third = Math.Max(1, (to - from) / 3);
        return (Along(signal, from, from + 1, from + third) - Along(signal, to, to - third, to - 1)) / 2;
    }

    /// <summary>The mean, over frames [<paramref name="a"/>, <paramref name="b"/>], of the force's departure from
    /// still point <paramref name="still"/> along that point's "up".</summary>
    private static double Along(TempoSignal signal, int still, int a, int b)
    {
        var f0 = signal.ForceMs2[still];
        double g = f0.Length;
        if (!(g > 0)) return 0;
        var up = f0 * (1 / g);
        double sum = 0;
        for (int i = a; i <= b; i++) sum += (signal.ForceMs2[i] - f0).Dot(up);
        return sum / (b - a + 1);
    }
}
