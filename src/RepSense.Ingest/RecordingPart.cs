namespace RepSense.Ingest;

/// <summary>One file a recording is read from.</summary>
/// <param name="Path">The file, as messages name it (inside a .zip: <c>export.zip/Accelerometer.csv</c>).</param>
/// <param name="Format">Its detected format's name.</param>
/// <param name="Provides">What it contributes: "acceleration", "rotation rate", "acceleration and rotation rate" or "gravity".</param>
public sealed record RecordingPart(string Path, string Format, string Provides);
