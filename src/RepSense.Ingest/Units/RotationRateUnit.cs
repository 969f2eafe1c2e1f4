namespace RepSense.Ingest.Units;

/// <summary>The units recorders write rotation rate in. Converted to rad/s by <see cref="RotationRate.ToRadSFactor"/>.</summary>
public enum RotationRateUnit
{
    DegreesPerSecond,
    RadiansPerSecond,
}
