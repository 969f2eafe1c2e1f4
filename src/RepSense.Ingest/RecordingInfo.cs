using RepSense.Ingest.Units;

namespace RepSense.Ingest;

/// <summary>What is known about a recording before its samples are read: where it came from, which format it was
/// detected as, which sensors it carries and the rate and start time it declares.</summary>
/// <param name="Source">The path (file, folder or .zip) as the user gave it, or a name for a live source.</param>
/// <param name="Format">The detected format's display name, e.g. "phyphox Acceleration (with g)".</param>
/// <param name="Channels">The sensors present.</param>
/// <param name="NominalRate">The rate the file or its preamble declares, or null when it declares none (the measured
/// rate is a property of the samples, see the inspect report).</param>
/// <param name="StartTime">Wall-clock time of the first sample when the format records one.</param>
/// <param name="GravityIncluded">Whether acceleration includes gravity.</param>
public sealed record RecordingInfo(
    string Source,
    string Format,
    Channels Channels,
    SampleRate? NominalRate,
    DateTimeOffset? StartTime,
    bool GravityIncluded);
