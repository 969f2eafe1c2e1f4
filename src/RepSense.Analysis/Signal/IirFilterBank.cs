using System.Runtime.Intrinsics;

namespace RepSense.Analysis.Signal;

/// <summary>
/// One <see cref="IirDesign"/> run online on several channels in lock step, four channels to a vector: channel
/// <c>c</c> is lane <c>c % 4</c> of vector <c>c / 4</c>. <see cref="Process"/> filters one sample of every channel in
/// place. The same as one <see cref="IirFilter"/> per channel, to the last bit (each lane meets the operations of
/// the one-channel filter in the same order), without a call and a state array per channel per sample.
/// </summary>
internal sealed class IirFilterBank
{
    public const int Lanes = 4;

    private readonly SecondOrderSection[] _sections;
    private readonly Vector256<double>[] _coefficients;
    private readonly Vector256<double>[] _state0;
    private readonly Vector256<double>[] _state1;

    /// <param name="design">The filter every channel runs.</param>
    /// <param name="vectors">Vectors of four channels each.</param>
    public IirFilterBank(IirDesign design, int vectors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vectors, 1);
        _sections = design.SectionArray;
        Vectors = vectors;
        _coefficients = new Vector256<double>[5 * _sections.Length];
        for (int i = 0; i < _sections.Length; i++)
        {
            var q = _sections[i];
            _coefficients[5 * i] = Vector256.Create(q.B0);
            _coefficients[5 * i + 1] = Vector256.Create(q.B1);
            _coefficients[5 * i + 2] = Vector256.Create(q.B2);
            _coefficients[5 * i + 3] = Vector256.Create(q.A1);
            _coefficients[5 * i + 4] = Vector256.Create(q.A2);
        }
        _state0 = new Vector256<double>[_sections.Length * vectors];
        _state1 = new Vector256<double>[_sections.Length * vectors];
    }

    public int Vectors { get; }

    /// <summary>Filters one sample of each channel, in place.</summary>
    public void Process(Span<Vector256<double>> samples)
    {
        if (samples.Length != Vectors) throw new ArgumentException($"Expected {Vectors} vectors of channels.", nameof(samples));
        var k = _coefficients;
        for (int g = 0; g < samples.Length; g++)
        {
            var x = samples[g];
            for (int i = 0; i < _sections.Length; i++)
            {
                ref var z0 = ref _state0[i * Vectors + g];
                ref var z1 = ref _state1[i * Vectors + g];
                var y = k[5 * i] * x + z0;
                z0 = k[5 * i + 1] * x - k[5 * i + 3] * y + z1;
                z1 = k[5 * i + 2] * x - k[5 * i + 4] * y;
                x = y;
            }
            samples[g] = x;
        }
    }

    /// <summary>Clears every channel's state (as if the input had been zero forever).</summary>
    public void Reset()
    {
        Array.Clear(_state0);
        Array.Clear(_state1);
    }

    /// <summary>Sets each channel's state to the steady state for its constant input in <paramref name="levels"/>.</summary>
    public void Reset(ReadOnlySpan<Vector256<double>> levels)
    {
        if (levels.Length != Vectors) throw new ArgumentException($"Expected {Vectors} vectors of channels.", nameof(levels));
        int m = _sections.Length;
        Span<double> state = stackalloc double[2 * m];
        Span<double> z0 = stackalloc double[m * Lanes], z1 = stackalloc double[m * Lanes];
        for (int g = 0; g < Vectors; g++)
        {
            for (int lane = 0; lane < Lanes; lane++)
            {
                IirFilter.SteadyState(_sections, levels[g].GetElement(lane), state);
                for (int i = 0; i < m; i++) (z0[i * Lanes + lane], z1[i * Lanes + lane]) = (state[2 * i], state[2 * i + 1]);
            }
            for (int i = 0; i < m; i++)
            {
                _state0[i * Vectors + g] = Vector256.Create<double>(z0.Slice(i * Lanes, Lanes));
                _state1[i * Vectors + g] = Vector256.Create<double>(z1.Slice(i * Lanes, Lanes));
            }
        }
    }
}
