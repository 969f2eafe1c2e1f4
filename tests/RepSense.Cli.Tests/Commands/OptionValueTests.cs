using RepSense.Cli.Tests.Log;
using RepSense.Log.Store;

namespace RepSense.Cli.Tests.Commands;

/// <summary>A value the command line gives that cannot be used is a usage error (exit 2, README "Commands"), said in
/// one sentence that names the option or argument and what was found, and nothing is read, analysed or written.</summary>
public class OptionValueTests
{
    public static TheoryData<string[], string> BadValues => new()
    {
        { ["import", "{rec}", "--exercise", "DB row", "--weight", "abc"], "'abc'" },
        { ["import", "{rec}", "--exercise", "DB row", "--weight", "-20kg"], "'-20kg'" },
        { ["import", "{rec}", "--exercise", "DB row", "--weight", "30kg", "--date", "2025-13-01"], "'2025-13-01'" },
        { ["import", "{rec}", "--exercise", "DB rwo", "--weight", "30kg"], "'DB rwo'" },
        { ["analyze", "{rec}", "--exercise", "DB rwo"], "'DB rwo'" },
        { ["plot", "{rec}", "--exercise", "DB rwo", "-o", "{out}"], "'DB rwo'" },
        { ["report", "{rec}", "--exercise", "DB rwo", "-o", "{out}"], "'DB rwo'" },
        { ["log", "add", "deadlift", "abc", "3x5"], "'abc'" },
        { ["log", "add", "deadlift", "100kg", "3x5", "--rpe", "15"], "15" },
        { ["log", "add", "deadlift", "100kg", "3x5", "--rpe", "abc"], "'abc'" },
        { ["log", "add", "deadlift", "100kg", "3x5", "--rir", "-3"], "-3" },
        { ["log", "rule", "deadlift", "linear", "5x5", "--increment", "abc"], "'abc'" },
        { ["log", "rule", "deadlift", "linear", "5x5", "--increment", "2.5"], "'2.5'" },
        { ["log", "rule", "deadlift", "triple", "5x5"], "'triple'" },
        { ["log", "rule", "deadlift", "linear", "5"], "'5'" },
        { ["log", "export", "--format", "xml"], "'xml'" },
        { ["log", "import", "{rec}", "--unit", "st"], "'st'" },
        { ["analyze", "{rec}", "--units", "kg"], "'kg'" },
        { ["analyze", "{rec}", "--time-unit", "h"], "'h'" },
        { ["live", "--commit-lag", "soon"], "'soon'" },
        { ["live", "--port", "http"], "'http'" },
        { ["eval", "--simulated", "--seeds", "many"], "'many'" },
        { ["simulate", "-e", "DB row", "--reps", "ten", "-o", "{out}"], "'ten'" },
        { ["simulate", "-e", "DB row", "--rate", "fast", "-o", "{out}"], "'fast'" },
        { ["simulate", "-e", "DB row", "--rest", "long", "-o", "{out}"], "'long'" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void An_unusable_value_exits_2_with_one_sentence_naming_it(string[] args, string found)
    {
        using var cli = new CliRun();
        string output = cli.Folder.File("out");
        string[] argv = args.Select(a => a.Replace("{rec}", RepositoryFolder.SampleData("dumbbell-row.csv")).Replace("{out}", output)).ToArray();

        bool logVerb = args[0] is "import" or "log"; // the verbs that take --log, which CliRun adds
        var (code, stdout, error) = logVerb ? cli.Run(argv) : InProcess.Run(argv);

        Assert.True(code == (int)ExitCode.Usage, $"exit {code}: {error}");
        Assert.Equal("", stdout);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string message = lines[0];
        Assert.StartsWith("repsense: ", message);
        Assert.Contains(found, message);
        Assert.DoesNotContain("System.", message); // no .NET type names
        Assert.EndsWith(".", message.TrimEnd());
        Assert.StartsWith("Run 'repsense --help'", lines[^1]); // the message is one line, then the usage hint
        Assert.Equal(2, lines.Length);
        Assert.False(Path.Exists(output));
        using var store = LogStore.Open(cli.Log);
        Assert.Empty(store.Workouts());
    }
}
