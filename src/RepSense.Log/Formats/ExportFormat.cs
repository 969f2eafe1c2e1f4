namespace RepSense.Log.Formats;

/// <summary>What <c>log export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>Strong's current layout (<see cref="LogFormats.Strong2025"/>): done sets, weights in kg.</summary>
    Strong,
    /// <summary>Hevy's layout (<see cref="LogFormats.Hevy"/>): done sets, weights in kg.</summary>
    Hevy,
    /// <summary>RepSense's own CSV (<see cref="LogFormats.RepSenseCsv"/>): every set, planned ones too, in its unit.</summary>
    Csv,
    /// <summary>The whole log as one JSON document, per-set faults included.</summary>
    Json,
}
