using System.Buffers;

namespace RepSense.Analysis.Signal;

/// <summary>
/// Runs an <see cref="IirDesign"/>. Online: <see cref="Process"/> one sample at a time (state in one preallocated
/// array, nothing allocated per sample), <see cref="Reset()"/> to start over. Offline: <see cref="ApplyTo"/> a whole
/// signal, and <see cref="ZeroPhase(IirDesign, ReadOnlySpan{double})"/> (forward then backward) when timing must not shift.
/// Direct form II transposed per section: two state values each, good numerical behaviour in double precision.
/// </summary>
/// <remarks>
/// A block is filtered one section at a time over the whole block, with the section's coefficients and state in
/// locals. Each sample meets exactly the same operations in the same order as sample by sample through the cascade,
/// so block and online results agree to the last bit.
/// </remarks>
public sealed class IirFilter
{
    private readonly SecondOrderSection[] _sections;
    private readonly double[] _state;

    public IirFilter(IirDesign design)
    {
        Design = design;
        _sections = design.SectionArray;
        _state = new double[2 * _sections.Length];
    }

    public IirDesign Design { get; }

    /// <summary>Filters one sample. A NaN input poisons the state: callers fill gaps before filtering.</summary>
    public double Process(double x)
    {
        var s = _sections;
        var z = _state;
        for (int i = 0; i < s.Length; i++)
        {
            ref readonly var q = ref s[i];
            double y = q.B0 * x + z[2 * i];
            z[2 * i] = q.B1 * x - q.A1 * y + z[2 * i + 1];
            z[2 * i + 1] = q.B2 * x - q.A2 * y;
            x = y;
        }
        return x;
    }

    /// <summary>Clears the state (as if the input had been zero forever).</summary>
    public void Reset() => Array.Clear(_state);

    /// <summary>Sets the state to the steady state for a constant input <paramref name="level"/>, so a signal that
    /// starts away from zero (gravity, a posture) does not ring at its start.</summary>
    public void Reset(double level) => SteadyState(_sections, level, _state);

    /// <summary>Filters <paramref name="input"/> into <paramref name="output"/> (may be the same span), starting from
    /// the current state.</summary>
    public void ApplyTo(ReadOnlySpan<double> input, Span<double> output)
    {
        if (output.Length < input.Length) throw new ArgumentException("The output is shorter than the input.", nameof(output));
        var data = output[..input.Length];
        input.CopyTo(data);
        for (int i = 0; i < _sections.Length; i++)
            Forward(_sections[i], ref _state[2 * i], ref _state[2 * i + 1], data);
    }

    /// <summary>
    /// Zero-phase filtering: forward, then backward over the result, so the magnitude response is squared and the
    /// phase is zero (timing does not shift). The ends are padded by odd reflection (3 × order samples, as is
    /// customary) and each pass starts from the steady state of its first padded value. An input shorter than two
    /// samples is copied unchanged.
    /// </summary>
    public static double[] ZeroPhase(IirDesign design, ReadOnlySpan<double> input)
    {
        var result = new double[input.Length];
        ZeroPhase(design, input, result);
        return result;
    }

    /// <summary><see cref="ZeroPhase(IirDesign, ReadOnlySpan{double})"/> into <paramref name="output"/> (as long as
    /// the input; it may be the input itself).</summary>
    public static void ZeroPhase(IirDesign design, ReadOnlySpan<double> input, Span<double> output)
    {
        int n = input.Length;
        if (output.Length < n) throw new ArgumentException("The output is shorter than the input.", nameof(output));
        if (n < 2) { input.CopyTo(output); return; }
        int pad = Math.Min(n - 1, 3 * design.Order);
        var rented = ArrayPool<double>.Shared.Rent(n + 2 * pad);
        var padded = rented.AsSpan(0, n + 2 * pad);
        for (int i = 0; i < pad; i++)
        {
            padded[i] = 2 * input[0] - input[pad - i];
            padded[n + pad + i] = 2 * input[n - 1] - input[n - 2 - i];
        }
        input.CopyTo(padded[pad..]);

        var sections = design.SectionArray;
        Span<double> state = stackalloc double[2 * sections.Length];
        SteadyState(sections, padded[0], state);
        for (int i = 0; i < sections.Length; i++) Forward(sections[i], ref state[2 * i], ref state[2 * i + 1], padded);
        SteadyState(sections, padded[^1], state);
        for (int i = 0; i < sections.Length; i++) Backward(sections[i], ref state[2 * i], ref state[2 * i + 1], padded);
        padded.Slice(pad, n).CopyTo(output);
        ArrayPool<double>.Shared.Return(rented);
    }

    internal static void SteadyState(ReadOnlySpan<SecondOrderSection> sections, double level, Span<double> state)
    {
        double x = level;
        for (int i = 0; i < sections.Length; i++)
        {
            ref readonly var q = ref sections[i];
            // At rest y = G x with G the section's DC gain; the DF2T state then follows from its two equations.
            double y = x * (q.B0 + q.B1 + q.B2) / (1 + q.A1 + q.A2);
            state[2 * i + 1] = q.B2 * x - q.A2 * y;
            state[2 * i] = y - q.B0 * x;
            x = y;
        }
    }

    /// <summary>One section over <paramref name="data"/> in place, first sample first.</summary>
    private static void Forward(in SecondOrderSection q, ref double state0, ref double state1, Span<double> data)
    {
        double b0 = q.B0, b1 = q.B1, b2 = q.B2, a1 = q.A1, a2 = q.A2, z0 = state0, z1 = state1;
        for (int i = 0; i < data.Length; i++)
        {
            double x = data[i];
            double y = b0 * x + z0;
            z0 = b1 * x - a1 * y + z1;
            z1 = b2 * x - a2 * y;
            data[i] = y;
        }
        state0 = z0;
        state1 = z1;
    }

    /// <summary>One section over <paramref name="data"/> in place, last sample first (the time-reversed pass).</summary>
    private static void Backward(in SecondOrderSection q, ref double state0, ref double state1, Span<double> data)
    {
        double b0 = q.B0, b1 = q.B1, b2 = q.B2, a1 = q.A1, a2 = q.A2, z0 = state0, z1 = state1;
        for (int i = data.Length - 1; i >= 0; i--)
        {
            double x = data[i];
            double y = b0 * x + z0;
            z0 = b1 * x - a1 * y + z1;
            z1 = b2 * x - a2 * y;
            data[i] = y;
        }
        state0 = z0;
        state1 = z1;
    }
}
