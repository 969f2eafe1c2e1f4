namespace RepSense.Ingest.Streams;

/// <summary>A stretch without samples longer than the gap threshold: reported, never interpolated across.</summary>
/// <param name="StartS">Time of the last sample before the gap.</param>
/// <param name="EndS">Time of the first sample after it.</param>
public sealed record SampleGap(double StartS, double EndS)
{
    public double DurationS => EndS - StartS;
}
