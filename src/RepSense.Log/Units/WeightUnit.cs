namespace RepSense.Log.Units;

/// <summary>The unit a weight was lifted and logged in. A set keeps the unit it was logged in; nothing is converted
/// on the way into the log, so 225 lb stays 225 lb instead of becoming 102.058… kg.</summary>
public enum WeightUnit
{
    Kg,
    Lb,
}
