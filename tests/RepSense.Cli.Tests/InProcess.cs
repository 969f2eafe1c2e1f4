using RepSense.Cli;

namespace RepSense.Cli.Tests;

/// <summary>Runs <c>repsense</c> in-process, as the host does, into plain-text writers.</summary>
internal static class InProcess
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, CliContext.Plain(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
