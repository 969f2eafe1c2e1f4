using System.CommandLine;

namespace RepSense.Cli.Commands.Analyze;

/// <summary><c>repsense analyze &lt;recording&gt;... [--exercise NAME] [--json]</c>: the name, arguments and options
/// of the verb.</summary>
internal sealed class AnalyzeCommandDefinition : Command
{
    public const string CommandName = "analyze";

    private AnalyzeCommandDefinition()
        : base(CommandName, "Find the sets in recordings and count and time their reps. Several recordings (several " +
                            "paths, or a folder of recordings) are analysed in parallel; with --json they print as one " +
                            "JSON array, in the order given.")
    {
        Arguments.Add(Recordings);
        Options.Add(CommonOptions.Exercise);
        Options.Add(CommonOptions.Json);
        Options.Add(CommonOptions.Units);
        Options.Add(CommonOptions.TimeUnit);
    }

    public Argument<string[]> Recordings { get; } = new("recording")
    {
        Description = "Recordings to analyse: files, .zip exports or folders. An app's export folder is one recording; " +
                      "any other folder is read for the recordings in it.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The verb, wired to its behaviour.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new AnalyzeCommandDefinition();
        definition.SetAction(parse => new AnalyzeCommand(context, definition).Run(parse));
        return definition;
    }
}
