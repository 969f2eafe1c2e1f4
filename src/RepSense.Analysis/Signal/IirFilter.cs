using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        var result = input.ToArray();
        ZeroPhaseInplace(design, result);
        return result;
    }

    /// <summary>
    /// <see cref="ZeroPhase(IirDesign, ReadOnlySpan{double})"/> of several channels of equal length at once, in
    /// place: each array is replaced by its filtered self. The channels run side by side in the lanes of a vector, so
    /// four filters cost about as much as one; every lane meets the operations of the one-channel filter in the same
    /// order, so each result is that filter's to the last bit.
    /// </summary>
    public static void ZeroPhaseInplace(IirDesign design, params ReadOnlySpan<double[]> channels)
    {
        if (channels.Length == 0) return;
        int n = channels[0].Length;
        foreach (var channel in channels)
            if (channel.Length != n) throw new ArgumentException("The channels differ in length.", nameof(channels));
        if (n < 2) return;
        int pad = Math.Min(n - 1, 3 * design.Order), length = n + 2 * pad;
        var rented = ArrayPool<Vector256<double>>.Shared.Rent(length * MaxVectors);
        for (int first = 0; first < channels.Length; first += MaxVectors * Lanes)
        {
            var chunk = channels[first..Math.Min(channels.Length, first + MaxVectors * Lanes)];
            int vectors = (chunk.Length + Lanes - 1) / Lanes;
            var padded = rented.AsSpan(0, length * vectors);
            // Channel c of sample i is lane c % 4 of vector i × vectors + c / 4: value i × stride + c.
            var values = MemoryMarshal.Cast<Vector256<double>, double>(padded);
            values.Clear();
            for (int c = 0; c < chunk.Length; c++)
            {
                var x = chunk[c];
                int stride = vectors * Lanes, at = c;
                for (int i = 0; i < pad; i++)
                {
                    values[stride * i + at] = 2 * x[0] - x[pad - i];
                    values[stride * (n + pad + i) + at] = 2 * x[n - 1] - x[n - 2 - i];
                }
                for (int i = 0; i < n; i++) values[stride * (pad + i) + at] = x[i];
            }
            FilterLanes(design.SectionArray, padded, vectors);
            for (int c = 0; c < chunk.Length; c++)
            {
                var x = chunk[c];
                int stride = vectors * Lanes, at = c;
                for (int i = 0; i < n; i++) x[i] = values[stride * (pad + i) + at];
            }
        }
        ArrayPool<Vector256<double>>.Shared.Return(rented);
    }

    private const int Lanes = 4;

    /// <summary>Vectors filtered side by side: two independent chains of operations, whose latencies overlap.</summary>
    private const int MaxVectors = 2;

    /// <summary>The forward and the backward pass of <see cref="ZeroPhaseInplace"/> over padded lanes (one or two
    /// vectors per sample), each pass from the steady state of its first sample.</summary>
    private static void FilterLanes(SecondOrderSection[] sections, Span<Vector256<double>> data, int vectors)
    {
        int m = sections.Length;
        Span<double> state = stackalloc double[2 * m];
        Span<double> z0 = stackalloc double[m * MaxVectors * Lanes], z1 = stackalloc double[m * MaxVectors * Lanes];
        foreach (bool forward in (ReadOnlySpan<bool>)[true, false])
        {
            var first = forward ? data[..vectors] : data[^vectors..];
            for (int v = 0; v < vectors; v++)
                for (int lane = 0; lane < Lanes; lane++)
                {
                    SteadyState(sections, first[v].GetElement(lane), state);
                    for (int i = 0; i < m; i++)
                        (z0[(i * MaxVectors + v) * Lanes + lane], z1[(i * MaxVectors + v) * Lanes + lane]) = (state[2 * i], state[2 * i + 1]);
                }
            var z0v = MemoryMarshal.Cast<double, Vector256<double>>(z0);
            var z1v = MemoryMarshal.Cast<double, Vector256<double>>(z1);
            for (int i = 0; i < m; i++)
                Pass(sections[i], z0v.Slice(i * MaxVectors, MaxVectors), z1v.Slice(i * MaxVectors, MaxVectors), data, vectors, forward);
        }
    }

    /// <summary>One section over <paramref name="data"/> in place, forward or time-reversed, from the states given.</summary>
    private static void Pass(in SecondOrderSection q, ReadOnlySpan<Vector256<double>> state0, ReadOnlySpan<Vector256<double>> state1,
        Span<Vector256<double>> data, int vectors, bool forward)
    {
        Vector256<double> b0 = Vector256.Create(q.B0), b1 = Vector256.Create(q.B1), b2 = Vector256.Create(q.B2);
        Vector256<double> a1 = Vector256.Create(q.A1), a2 = Vector256.Create(q.A2);
        Vector256<double> z0 = state0[0], z1 = state1[0], z0b = state0[1], z1b = state1[1];
        int n = data.Length / vectors;
        for (int k = 0; k < n; k++)
        {
            int at = (forward ? k : n - 1 - k) * vectors;
            ref var x = ref data[at];
            var y = b0 * x + z0;
            z0 = b1 * x - a1 * y + z1;
            z1 = b2 * x - a2 * y;
            x = y;
            if (vectors == 1) continue;
            // The second vector's chain is independent of the first: written out here so the two interleave.
            ref var xb = ref data[at + 1];
            var yb = b0 * xb + z0b;
            z0b = b1 * xb - a1 * yb + z1b;
            z1b = b2 * xb - a2 * yb;
            xb = yb;
        }
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
}
