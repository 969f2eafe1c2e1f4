using Microsoft.Data.Sqlite;
using RepSense.Ingest;

namespace RepSense.Log.Store;

/// <summary>
/// Opens the log's SQLite file: creates it (and its folder) when missing, switches it to WAL so a reader never
/// blocks a writer, sets a busy timeout so a second <c>repsense</c> process waits for the first instead of failing,
/// and applies the schema migrations it lacks in one transaction.
/// </summary>
public static class LogDatabase
{
    /// <summary>How long a writer waits for another process's transaction before giving up.</summary>
    public const int BusyTimeoutMs = 15_000;

    public static SqliteConnection Open(string path) => Open(path, Migrations.All);

    /// <param name="path">The database file.</param>
    /// <param name="migrations">The schema steps, in version order (tests pass their own).</param>
    public static SqliteConnection Open(string path, IReadOnlyList<Migration> migrations)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString());
        try
        {
            connection.Open();
            var session = new SqlSession(connection);
            session.Execute($"PRAGMA busy_timeout = {BusyTimeoutMs}");
            session.Execute("PRAGMA journal_mode = WAL");
            session.Execute("PRAGMA foreign_keys = ON");
            Migrate(session, path, migrations);
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new RepSenseException($"{path}: the log cannot be opened (expected a RepSense SQLite database; SQLite says: {ex.Message.TrimEnd('.')}).", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The schema version of an open database (its <c>PRAGMA user_version</c>).</summary>
    public static int Version(SqliteConnection connection) => Version(new SqlSession(connection));

    private static int Version(SqlSession session) => (int)session.Scalar<long>("PRAGMA user_version");

    private static void Migrate(SqlSession session, string path, IReadOnlyList<Migration> migrations)
    {
        int latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (Version(session) == latest) return;

        // IMMEDIATE: two processes opening an old database at once apply each step once, one after the other.
        session.InTransaction(() =>
        {
            int current = Version(session);
            if (current > latest)
                throw new RepSenseException($"{path}: the log was written by a newer RepSense (expected schema version {latest} or older, found {current}).");
            foreach (var migration in migrations.Where(m => m.Version > current))
            {
                session.Execute(migration.Sql);
                session.Execute($"PRAGMA user_version = {migration.Version}");
            }
        });
    }
}
