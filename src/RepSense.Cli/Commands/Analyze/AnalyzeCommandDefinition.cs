using System.CommandLine;

namespace RepSense.Cli.Commands.Analyze;

/// <summary><c>repsense analyze &lt;recording&gt; [--exercise NAME] [--json]</c>: the name, arguments and options of
/// the verb.</summary>
internal sealed class AnalyzeCommandDefinition : Command
{
    public const string CommandName = "analyze";

    private AnalyzeCommandDefinition()
        : base(CommandName, "Find the sets in a recording and count and time their reps.")
    {
        Arguments.Add(CommonOptions.Recording);
        Options.Add(CommonOptions.Exercise);
        Options.Add(CommonOptions.Json);
        Options.Add(CommonOptions.Units);
        Options.Add(CommonOptions.TimeUnit);
    }

    /// <summary>The verb, wired to its behaviour.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new AnalyzeCommandDefinition();
        definition.SetAction(parse => new AnalyzeCommand(context).Run(parse));
        return definition;
    }
}
