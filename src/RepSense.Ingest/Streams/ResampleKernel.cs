using RepSense.Ingest.Units;

namespace RepSense.Ingest.Streams;

/// <summary>
/// The kernel of <see cref="Resampling.Resample"/>: linear interpolation onto the grid k / rate seconds (k an
/// integer, so every output time is an exact multiple of the period from the recording's start). Between two input
/// samples further apart than the gap threshold nothing is interpolated: the gap is reported and the grid resumes
/// at the first grid time at or after the sample that ends it. Inputs not later than the one before are ignored.
/// </summary>
internal sealed class ResampleKernel
{
    // Times parsed from text (0.03) and grid times computed as k / rate (3 / 100) can differ in the last bit;
    // this keeps a grid point that equals an input time from being skipped.
    private const double GridToleranceS = 1e-9;

    private readonly double _hz;
    private readonly GapDetector _gaps;
    private ImuSample _previous;
    private bool _started;
    private long _next;

    public ResampleKernel(SampleRate rate, double maxGapS)
    {
        _hz = rate.Hertz;
        _gaps = new GapDetector(maxGapS);
    }

    /// <summary>Takes the next input sample; emits the grid samples up to its time into <paramref name="output"/>
    /// and returns the gap it ended, if any.</summary>
    public SampleGap? Push(in ImuSample sample, IObserver<ImuSample> output)
    {
        if (!_started)
        {
            _gaps.Push(sample.TimeS, out _);
            Restart(sample, output);
            return null;
        }
        if (sample.TimeS <= _previous.TimeS) return null;
        if (_gaps.Push(sample.TimeS, out var gap))
        {
            Restart(sample, output);
            return gap;
        }

        var previous = _previous;
        double spanS = sample.TimeS - previous.TimeS;
        while (true)
        {
            double gridS = _next / _hz;
            if (gridS > sample.TimeS + GridToleranceS) break;
            double fraction = Math.Min(1.0, (gridS - previous.TimeS) / spanS);
            output.OnNext(Interpolate(previous, sample, fraction, gridS));
            _next++;
        }
        _previous = sample;
        return null;
    }

    /// <summary>Starts the grid again at the first grid time at or after <paramref name="sample"/>.</summary>
    private void Restart(in ImuSample sample, IObserver<ImuSample> output)
    {
        _started = true;
        _previous = sample;
        _next = (long)Math.Ceiling((sample.TimeS - GridToleranceS) * _hz);
        double gridS = _next / _hz;
        if (gridS <= sample.TimeS + GridToleranceS)
        {
            output.OnNext(sample.WithTime(gridS));
            _next++;
        }
    }

    private static ImuSample Interpolate(in ImuSample a, in ImuSample b, double fraction, double timeS)
    {
        bool hasRotation = a.HasRotationRate && b.HasRotationRate;
        return new ImuSample(
            timeS,
            a.AccelerationMs2.Lerp(b.AccelerationMs2, fraction),
            hasRotation ? a.RotationRateRadS.Lerp(b.RotationRateRadS, fraction) : Vec3.Zero,
            hasRotation,
            b.GravityIncluded);
    }
}
