namespace RepSense.Ingest.Streams;

/// <summary>The kernel of gap detection, shared by <see cref="GapDetection.DetectGaps"/>, resampling and the
/// summary: remembers the last time and says when the next one is more than the threshold after it.</summary>
internal sealed class GapDetector
{
    private readonly double _maxGapS;
    private double _lastS;
    private bool _started;

    public GapDetector(double maxGapS) => _maxGapS = maxGapS;

    /// <summary>Takes the next time; true (with the gap) when it is more than the threshold after the previous one.</summary>
    public bool Push(double timeS, out SampleGap? gap)
    {
        bool isGap = _started && timeS - _lastS > _maxGapS;
        gap = isGap ? new SampleGap(_lastS, timeS) : null;
        _lastS = timeS;
        _started = true;
        return isGap;
    }
}
