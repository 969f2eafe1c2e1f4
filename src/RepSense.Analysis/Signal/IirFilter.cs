namespace RepSense.Analysis.Signal;

/// <summary>
/// Runs an <see cref="IirDesign"/>. Online: <see cref="Process"/> one sample at a time (state in one preallocated
/// array, nothing allocated per sample), <see cref="Reset()"/> to start over. Offline: <see cref="ApplyTo"/> a whole
/// signal, and <see cref="ZeroPhase"/> (forward then backward) when timing must not shift.
/// Direct form II transposed per section: two state values each, good numerical behaviour in double precision.
/// </summary>
public sealed class IirFilter
{
    private readonly SecondOrderSection[] _sections;
    private readonly double[] _state;

    public IirFilter(IirDesign design)
    {
        Design = design;
        _sections = design.Sections.ToArray();
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
    public void Reset(double level)
    {
        double x = level;
        for (int i = 0; i < _sections.Length; i++)
        {
            ref readonly var q = ref _sections[i];
            // At rest y = G x with G the section's DC gain; the DF2T state then follows from its two equations.
            double y = x * (q.B0 + q.B1 + q.B2) / (1 + q.A1 + q.A2);
            _state[2 * i + 1] = q.B2 * x - q.A2 * y;
            _state[2 * i] = y - q.B0 * x;
            x = y;
        }
    }

    /// <summary>Filters <paramref name="input"/> into <paramref name="output"/> (may be the same span), starting from
    /// the current state.</summary>
    public void ApplyTo(ReadOnlySpan<double> input, Span<double> output)
    {
        if (output.Length < input.Length) throw new ArgumentException("The output is shorter than the input.", nameof(output));
        for (int i = 0; i < input.Length; i++) output[i] = Process(input[i]);
    }

    /// <summary>
    /// Zero-phase filtering: forward, then backward over the result, so the magnitude response is squared and the
    /// phase is zero (timing does not shift). The ends are padded by odd reflection (3 × order samples, as is
    /// customary) and each pass starts from the steady state of its first padded value. An input shorter than two
    /// samples is copied unchanged.
    /// </summary>
    public static double[] ZeroPhase(IirDesign design, ReadOnlySpan<double> input)
    {
        int n = input.Length;
        var result = new double[n];
        if (n < 2) { input.CopyTo(result); return result; }
        int order = design.Sections.Sum(s => s.A2 == 0 ? 1 : 2);
        int pad = Math.Min(n - 1, 3 * order);
        var padded = new double[n + 2 * pad];
        for (int i = 0; i < pad; i++)
        {
            padded[i] = 2 * input[0] - input[pad - i];
            padded[n + pad + i] = 2 * input[n - 1] - input[n - 2 - i];
        }
        input.CopyTo(padded.AsSpan(pad));

        var filter = design.CreateFilter();
        filter.Reset(padded[0]);
        filter.ApplyTo(padded, padded);
        Array.Reverse(padded);
        filter.Reset(padded[0]);
        filter.ApplyTo(padded, padded);
        Array.Reverse(padded);
        padded.AsSpan(pad, n).CopyTo(result);
        return result;
    }
}
