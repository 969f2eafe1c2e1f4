using RepSense.Cli.Tests.Log;

namespace RepSense.Cli.Tests.Commands;

/// <summary>A file a command cannot write (here under /proc, where no file can be created, not even by root) is bad
/// input told in one sentence saying what could not be written where, without .NET's own wording or a stack trace.</summary>
public class OutputFileErrorTests
{
    public static TheoryData<string[], string> Unwritable => new()
    {
        { ["report", "{rec}", "-o", "/proc/x.html"], "cannot write the report to /proc/x.html: " },
        { ["plot", "{rec}", "-o", "/proc"], "cannot write the plot /proc/set-01-signal.svg: " },
        { ["simulate", "-e", "DB row", "-o", "/proc/x.csv"], "cannot write the recording /proc/x.csv: " },
        { ["log", "export", "--format", "json", "-o", "/proc/x.json"], "cannot write the export to /proc/x.json: " },
    };

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void An_unwritable_output_exits_1_with_one_sentence(string[] args, string expected)
    {
        Assert.SkipUnless(Directory.Exists("/proc/self"), "needs Linux's /proc");
        using var cli = new CliRun();
        string[] argv = args.Select(a => a.Replace("{rec}", RepositoryFolder.SampleData("dumbbell-row.csv"))).ToArray();

        var (code, _, error) = args[0] == "log" ? cli.Run(argv) : InProcess.Run(argv);

        Assert.True(code == (int)ExitCode.BadInput, $"exit {code}: {error}");
        string message = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("repsense: " + expected, message);
        Assert.DoesNotContain("Could not find", message);
        Assert.EndsWith(".", message);
    }
}
