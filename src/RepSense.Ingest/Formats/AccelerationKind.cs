namespace RepSense.Ingest.Formats;

/// <summary>What a format's acceleration columns measure.</summary>
public enum AccelerationKind
{
    /// <summary>What an accelerometer reads: about 9.81 m/s² at rest ("Acceleration with g", TotalAcceleration).</summary>
    IncludesGravity,
    /// <summary>Gravity removed by the phone ("Linear Acceleration", Sensor Logger Accelerometer, iOS user acceleration).</summary>
    GravityRemoved,
    /// <summary>The gravity vector alone (Sensor Logger Gravity.csv), to be added back to gravity-removed acceleration.</summary>
    GravityVector,
}
