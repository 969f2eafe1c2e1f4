using System.CommandLine;

namespace RepSense.Cli.Commands.Eval;

/// <summary><c>repsense eval &lt;manifest.csv&gt; [--json]</c>: the name, arguments and options of the verb.</summary>
internal sealed class EvalCommandDefinition : Command
{
    public const string CommandName = "eval";

    private EvalCommandDefinition()
        : base(CommandName, "Measure rep counting on labelled recordings: exact %, within ±1 %, mean absolute error, " +
                            "per exercise and overall, and the worst sets. Sets whose label the manifest's audit marks " +
                            "suspect are listed apart and left out of the figures.")
    {
        Arguments.Add(Manifest);
        Options.Add(CommonOptions.Json);
        Options.Add(CommonOptions.CommitLag);
    }

    public Argument<string> Manifest { get; } = new("manifest")
    {
        Description = "A CSV with file,exercise,participant,true_reps,sample_rate_hz[,label_check,visual_reps]; paths relative to it.",
    };

    /// <summary>The verb, wired to its behaviour.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new EvalCommandDefinition();
        definition.SetAction(parse => new EvalCommand(context, definition).Run(parse));
        return definition;
    }
}
