namespace RepSense.Analysis.Signal;

/// <summary>
/// One <see cref="IirDesign"/> run online on several channels in lock step: <see cref="Process"/> filters one sample
/// of every channel in place. The same as one <see cref="IirFilter"/> per channel, to the last bit, without a call
/// and a state array per channel per sample; the state of a section sits side by side for all channels.
/// </summary>
public sealed class IirFilterBank
{
    private readonly SecondOrderSection[] _sections;
    private readonly double[] _state0;
    private readonly double[] _state1;

    public IirFilterBank(IirDesign design, int channels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        _sections = design.SectionArray;
        Channels = channels;
        _state0 = new double[_sections.Length * channels];
        _state1 = new double[_sections.Length * channels];
    }

    public int Channels { get; }

    /// <summary>Filters one sample of each channel, in place (<paramref name="values"/> holds <see cref="Channels"/>
    /// values).</summary>
    public void Process(Span<double> values)
    {
        int n = Channels;
        if (values.Length != n) throw new ArgumentException($"Expected {n} values, one per channel.", nameof(values));
        for (int i = 0; i < _sections.Length; i++)
        {
            ref readonly var q = ref _sections[i];
            var z0 = _state0.AsSpan(i * n, n);
            var z1 = _state1.AsSpan(i * n, n);
            for (int c = 0; c < n; c++)
            {
                double x = values[c];
                double y = q.B0 * x + z0[c];
                z0[c] = q.B1 * x - q.A1 * y + z1[c];
                z1[c] = q.B2 * x - q.A2 * y;
                values[c] = y;
            }
        }
    }

    /// <summary>Clears every channel's state (as if the input had been zero forever).</summary>
    public void Reset()
    {
        Array.Clear(_state0);
        Array.Clear(_state1);
    }

    /// <summary>Sets each channel's state to the steady state for its constant input in <paramref name="levels"/>.</summary>
    public void Reset(ReadOnlySpan<double> levels)
    {
        int n = Channels;
        if (levels.Length != n) throw new ArgumentException($"Expected {n} levels, one per channel.", nameof(levels));
        Span<double> state = stackalloc double[2 * _sections.Length];
        for (int c = 0; c < n; c++)
        {
            IirFilter.SteadyState(_sections, levels[c], state);
            for (int i = 0; i < _sections.Length; i++)
            {
                _state0[i * n + c] = state[2 * i];
                _state1[i * n + c] = state[2 * i + 1];
            }
        }
    }
}
