namespace RepSense.Ingest.Streams;

/// <summary>What a whole stream of samples looked like, as <see cref="Summarizing.Summarize"/> measured it.</summary>
/// <param name="SampleCount">Samples seen.</param>
/// <param name="FirstTimeS">Time of the first sample; 0 for an empty stream.</param>
/// <param name="DurationS">From the first to the last sample; 0 for fewer than two.</param>
/// <param name="MeasuredRateHz">Samples per second outside gaps: intervals counted between samples that are not
/// gaps, over the time they span. Null for fewer than two samples outside gaps.</param>
/// <param name="MeanAccelerationMagnitudeMs2">Mean of |acceleration|; about 9.81 with gravity included, small without.
/// Null for an empty stream.</param>
/// <param name="SamplesWithRotationRate">Samples that carry a rotation rate.</param>
/// <param name="GapCount">Gaps found (every one, however many).</param>
/// <param name="GapsDurationS">Their total duration.</param>
/// <param name="Gaps">The first <see cref="Summarizing.MaxGapsListed"/> gaps, in time order.</param>
public sealed record StreamSummary(
    long SampleCount,
    double FirstTimeS,
    double DurationS,
    double? MeasuredRateHz,
    double? MeanAccelerationMagnitudeMs2,
    long SamplesWithRotationRate,
    int GapCount,
    double GapsDurationS,
    IReadOnlyList<SampleGap> Gaps);
