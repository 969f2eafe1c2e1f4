using System.CommandLine;

namespace RepSense.Cli.Commands.Eval;

/// <summary><c>repsense eval &lt;manifest.csv&gt; [--json]</c> or <c>repsense eval --simulated [--seeds N] [--json]</c>:
/// the name, arguments and options of the verb.</summary>
internal sealed class EvalCommandDefinition : Command
{
    public const string CommandName = "eval";

    private EvalCommandDefinition()
        : base(CommandName, "Measure rep counting on labelled recordings: exact %, within ±1 %, mean absolute error, " +
                            "per exercise and overall, and the worst sets. Sets whose label the manifest's audit marks " +
                            "suspect are listed apart and left out of the figures. With --simulated, measure the tempo analysis " +
                            "on simulated recordings instead (phase boundaries, flags, clean sets).")
    {
        Arguments.Add(Manifest);
        Options.Add(Simulated);
        Options.Add(Seeds);
        Options.Add(CommonOptions.Json);
        Options.Add(CommonOptions.CommitLag);
        Options.Add(AsLive);
        Validators.Add(result =>
        {
            bool manifest = result.GetResult(Manifest) is { Tokens.Count: > 0 };
            bool simulated = result.GetValue(Simulated);
            if (manifest == simulated)
                result.AddError("eval needs either a manifest or --simulated (not both).");
            if (!simulated && result.GetResult(Seeds) is { Implicit: false })
                result.AddError("--seeds goes with --simulated.");
            if (simulated && result.GetValue(AsLive))
                result.AddError("--as-live goes with a manifest.");
        });
    }

    public Argument<string> Manifest { get; } = new("manifest")
    {
        Description = "A CSV with file,exercise,participant,true_reps,sample_rate_hz[,label_check,visual_reps]; paths relative to it.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<bool> Simulated { get; } = new("--simulated")
    {
        Description = "Evaluate the tempo analysis on simulated recordings (every modelled exercise in every scenario " +
                      "per seed, at 12.5-200 Hz, with and without a gyroscope, in random orientations), once with the " +
                      "exercise given and once without.",
    };

    public Option<bool> AsLive { get; } = new("--as-live")
    {
        Description = "Count as `repsense live` does: a commit lag of 0.3 s (unless --commit-lag says otherwise), an " +
                      "announced set followed every 0.25 s. How a rep is judged depends a little on when it is looked at.",
    };

    public Option<int> Seeds { get; } = new("--seeds")
    {
        Description = "Seeds of the simulated evaluation (each gives one recording per exercise and scenario).",
        HelpName = "n",
        DefaultValueFactory = _ => 10,
        CustomParser = OptionValues.WholeNumber("--seeds", 1, 1000),
    };

    /// <summary>The verb, wired to its behaviour.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new EvalCommandDefinition();
        definition.SetAction(parse => parse.GetValue(definition.Simulated)
            ? new SimulatedEvalCommand(context, definition).Run(parse)
            : new EvalCommand(context, definition).Run(parse));
        return definition;
    }
}
