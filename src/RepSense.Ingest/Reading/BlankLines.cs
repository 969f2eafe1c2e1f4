namespace RepSense.Ingest.Reading;

/// <summary>
/// Finds the blank lines between data rows from the line numbers of the rows around them, and reports each as a
/// skipped row: no format writes them, so a row may have been lost there. Blank lines after the last row are never
/// followed by one and stay harmless (a file ending in an empty line or two is common). The file reader and the live
/// line parser share it, so a file and the same lines on stdin report the same.
/// </summary>
internal sealed class BlankLines(IngestDiagnostics diagnostics, string file, long headerLine)
{
    private long _nextLine = headerLine + 1;

    /// <summary>Notes a row that is not blank at the 1-based <paramref name="line"/>, after reporting the blank lines
    /// between it and the row (or header) before.</summary>
    public void BeforeRow(long line)
    {
        for (long blank = _nextLine; blank < line; blank++)
            diagnostics.Report(IngestProblemKind.BlankLine, file, blank, "a blank line between data rows");
        _nextLine = line + 1;
    }
}
