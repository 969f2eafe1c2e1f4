using System.CommandLine;
using RepSense.Cli.Commands;
using RepSense.Ingest;

namespace RepSense.Cli;

/// <summary>
/// Builds the <c>repsense</c> command tree and runs it with the project's error contract: usage errors exit 2 with
/// the parser's message, bad input exits 1 with one readable sentence on stderr (a stack trace only with --verbose),
/// and nothing escapes as an unhandled exception.
/// </summary>
public static class CliApp
{
    public static RootCommand BuildRoot(CliContext context) => BuildRoot(CommandCatalog.All(context));

    /// <summary>The tree with the given verbs; tests use it to run a verb through the real error contract before it
    /// is registered in <see cref="CommandCatalog"/>.</summary>
    internal static RootCommand BuildRoot(IEnumerable<Command> commands)
    {
        var root = new RootCommand("RepSense: counts the reps in an IMU recording of a lifting session, times their " +
                                   "phases, flags tempo faults and keeps a progressive-overload log.");
        root.Options.Add(CommonOptions.Verbose);
        foreach (var command in commands)
            root.Subcommands.Add(command);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code.</summary>
    public static int Run(string[] args, CliContext context) => Run(args, context, BuildRoot(context));

    internal static int Run(string[] args, CliContext context, RootCommand root)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                context.Error.WriteLine($"repsense: {error.Message}");
            context.Error.WriteLine("Run 'repsense --help' (or 'repsense <command> --help') for usage.");
            return (int)ExitCode.Usage;
        }

        bool verbose = parse.GetValue(CommonOptions.Verbose);
        try
        {
            var invocation = new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            return parse.Invoke(invocation);
        }
        catch (Exception ex) when (ex is RepSenseException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"repsense: {OneSentence(ex)}");
            if (verbose) context.Error.WriteLine(ex.ToString());
            return (int)ExitCode.BadInput;
        }
        catch (Exception ex)
        {
            // A bug, not bad input; still one sentence for the user, the trace on request.
            context.Error.WriteLine($"repsense: internal error: {OneSentence(ex)} (run with --verbose for details)");
            if (verbose) context.Error.WriteLine(ex.ToString());
            return (int)ExitCode.BadInput;
        }
    }

    private static string OneSentence(Exception ex) => WrongKindOfFile.Message(ex).ReplaceLineEndings(" ").Trim();
}
