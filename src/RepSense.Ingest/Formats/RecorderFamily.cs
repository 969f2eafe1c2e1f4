namespace RepSense.Ingest.Formats;

/// <summary>The app or device a format comes from. Files of one multi-file recording (a Sensor Logger folder, a
/// phyphox export, a MetaWear accelerometer + gyroscope pair) share a family; files of different families are
/// never combined.</summary>
public enum RecorderFamily
{
    Phyphox,
    SensorLogger,
    MetaWear,
    PhysicsToolbox,
    SensorLog,
    PolarSensorLogger,
    ActiGraph,
    Generic,
}
