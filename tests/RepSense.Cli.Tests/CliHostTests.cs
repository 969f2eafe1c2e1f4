using RepSense.Cli;

namespace RepSense.Cli.Tests;

public class CliHostTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => InProcess.Run(args);

    [Fact]
    public void Help_exits_zero_and_names_the_tool()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("repsense", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error_with_exit_code_2()
    {
        var (code, _, error) = Run("no-such-command");
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("no-such-command", error);
    }
}
