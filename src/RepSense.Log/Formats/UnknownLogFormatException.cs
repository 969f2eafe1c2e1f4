using RepSense.Ingest;

namespace RepSense.Log.Formats;

/// <summary>A path that is no workout-log export: a file whose header is no export's, or a folder. Typed apart from the
/// reader's other errors (a bad row of a real export), so a caller may look at what the path is instead: the CLI
/// recognises a sensor recording.</summary>
public sealed class UnknownLogFormatException(string file, string message) : RepSenseException(message)
{
    /// <summary>The file as named in the message.</summary>
    public string File { get; } = file;
}
