using System.Numerics;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Signal;

/// <summary>
/// Butterworth designs by the bilinear transform with pre-warping, returned as second-order sections. Sections rather
/// than one high-order polynomial because a low cut-off at a high rate puts the poles close to z = 1, where expanded
/// polynomial coefficients lose the precision that keeps them inside the unit circle; each section keeps its own
/// conjugate pair exact.
/// </summary>
public static class Butterworth
{
    /// <summary>Low-pass of <paramref name="order"/> (1-12) with −3 dB at <paramref name="cutoffHz"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cut-off is not strictly between 0 and the Nyquist frequency,
    /// or the order is out of range.</exception>
    public static IirDesign LowPass(int order, double cutoffHz, SampleRate rate) =>
        Design(order, cutoffHz, rate, highPass: false);

    /// <summary>High-pass of <paramref name="order"/> (1-12) with −3 dB at <paramref name="cutoffHz"/>.</summary>
    public static IirDesign HighPass(int order, double cutoffHz, SampleRate rate) =>
        Design(order, cutoffHz, rate, highPass: true);

    private static IirDesign Design(int order, double cutoffHz, SampleRate rate, bool highPass)
    {
        if (order is < 1 or > 12)
            throw new ArgumentOutOfRangeException(nameof(order), order, "The order must be between 1 and 12.");
        if (!rate.IsValid) throw new ArgumentException("The sample rate must be positive.", nameof(rate));
        double nyquist = rate.Hertz / 2;
        if (!(cutoffHz > 0 && cutoffHz < nyquist))
            throw new ArgumentOutOfRangeException(nameof(cutoffHz), cutoffHz,
                $"The cut-off must lie strictly between 0 and the Nyquist frequency ({nyquist:0.###} Hz).");

        double fs = rate.Hertz;
        double warped = 2 * fs * Math.Tan(Math.PI * cutoffHz / fs);
        var sections = new List<SecondOrderSection>();

        // Analog prototype poles on the left half of the unit circle; one of each conjugate pair, plus the real pole
        // of an odd order.
        for (int k = 0; k < order / 2; k++)
        {
            double theta = Math.PI * (2 * k + 1 + order) / (2.0 * order);
            var prototype = Complex.FromPolarCoordinates(1, theta);
            var analog = highPass ? warped / prototype : warped * prototype;
            var zPole = Bilinear(analog, fs);
            double a1 = -2 * zPole.Real;
            double a2 = zPole.Magnitude * zPole.Magnitude;
            sections.Add(Normalise(highPass ? new SecondOrderSection(1, -2, 1, a1, a2) : new SecondOrderSection(1, 2, 1, a1, a2), highPass));
        }
        if (order % 2 == 1)
        {
            // The real prototype pole is −1 for both kinds: ω·(−1) and ω/(−1) coincide.
            var analog = new Complex(-warped, 0);
            var zPole = Bilinear(analog, fs).Real;
            var section = highPass ? new SecondOrderSection(1, -1, 0, -zPole, 0) : new SecondOrderSection(1, 1, 0, -zPole, 0);
            sections.Add(Normalise(section, highPass));
        }

        string kind = highPass ? "high-pass" : "low-pass";
        return new IirDesign(sections, rate, $"Butterworth {kind}, order {order}, {cutoffHz:0.###} Hz at {rate}");
    }

    private static Complex Bilinear(Complex analogPole, double fs) => (2 * fs + analogPole) / (2 * fs - analogPole);

    /// <summary>Unity gain in the pass band: at DC for a low-pass, at Nyquist for a high-pass.</summary>
    private static SecondOrderSection Normalise(SecondOrderSection s, bool highPass)
    {
        var z = highPass ? new Complex(-1, 0) : Complex.One;
        double g = s.Response(z).Magnitude;
        return s with { B0 = s.B0 / g, B1 = s.B1 / g, B2 = s.B2 / g };
    }
}
