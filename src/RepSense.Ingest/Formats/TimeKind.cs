namespace RepSense.Ingest.Formats;

/// <summary>What a format's time column means. Every kind becomes seconds from the recording's first sample; the
/// integer kinds are read as 64-bit integers so that epoch nanoseconds keep their precision.</summary>
public enum TimeKind
{
    /// <summary>Seconds from an arbitrary start (phyphox experiment time, Physics Toolbox linear, generic t_s).</summary>
    ElapsedSeconds,
    /// <summary>Milliseconds from an arbitrary start (generic CSV with a _ms time column).</summary>
    ElapsedMilliseconds,
    /// <summary>Nanoseconds from an arbitrary start (generic CSV with a _ns time column).</summary>
    ElapsedNanoseconds,
    /// <summary>Unix epoch milliseconds, UTC (MetaWear <c>epoch (ms)</c>).</summary>
    UnixMilliseconds,
    /// <summary>Unix epoch nanoseconds, UTC (Sensor Logger <c>time</c>).</summary>
    UnixNanoseconds,
    /// <summary>Sensor-clock nanoseconds since 2000-01-01 in an unknown time zone (Polar <c>sensor timestamp [ns]</c>).</summary>
    SensorNanoseconds,
    /// <summary>A dateless wall clock <c>HH:MM:SS:ffff</c> or <c>HH:MM:SS.fff</c>, local time (Physics Toolbox g-force);
    /// a step back of more than 12 hours is taken as midnight passing.</summary>
    WallClock,
    /// <summary>No time column: sample n is at n / rate, the rate coming from the preamble (ActiGraph RAW).</summary>
    RowIndex,
    /// <summary>Elapsed time whose unit the header names (<c>t_s</c>, <c>time_ms</c>) or <c>--time-unit</c> gives;
    /// seconds when neither does (generic CSV).</summary>
    ElapsedFromHeader,
}
