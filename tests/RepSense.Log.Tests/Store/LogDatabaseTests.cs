using Microsoft.Data.Sqlite;
using RepSense.Ingest;
using RepSense.Log.Store;

namespace RepSense.Log.Tests.Store;

public class LogDatabaseTests
{
    [Fact]
    public void Opening_a_new_log_creates_its_folder_and_applies_every_migration_in_wal_mode()
    {
        using var temp = new TempFolder();
        string path = temp.File("deep/er/log.db");
        using var connection = LogDatabase.Open(path);

        Assert.True(File.Exists(path));
        Assert.Equal(Migrations.All[^1].Version, LogDatabase.Version(connection));
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string)command.ExecuteScalar()!);
    }

    [Fact]
    public void A_later_migration_upgrades_an_existing_log_and_keeps_its_data()
    {
        using var temp = new TempFolder();
        string path = temp.File("log.db");
        var v1 = new[] { new Migration(1, "notes", "CREATE TABLE notes (text TEXT NOT NULL);") };
        using (var connection = LogDatabase.Open(path, v1))
            Execute(connection, "INSERT INTO notes VALUES ('kept')");

        var v2 = v1.Append(new Migration(2, "note dates", "ALTER TABLE notes ADD COLUMN date TEXT;")).ToList();
        using var upgraded = LogDatabase.Open(path, v2);

        Assert.Equal(2, LogDatabase.Version(upgraded));
        Assert.Equal("kept", Scalar(upgraded, "SELECT text FROM notes"));
        Assert.Equal(0L, Scalar(upgraded, "SELECT COUNT(*) FROM notes WHERE date IS NOT NULL"));
    }

    [Fact]
    public void A_failing_migration_leaves_the_log_at_its_old_version()
    {
        using var temp = new TempFolder();
        string path = temp.File("log.db");
        var v1 = new[] { new Migration(1, "notes", "CREATE TABLE notes (text TEXT);") };
        LogDatabase.Open(path, v1).Dispose();

        var broken = v1.Append(new Migration(2, "broken", "CREATE TABLE more (x INT); THIS IS NOT SQL;")).ToList();
        Assert.Throws<RepSenseException>(() => LogDatabase.Open(path, broken));

        using var again = LogDatabase.Open(path, v1);
        Assert.Equal(1, LogDatabase.Version(again));
        Assert.Equal(0L, Scalar(again, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'more'"));
    }

    [Fact]
    public void A_log_from_a_newer_version_is_refused()
    {
        using var temp = new TempFolder();
        string path = temp.File("log.db");
        LogDatabase.Open(path, [new Migration(1, "a", "CREATE TABLE a (x INT);"), new Migration(2, "b", "CREATE TABLE b (x INT);")]).Dispose();

        var ex = Assert.Throws<RepSenseException>(() => LogDatabase.Open(path, [new Migration(1, "a", "CREATE TABLE a (x INT);")]));
        Assert.Contains("written by a newer RepSense (expected schema version 1 or older, found 2)", ex.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_a_readable_error()
    {
        using var temp = new TempFolder();
        string path = temp.Write("log.db", "this is a text file, not SQLite, and it is long enough to have a header page");
        var ex = Assert.Throws<RepSenseException>(() => LogStore.Open(path));
        Assert.StartsWith($"{path}: the log cannot be opened", ex.Message);
    }

    [Fact]
    public void The_log_path_comes_from_the_option_then_the_environment_then_xdg()
    {
        var env = new Dictionary<string, string?> { ["HOME"] = "/home/lifter" };
        Assert.Equal("/tmp/x.db", LogPaths.Resolve("/tmp/x.db", n => env.GetValueOrDefault(n)));
        Assert.Equal("/home/lifter/.local/share/repsense/log.db", LogPaths.Resolve(null, n => env.GetValueOrDefault(n)));
        env["XDG_DATA_HOME"] = "/data";
        Assert.Equal("/data/repsense/log.db", LogPaths.Resolve(null, n => env.GetValueOrDefault(n)));
        env["REPSENSE_LOG"] = "/elsewhere/log.db";
        Assert.Equal("/elsewhere/log.db", LogPaths.Resolve(null, n => env.GetValueOrDefault(n)));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
