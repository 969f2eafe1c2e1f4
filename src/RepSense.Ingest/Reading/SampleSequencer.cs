namespace RepSense.Ingest.Reading;

/// <summary>
/// Keeps a file's samples in strictly increasing time, the order every stage after it relies on. A row with the
/// same time as the one before is averaged into it (Physics Toolbox writes bursts with one timestamp; averaging
/// keeps their information, where dropping would lose it); a row earlier than the one before is dropped. Both are
/// reported with their line. Holds one sample back to do this, so <see cref="Flush"/> must follow the last push.
/// </summary>
internal sealed class SampleSequencer(IngestDiagnostics diagnostics, string file)
{
    private ImuSample _pending;
    private bool _hasPending;
    private int _count;
    private Vec3 _accelerationSum;
    private Vec3 _rotationSum;

    /// <summary>Takes the next sample in file order; true when an earlier sample is ready in <paramref name="ready"/>.</summary>
    public bool Push(in ImuSample sample, long line, out ImuSample ready)
    {
        if (!_hasPending)
        {
            Start(sample);
            ready = default;
            return false;
        }

        double time = sample.TimeS, last = _pending.TimeS;
        if (time > last)
        {
            ready = Take();
            Start(sample);
            return true;
        }

        if (time == last)
        {
            if (_count == 1)
            {
                _accelerationSum = _pending.AccelerationMs2;
                _rotationSum = _pending.RotationRateRadS;
            }
            _accelerationSum += sample.AccelerationMs2;
            _rotationSum += sample.RotationRateRadS;
            _count++;
            diagnostics.Report(IngestProblemKind.RepeatedTimestamp, file, line, $"time {time:0.######} s repeats the row before");
        }
        else
        {
            diagnostics.Report(IngestProblemKind.BackwardsTimestamp, file, line,
                $"time {time:0.######} s is earlier than the {last:0.######} s before it");
        }
        ready = default;
        return false;
    }

    /// <summary>The sample held back, once, after the last push.</summary>
    public bool Flush(out ImuSample ready)
    {
        if (!_hasPending)
        {
            ready = default;
            return false;
        }
        ready = Take();
        _hasPending = false;
        return true;
    }

    private void Start(in ImuSample sample)
    {
        _pending = sample;
        _hasPending = true;
        _count = 1;
    }

    private ImuSample Take()
    {
        if (_count == 1) return _pending;
        double scale = 1.0 / _count;
        return _pending with { AccelerationMs2 = _accelerationSum * scale, RotationRateRadS = _rotationSum * scale };
    }
}
