namespace RepSense.Ingest;

/// <summary>
/// A file whose header matches no recorder format. It carries the header line, so a caller that knows other kinds
/// of file (the CLI knows workout-log exports) can say what the file is instead of only what it is not.
/// </summary>
public sealed class UnknownFormatException(string file, string headerLine, string message) : RepSenseException(message)
{
    /// <summary>The file as named in the message.</summary>
    public string File { get; } = file;

    /// <summary>The file's first non-blank line, as read.</summary>
    public string HeaderLine { get; } = headerLine;
}
