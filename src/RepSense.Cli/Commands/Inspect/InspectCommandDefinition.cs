using System.CommandLine;

namespace RepSense.Cli.Commands.Inspect;

/// <summary><c>repsense inspect &lt;recording&gt;</c>: the name, arguments and options of the verb.</summary>
internal sealed class InspectCommandDefinition : Command
{
    public const string CommandName = "inspect";

    private InspectCommandDefinition()
        : base(CommandName, "Show what a recording is: its format, channels, duration, nominal and measured sample " +
                            "rate, gaps, skipped rows, whether gravity is included, and the problems found reading it.")
    {
        Arguments.Add(Recording);
        Options.Add(CommonOptions.Json);
        Options.Add(CommonOptions.Units);
        Options.Add(CommonOptions.TimeUnit);
    }

    public Argument<string> Recording { get; } = new("recording")
    {
        Description = "A recording file, a folder (Sensor Logger, phyphox, MetaWear) or a .zip export.",
    };

    /// <summary>The verb, wired to its behaviour.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new InspectCommandDefinition();
        definition.SetAction(parse => new InspectCommand(context, definition).Run(parse));
        return definition;
    }
}
