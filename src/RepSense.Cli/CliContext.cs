using RepSense.Ingest;
using RepSense.Log.Recordings;

namespace RepSense.Cli;

/// <summary>
/// What a command's behaviour writes to: the invocation's output and error writers (never <see cref="Console"/>
/// directly, so tests can run commands in-process), and whether colour and live progress may be used.
/// </summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, bool colour, bool interactive)
    {
        Output = output;
        Error = error;
        Colour = colour;
        Interactive = interactive;
        Analyzer = (path, exercise) => Commands.Analyze.CliAnalysis.ForLog(path, exercise, error);
    }

    public TextWriter Output { get; }
    public TextWriter Error { get; }

    /// <summary>What a command reads as its standard input (<c>repsense live</c> without --port).</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>Cancelled to end a command that runs until stopped (<c>repsense live --port</c>); a real process also
    /// stops it on Ctrl+C.</summary>
    public CancellationToken Stop { get; init; }

    /// <summary>False when NO_COLOR is set or output is redirected.</summary>
    public bool Colour { get; }

    /// <summary>True when stdout is a terminal: progress bars and live displays may be drawn.</summary>
    public bool Interactive { get; }

    /// <summary>Analyses a recording for <c>repsense import</c>: the real analyzer, telling the reading warnings on
    /// <see cref="Error"/>, unless a test sets another.</summary>
    public RecordingAnalyzer Analyzer { get; init; }

    /// <summary>The context of a real process: colour only on a terminal and without NO_COLOR
    /// (https://no-color.org: any non-empty value disables colour).</summary>
    public static CliContext ForConsole()
    {
        bool redirected = Console.IsOutputRedirected;
        bool noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliContext(Console.Out, Console.Error, colour: !redirected && !noColour, interactive: !redirected)
        {
            Input = Console.In,
        };
    }

    /// <summary>A context for tests: plain text into the given writers.</summary>
    public static CliContext Plain(TextWriter output, TextWriter error) => new(output, error, colour: false, interactive: false);
}
