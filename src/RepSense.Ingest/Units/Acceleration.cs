namespace RepSense.Ingest.Units;

/// <summary>
/// The one place where g, milli-g and m/s² meet. Kernels work on raw doubles in m/s²; everything that reads a unit
/// from a file converts through here.
/// </summary>
public static class Acceleration
{
    /// <summary>Standard gravity, m/s² per g (CGPM 1901; what every recorder app that writes g uses).</summary>
    public const double StandardGravityMs2 = 9.80665;

    public static double FromG(double g) => g * StandardGravityMs2;
    public static double FromMilliG(double milliG) => milliG * (StandardGravityMs2 / 1000.0);
    public static double FromMetersPerSecondSquared(double ms2) => ms2;
    public static double ToG(double ms2) => ms2 / StandardGravityMs2;

    /// <summary>What one unit of <paramref name="unit"/> is in m/s², for readers that scale a whole column with one
    /// multiplication per value.</summary>
    public static double ToMs2Factor(AccelerationUnit unit) => unit switch
    {
        AccelerationUnit.G => FromG(1.0),
        AccelerationUnit.MilliG => FromMilliG(1.0),
        AccelerationUnit.MetersPerSecondSquared => FromMetersPerSecondSquared(1.0),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown acceleration unit."),
    };

    /// <summary>The short name used in headers, options and messages: g, mg, m/s².</summary>
    public static string Symbol(AccelerationUnit unit) => unit switch
    {
        AccelerationUnit.G => "g",
        AccelerationUnit.MilliG => "mg",
        _ => "m/s²",
    };
}

/// <summary>Conversions into rad/s, the canonical rotation-rate unit.</summary>
public static class RotationRate
{
    public static double FromDegreesPerSecond(double dps) => dps * (Math.PI / 180.0);
    public static double FromRadiansPerSecond(double radS) => radS;
    public static double ToDegreesPerSecond(double radS) => radS * (180.0 / Math.PI);

    /// <summary>What one unit of <paramref name="unit"/> is in rad/s.</summary>
    public static double ToRadSFactor(RotationRateUnit unit) => unit switch
    {
        RotationRateUnit.DegreesPerSecond => FromDegreesPerSecond(1.0),
        RotationRateUnit.RadiansPerSecond => FromRadiansPerSecond(1.0),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown rotation-rate unit."),
    };
}
