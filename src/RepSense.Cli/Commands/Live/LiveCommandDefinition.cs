using System.CommandLine;

namespace RepSense.Cli.Commands.Live;

/// <summary><c>repsense live [--port PORT] [--json]</c>: the name, arguments and options of the verb.</summary>
internal sealed class LiveCommandDefinition : Command
{
    public const string CommandName = "live";

    private LiveCommandDefinition()
        : base(CommandName, "Count reps as they happen: read samples from standard input (CSV lines of any supported " +
                            "format, header first, e.g. t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps) or, with --port, from " +
                            "Sensor Logger's HTTP push, and print each set and rep the moment it is final. Ends at the " +
                            "end of the input, or on Ctrl+C with --port. With --json it prints one JSON object per event " +
                            "per line (JSON Lines): a live session has no end to wait for, so this verb is the exception " +
                            "to 'exactly one JSON document'.")
    {
        Options.Add(Port);
        Options.Add(CommonOptions.Json);
        Options.Add(CommonOptions.CommitLag);
        Options.Add(CommonOptions.Units);
        Options.Add(CommonOptions.TimeUnit);
    }

    public Option<int?> Port { get; } = new("--port")
    {
        Description = "Listen on http://127.0.0.1:PORT/ for Sensor Logger's HTTP push (set that URL in the app's " +
                      "data streaming settings) instead of reading standard input.",
        HelpName = "port",
    };

    /// <summary>The verb, wired to its behaviour.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new LiveCommandDefinition();
        definition.Port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } port && port is < 1 or > 65535)
                result.AddError($"--port must be from 1 to 65535; found {port}.");
        });
        definition.SetAction(parse => new LiveCommand(context, definition).Run(parse));
        return definition;
    }
}
