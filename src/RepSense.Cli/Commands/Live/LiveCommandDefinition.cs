using System.CommandLine;

namespace RepSense.Cli.Commands.Live;

/// <summary><c>repsense live [--port PORT [--listen ADDRESS --token T]] [--json] [--no-provisional]</c>: the name, arguments and options
/// of the verb.</summary>
internal sealed class LiveCommandDefinition : Command
{
    public const string CommandName = "live";

    private LiveCommandDefinition()
        : base(CommandName, "Count reps as they happen: read samples from standard input (CSV lines of any supported " +
                            "format, header first, e.g. t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps) or, with --port, from " +
                            "Sensor Logger's HTTP push, and print each set and rep the moment it is final (and, until a set is " +
                            "recognised, each cycle of movement as a provisional rep). Ends at the " +
                            "end of the input, or on Ctrl+C with --port. With --json it prints one JSON object per event " +
                            "per line (JSON Lines): a live session has no end to wait for, so this verb is the exception " +
                            "to 'exactly one JSON document'.")
    {
        Options.Add(Port);
        Options.Add(Listen);
        Options.Add(Token);
        Options.Add(Json);
        Options.Add(NoProvisional);
        Options.Add(CommonOptions.CommitLag);
        Options.Add(CommonOptions.Units);
        Options.Add(CommonOptions.TimeUnit);
    }

    /// <summary>This verb's --json: JSON Lines, not the one document <see cref="CommonOptions.Json"/> promises.</summary>
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print one JSON object (camelCase) per event, one per line (JSON Lines), on stdout, as each event happens.",
    };

    public Option<bool> NoProvisional { get; } = new("--no-provisional")
    {
        Description = "Print only what is final: no provisional count of the movement's cycles before a set is recognised " +
                      "(by default each is printed as it completes, marked provisional, and replaced or withdrawn later).",
    };

    public Option<int?> Port { get; } = new("--port")
    {
        Description = "Listen on http://127.0.0.1:PORT/ (or --listen's address) for Sensor Logger's HTTP push (set that URL in the app's " +
                      "data streaming settings) instead of reading standard input.",
        HelpName = "port",
        CustomParser = OptionValues.OptionalWholeNumber("--port", 1, 65535),
    };

    public Option<string?> Listen { get; } = new("--listen")
    {
        Description = "With --port, listen on this IP address instead of 127.0.0.1 (0.0.0.0 for every IPv4 address, so " +
                      "a phone on the same network can push without a tunnel). Needs --token.",
        HelpName = "address",
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "With --port, refuse (401) every request that does not carry this token: put it in the push URL " +
                      "as ?token=T (or send the header 'Authorization: Bearer T').",
        HelpName = "token",
    };

    /// <summary>The verb, wired to its behaviour.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new LiveCommandDefinition();
        definition.Listen.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } address && !PushServer.IsAddress(address))
                result.AddError($"--listen takes an IP address of this machine, or 0.0.0.0 for every IPv4 address; found '{address}'.");
        });
        definition.Token.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } token && (token.Length == 0 || token.Any(char.IsWhiteSpace)))
                result.AddError("--token must be a word without spaces (it goes into the push URL).");
        });
        definition.Validators.Add(result =>
        {
            // Whether given, not their values: a value the parser refused has none to read.
            bool port = result.GetResult(definition.Port) is not null;
            if (!port && (result.GetResult(definition.Listen) is not null || result.GetResult(definition.Token) is not null))
                result.AddError("--listen and --token go with --port (the HTTP push).");
            else if (result.GetResult(definition.Listen) is not null && result.GetResult(definition.Token) is null)
                result.AddError("--listen lets other machines push: give --token T too (the phone sends it as ?token=T in the push URL).");
        });
        definition.SetAction(parse => new LiveCommand(context, definition).Run(parse));
        return definition;
    }
}
