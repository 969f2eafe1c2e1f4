namespace RepSense.Ingest.Formats;

/// <summary>What a column of a format holds.</summary>
public enum ColumnMeaning
{
    /// <summary>The time column; its meaning is the format's <see cref="RecorderFormat.Time"/>.</summary>
    Time,
    /// <summary>One term of an acceleration axis. Columns of the same axis are added (Apple Watch gravity + user
    /// acceleration gives total acceleration).</summary>
    Acceleration,
    /// <summary>One rotation-rate axis.</summary>
    RotationRate,
    /// <summary>A column that identifies the format (it must be present unless optional) but is not read.</summary>
    Signature,
}
