namespace RepSense.Ingest.Live;

/// <summary>One reading of one sensor in a push message.</summary>
/// <param name="Sensor">The sensor's name in lower case, e.g. "gyroscope".</param>
/// <param name="TimeNs">Unix nanoseconds.</param>
/// <param name="Values">x, y and z in the app's units (m/s², rad/s).</param>
internal readonly record struct SensorReading(string Sensor, long TimeNs, Vec3 Values);
