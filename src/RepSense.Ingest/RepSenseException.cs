namespace RepSense.Ingest;

/// <summary>
/// Input that RepSense cannot use, described for the person who gave it: the message is one readable sentence that
/// names the file (and line and column where there is one) and says what was expected and what was found. The CLI
/// prints the message alone and exits with code 1; a stack trace is shown only with --verbose.
/// </summary>
public class RepSenseException : Exception
{
    public RepSenseException(string message) : base(message) { }
    public RepSenseException(string message, Exception inner) : base(message, inner) { }
}
