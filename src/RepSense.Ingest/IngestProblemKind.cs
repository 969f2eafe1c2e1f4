namespace RepSense.Ingest;

/// <summary>The recoverable problems a read reports instead of failing.</summary>
public enum IngestProblemKind
{
    /// <summary>A row with an empty cell in a column that is read: skipped.</summary>
    EmptyCell,
    /// <summary>A row with a NaN or infinite value: skipped.</summary>
    NotANumber,
    /// <summary>A row with fewer fields than the columns read: skipped.</summary>
    ShortRow,
    /// <summary>A blank line between data rows: skipped and counted, since a row may have been lost there (blank
    /// lines after the last row are harmless, and not counted).</summary>
    BlankLine,
    /// <summary>The last line is cut off (the file looks truncated): skipped.</summary>
    TruncatedLastLine,
    /// <summary>A row with the same timestamp as the one before: averaged into it.</summary>
    RepeatedTimestamp,
    /// <summary>A row earlier than the one before: dropped.</summary>
    BackwardsTimestamp,
    /// <summary>The values do not fit the unit the header or an option gave (gravity reads 96 "g"): a warning.</summary>
    SuspectUnit,
    /// <summary>The acceleration does not fit what the format says about gravity: a warning.</summary>
    SuspectGravity,
    /// <summary>A live row with a cell that is not a number: skipped (in a file, where nothing more is coming to
    /// make up for it, it is an error).</summary>
    MalformedRow,
    /// <summary>A live row with more fields than the header, other than empty ones at its end: skipped (in a file,
    /// where the columns can no longer be trusted to be the header's, it is an error).</summary>
    ExtraFields,
    /// <summary>A pushed message that is not of the expected shape: its readings are dropped, all of them.</summary>
    MalformedMessage,
    /// <summary>Pushed readings no newer than readings of their sensor already received (a batch sent again after
    /// a network hiccup): dropped.</summary>
    StaleReadings,
}
