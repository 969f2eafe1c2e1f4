namespace RepSense.Ingest;

/// <summary>Which sensors a recording carries.</summary>
[Flags]
public enum Channels
{
    None = 0,
    Accelerometer = 1,
    Gyroscope = 2,
    AccelerometerAndGyroscope = Accelerometer | Gyroscope,
}
