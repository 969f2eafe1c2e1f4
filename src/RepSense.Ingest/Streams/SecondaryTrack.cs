namespace RepSense.Ingest.Streams;

/// <summary>What a secondary stream adds to the primary (acceleration) samples it is paired with.</summary>
internal enum SecondaryKind
{
    /// <summary>A gyroscope: its rotation rate becomes the samples' rotation rate.</summary>
    RotationRate,
    /// <summary>A gravity vector (its samples' acceleration): added to gravity-removed acceleration.</summary>
    Gravity,
}

/// <summary>
/// The kernel of pairing a secondary stream with primary samples at other times: keeps the secondary samples that
/// surround the primary's current time and interpolates linearly between them. Neighbours further apart than the
/// gap threshold are not interpolated across, and before the first or after the last secondary sample the nearest
/// value is held for at most the hold limit; outside those a sample gets no rotation rate (or no gravity). Memory
/// is the secondary samples not yet passed by the primary: two when both are pulled in step, the skew otherwise.
/// </summary>
internal sealed class SecondaryTrack
{
    private readonly SecondaryKind _kind;
    private readonly double _maxGapS;
    private readonly double _maxHoldS;
    private readonly List<ImuSample> _samples = [];
    private int _head;

    public SecondaryTrack(SecondaryKind kind, double maxGapS, double maxHoldS)
    {
        _kind = kind;
        _maxGapS = maxGapS;
        _maxHoldS = maxHoldS;
    }

    public bool Completed { get; private set; }

    private int Count => _samples.Count - _head;

    /// <summary>Whether the value at <paramref name="timeS"/> is known: a secondary sample at or after it has
    /// arrived, or the secondary has ended.</summary>
    public bool IsReadyFor(double timeS) => Completed || (Count > 0 && _samples[^1].TimeS >= timeS);

    public void Push(in ImuSample sample)
    {
        if (Count > 0 && sample.TimeS <= _samples[^1].TimeS) return;
        _samples.Add(sample);
    }

    public void Complete() => Completed = true;

    /// <summary>The primary sample with the secondary's value at its time added; call when
    /// <see cref="IsReadyFor"/> its time. Primary times must not decrease from call to call.</summary>
    public ImuSample Combine(in ImuSample primary)
    {
        bool known = TryGetAt(primary.TimeS, out var value);
        return _kind switch
        {
            SecondaryKind.RotationRate => primary with { RotationRateRadS = known ? value : Vec3.Zero, HasRotationRate = known },
            _ => known ? primary with { AccelerationMs2 = primary.AccelerationMs2 + value, GravityIncluded = true } : primary,
        };
    }

    private bool TryGetAt(double timeS, out Vec3 value)
    {
        value = default;
        Prune(timeS);
        if (Count == 0) return false;

        var first = _samples[_head];
        if (timeS <= first.TimeS || Count == 1)
        {
            bool near = Math.Abs(first.TimeS - timeS) <= _maxHoldS;
            if (near) value = Select(first);
            return near;
        }

        var second = _samples[_head + 1];
        if (second.TimeS - first.TimeS > _maxGapS) return false;
        double fraction = Math.Min(1.0, (timeS - first.TimeS) / (second.TimeS - first.TimeS));
        value = Select(first).Lerp(Select(second), fraction);
        return true;
    }

    /// <summary>Drops the samples before the last one at or before <paramref name="timeS"/>.</summary>
    private void Prune(double timeS)
    {
        while (Count >= 2 && _samples[_head + 1].TimeS <= timeS) _head++;
        if (_head > 256 && _head > _samples.Count / 2)
        {
            _samples.RemoveRange(0, _head);
            _head = 0;
        }
    }

    private Vec3 Select(in ImuSample sample) =>
        _kind == SecondaryKind.RotationRate ? sample.RotationRateRadS : sample.AccelerationMs2;
}
