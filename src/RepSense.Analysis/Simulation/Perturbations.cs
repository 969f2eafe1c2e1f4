using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// Small motions on top of the timeline's deliberate ones, all smooth functions of time: postural sway (always; a
/// few millimetres and about half a degree below 0.5 Hz, plus broadband sub-millimetre fidgets at 0.7–5 Hz, so idle
/// reads a few mg and under a degree per second like a real resting wrist, never a flat line), physiological tremor
/// while holding a load (8–12 Hz, about 0.1 m/s²), and the sharp push of a finger tapping the device.
/// </summary>
internal sealed class Perturbations
{
    /// <summary>Sinusoids on one axis each (0 x, 1 y, 2 z), kept as flat arrays: this runs for every sub-sample.</summary>
    private sealed class Waves(int[] axes, double[] amplitudes, double[] angularHz, double[] phases)
    {
        public Vec3 At(double t)
        {
            Span<double> sum = stackalloc double[3];
            for (int i = 0; i < axes.Length; i++) sum[axes[i]] += amplitudes[i] * Math.Sin(angularHz[i] * t + phases[i]);
            return new Vec3(sum[0], sum[1], sum[2]);
        }
    }

    /// <summary>A tap is a Gaussian push of the device: this width (s), depth (m) and twist (rad).</summary>
    private const double TapWidthS = 0.012, TapDepthM = 0.002, TapTwistRad = 0.025;

    private const double TremorRampS = 0.5;

    private readonly Waves swayPosition, swayRotation, micro, tremor;
    private readonly IReadOnlyList<(double StartS, double EndS)> loaded;
    private readonly IReadOnlyList<double> taps;

    public Perturbations(Random random, IReadOnlyList<(double StartS, double EndS)> loaded, IReadOnlyList<double> taps)
    {
        this.loaded = loaded;
        this.taps = taps;
        swayPosition = Draw(random, 4, 0.08, 0.5, 0.002, 0.004);
        swayRotation = Draw(random, 4, 0.05, 0.4, 0.006, 0.012);
        // Many tones of equal acceleration (about 4 mg in all): broadband, not a hum a counter could lock onto.
        micro = Draw(random, 8, 0.7, 5, 0.03, 0.05, amplitudeIsAcceleration: true);
        tremor = Draw(random, 3, 8, 12, 1.0e-5, 2.0e-5);
    }

    /// <summary>The tap instants, seconds.</summary>
    public IReadOnlyList<double> Taps => taps;

    public Pose Apply(double t, Pose pose)
    {
        var position = pose.PositionM + swayPosition.At(t) + micro.At(t);
        var rotation = swayRotation.At(t);

        double load = LoadEnvelope(t);
        if (load > 0) position += tremor.At(t) * load;

        foreach (double tap in taps)
        {
            double x = (t - tap) / TapWidthS;
            if (Math.Abs(x) > 6) continue;
            double g = Math.Exp(-x * x);
            // The finger pushes the watch face into the wrist; the wrist gives and twists a little.
            position += pose.Orientation.Rotate(new Vec3(0, 0, -TapDepthM * g));
            rotation += pose.Orientation.Rotate(new Vec3(TapTwistRad * g, 0, 0));
        }
        return new Pose(position, Rotation.FromRotationVector(rotation) * pose.Orientation);
    }

    private double LoadEnvelope(double t)
    {
        foreach (var (start, end) in loaded)
        {
            if (t <= start - TremorRampS || t >= end + TremorRampS) continue;
            return MotionProfiles.SmoothStep((t - start + TremorRampS) / TremorRampS)
                   * MotionProfiles.SmoothStep((end + TremorRampS - t) / TremorRampS);
        }
        return 0;
    }

    /// <summary><paramref name="perAxis"/> sinusoids on each axis with uniform random frequency, phase and amplitude;
    /// amplitudes are positions (m or rad) or, with <paramref name="amplitudeIsAcceleration"/>, the acceleration
    /// (m/s²) each tone produces.</summary>
    private static Waves Draw(Random random, int perAxis, double minHz, double maxHz, double minAmp, double maxAmp,
        bool amplitudeIsAcceleration = false)
    {
        int n = 3 * perAxis;
        int[] axes = new int[n];
        double[] amplitudes = new double[n], angularHz = new double[n], phases = new double[n];
        for (int i = 0; i < n; i++)
        {
            axes[i] = i % 3;
            amplitudes[i] = random.NextUniform(minAmp, maxAmp) / Math.Sqrt(perAxis);
            angularHz[i] = 2 * Math.PI * random.NextUniform(minHz, maxHz);
            if (amplitudeIsAcceleration) amplitudes[i] /= angularHz[i] * angularHz[i];
            phases[i] = random.NextUniform(0, 2 * Math.PI);
        }
        return new Waves(axes, amplitudes, angularHz, phases);
    }
}
