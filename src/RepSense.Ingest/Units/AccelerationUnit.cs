namespace RepSense.Ingest.Units;

/// <summary>The units recorders write acceleration in. Converted to m/s² by <see cref="Acceleration.ToMs2Factor"/>.</summary>
public enum AccelerationUnit
{
    /// <summary>Standard gravity (9.80665 m/s²), e.g. MetaWear, ActiGraph, Apple Watch with standardisation off.</summary>
    G,
    /// <summary>Thousandths of g, e.g. Polar Sensor Logger.</summary>
    MilliG,
    /// <summary>m/s², e.g. phyphox and Sensor Logger phone files.</summary>
    MetersPerSecondSquared,
}
