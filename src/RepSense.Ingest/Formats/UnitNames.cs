using RepSense.Ingest.Units;

namespace RepSense.Ingest.Formats;

/// <summary>The unit spellings a header may carry (<c>ax_g</c>, <c>gx_dps</c>, <c>t_ms</c>, <c>x (m/s^2)</c>), read
/// case-insensitively.</summary>
public static class UnitNames
{
    public static AccelerationUnit? Acceleration(string text) => text.Trim().ToLowerInvariant() switch
    {
        "g" => AccelerationUnit.G,
        "mg" => AccelerationUnit.MilliG,
        "ms2" or "m/s2" or "m/s^2" or "m/s²" or "mps2" or "m_s2" or "ms-2" => AccelerationUnit.MetersPerSecondSquared,
        _ => null,
    };

    public static RotationRateUnit? RotationRate(string text) => text.Trim().ToLowerInvariant() switch
    {
        "dps" or "deg/s" or "degs" or "deg_s" or "°/s" => RotationRateUnit.DegreesPerSecond,
        "rads" or "rad/s" or "rad_s" or "rps" => RotationRateUnit.RadiansPerSecond,
        _ => null,
    };

    public static TimeUnit? Time(string text) => text.Trim().ToLowerInvariant() switch
    {
        "s" or "sec" or "secs" or "seconds" => TimeUnit.Seconds,
        "ms" or "msec" => TimeUnit.Milliseconds,
        "ns" or "nsec" => TimeUnit.Nanoseconds,
        _ => null,
    };
}
