using System.Diagnostics;
using Microsoft.Data.Sqlite;
using RepSense.Log.Store;

namespace RepSense.Cli.Tests.Log;

/// <summary>The built <c>repsense</c> run as real processes: killed in the middle of an import, and two at once.</summary>
public class ProcessTests
{
    // A guard against a child that never reaches the point the test waits for; not a measure of speed.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    private static ProcessStartInfo Repsense(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "repsense.dll"));
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove(LogPaths.EnvironmentVariable);
        return start;
    }

    [Fact]
    public async Task An_import_killed_inside_its_transaction_leaves_the_log_as_it_was()
    {
        using var cli = new CliRun();
        cli.Run("log", "add", "deadlift", "100kg", "3x5", "--date", "2025-03-03");
        string export = cli.Folder.Write("strong.csv", StrongFixture.Workouts(4, 3));

        var start = Repsense("log", "import", export, "--log", cli.Log);
        start.Environment["REPSENSE_TEST_HANG_AFTER_ROWS"] = "10";
        using (var child = Process.Start(start)!)
        {
            var reachedHang = Task.Run(() =>
            {
                while (child.StandardError.ReadLine() is { } line)
                    if (line.Contains("REPSENSE_TEST_HANGING")) return true;
                return false;
            }, TestContext.Current.CancellationToken);
            Assert.True(await reachedHang.WaitAsync(Guard, TestContext.Current.CancellationToken),
                "the child never reached the middle of its import");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        using (var store = LogStore.Open(cli.Log))
        {
            Assert.Single(store.Workouts());
            Assert.Equal(3, store.Sets().Count);
        }
        Assert.Equal("ok", IntegrityCheck(cli.Log));

        var (code, output, _) = cli.Run("log", "import", export);
        Assert.Equal(0, code);
        Assert.Contains("Imported 4 workouts (24 sets)", output);
    }

    [Fact]
    public void Two_processes_importing_at_once_both_succeed_and_nothing_is_lost()
    {
        using var cli = new CliRun();
        cli.Run("log", "add", "deadlift", "100kg", "3x5", "--date", "2025-03-03");
        string first = cli.Folder.Write("a.csv", StrongFixture.Workouts(10, 4, firstDay: 1));
        string second = cli.Folder.Write("b.csv", StrongFixture.Workouts(10, 4, firstDay: 15));

        var children = new[] { first, second }.Select(file => Process.Start(Repsense("log", "import", file, "--log", cli.Log))!).ToList();
        foreach (var child in children)
        {
            Assert.True(child.WaitForExit(Guard), "an import did not finish");
            Assert.Equal(0, child.ExitCode);
            child.Dispose();
        }

        using var store = LogStore.Open(cli.Log);
        Assert.Equal(21, store.Workouts().Count);
        Assert.Equal(3 + 2 * 10 * 8, store.Sets().Count);
    }

    private static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
