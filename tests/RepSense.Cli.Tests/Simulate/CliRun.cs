using RepSense.Cli;

namespace RepSense.Cli.Tests.Simulate;

/// <summary>Runs the CLI in-process and captures what it printed.</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, CliContext.Plain(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
