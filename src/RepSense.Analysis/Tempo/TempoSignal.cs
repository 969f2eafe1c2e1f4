using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Signal;
using RepSense.Ingest;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Tempo;

/// <summary>
/// The set's frames as the tempo analysis reads them: the specific force (acceleration with gravity) and, with a
/// gyroscope, the rotation rate less its bias, both smoothed at <see cref="SmoothingHz"/> without shifting them in
/// time. At rest and in a hold the wrist is still, so the force stands at the weight of the pose (gravity in the
/// sensor frame) and the rotation rate at zero; every movement changes them. Fractional indexes are frame positions
/// between samples (<see cref="TimeAt"/>).
/// </summary>
internal sealed class TempoSignal
{
    /// <summary>Cut-off of the smoothing: above the content of any rep (reps are slower than 2 Hz, their phases'
    /// onsets a little sharper), below the tremor and fidgets a resting wrist shows.</summary>
    public const double SmoothingHz = 4.0;

    private static readonly IirDesign Smoothing =
        Butterworth.LowPass(2, SmoothingHz, SampleRate.FromHertz(AnalysisRate.Hertz));

    private TempoSignal(double startS, Vec3[] forceMs2, Vec3[] rotationRadS, bool hasGyroscope)
    {
        StartS = startS;
        ForceMs2 = forceMs2;
        RotationRadS = rotationRadS;
        HasGyroscope = hasGyroscope;
        (ForceNoiseMs2, RotationNoiseRadS) = Noise(forceMs2, rotationRadS);
    }

    /// <summary>How far the force wanders from its mean over half a second while the wrist is as still as it gets in
    /// this set (the quietest fifth of the half-second windows), m/s²: sway, fidgets, sensor noise.</summary>
    public double ForceNoiseMs2 { get; }

    /// <summary>The same for the rotation rate, rad/s.</summary>
    public double RotationNoiseRadS { get; }

    public double StartS { get; }

    /// <summary>Specific force per frame, m/s², sensor frame (what the accelerometer reads: gravity's reaction plus
    /// the acceleration of the movement).</summary>
    public Vec3[] ForceMs2 { get; }

    /// <summary>Rotation rate per frame less its bias, rad/s; zero without a gyroscope.</summary>
    public Vec3[] RotationRadS { get; }

    public bool HasGyroscope { get; }

    public int Count => ForceMs2.Length;

    public static TempoSignal From(SetSignals signals)
    {
        var frames = signals.FrameSpan;
        int n = frames.Length;
        var channels = new double[6][];
        for (int c = 0; c < 6; c++) channels[c] = new double[n];
        for (int i = 0; i < n; i++)
        {
            var f = frames[i];
            channels[0][i] = f.AxMs2; channels[1][i] = f.AyMs2; channels[2][i] = f.AzMs2;
            channels[3][i] = f.GxRadS; channels[4][i] = f.GyRadS; channels[5][i] = f.GzRadS;
        }
        for (int c = 0; c < 6; c++)
        {
            // A gyroscope's bias is a constant offset; over a set the wrist turns back and forth, so the median of
            // each axis is the bias to within the few frames that are not still or reversing.
            if (c >= 3 && signals.HasGyroscope)
            {
                double bias = Stats.Median(channels[c]);
                for (int i = 0; i < n; i++) channels[c][i] -= bias;
            }
            channels[c] = IirFilter.ZeroPhase(Smoothing, channels[c]);
        }
        var force = new Vec3[n];
        var rotation = new Vec3[n];
        for (int i = 0; i < n; i++)
        {
            force[i] = new Vec3(channels[0][i], channels[1][i], channels[2][i]);
            rotation[i] = signals.HasGyroscope ? new Vec3(channels[3][i], channels[4][i], channels[5][i]) : Vec3.Zero;
        }
        return new TempoSignal(signals.StartS, force, rotation, signals.HasGyroscope);
    }

    private static (double ForceMs2, double RotationRadS) Noise(Vec3[] force, Vec3[] rotation)
    {
        int window = (int)Math.Round(NoiseWindowS * AnalysisRate.Hertz), n = force.Length;
        if (n < window) return (0, 0);
        var wander = new List<double>();
        var turning = new List<double>();
        for (int a = 0; a + window <= n; a += window / 2)
        {
            var mean = Vec3.Zero;
            for (int i = a; i < a + window; i++) mean += force[i];
            mean *= 1.0 / window;
            double f = 0, r = 0;
            for (int i = a; i < a + window; i++)
            {
                f = Math.Max(f, (force[i] - mean).Length);
                r = Math.Max(r, rotation[i].Length);
            }
            wander.Add(f);
            turning.Add(r);
        }
        return (Stats.Quantile(wander.ToArray(), QuietShare), Stats.Quantile(turning.ToArray(), QuietShare));
    }

    private const double NoiseWindowS = 0.3, QuietShare = 0.05;

    /// <summary>Seconds from the recording's start at fractional frame <paramref name="index"/>.</summary>
    public double TimeAt(double index) => StartS + index * AnalysisRate.PeriodS;

    /// <summary>The nearest frame to <paramref name="timeS"/>, clamped to the signal.</summary>
    public int IndexAt(double timeS) =>
        Math.Clamp((int)Math.Round((timeS - StartS) * AnalysisRate.Hertz), 0, Math.Max(0, Count - 1));
}
