namespace RepSense.Ingest;

/// <summary>One recoverable problem found while reading.</summary>
/// <param name="Kind">What went wrong, and so what was done about it.</param>
/// <param name="File">The file as messages name it.</param>
/// <param name="Line">1-based line in the file, or 0 for a problem of the whole file or of a pushed message (whose
/// message names it).</param>
/// <param name="Message">What was found, for a person.</param>
public sealed record IngestProblem(IngestProblemKind Kind, string File, long Line, string Message)
{
    /// <summary>"Raw Data.csv:17: …", or the message alone for a whole-file problem.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
