namespace RepSense.Ingest.Formats;

/// <summary>A canonical sensor-frame axis, the one a file column maps to whatever order the file writes them in.</summary>
public enum Axis
{
    X,
    Y,
    Z,
}
