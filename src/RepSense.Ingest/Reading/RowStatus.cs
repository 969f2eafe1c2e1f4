namespace RepSense.Ingest.Reading;

/// <summary>What decoding one row gave.</summary>
internal enum RowStatus
{
    Ok,
    /// <summary>A cell that is read is empty: the row is skipped and counted.</summary>
    EmptyCell,
    /// <summary>A value is NaN or infinite: the row is skipped and counted.</summary>
    NotFinite,
    /// <summary>The row has fewer fields than the columns read: skipped, or a truncated last line.</summary>
    ShortRow,
    /// <summary>A cell is not a number: an error, or a truncated last line.</summary>
    Malformed,
    /// <summary>The row has more fields than the header, and text in them (empty fields after the last column are
    /// a trailing delimiter, and fine): an error in a file, a skipped row in a live source.</summary>
    ExtraFields,
}
