using Microsoft.Data.Sqlite;

namespace RepSense.Log.Store;

/// <summary>
/// An open connection plus the transaction in progress, so parameterised statements run without ceremony (every
/// value goes in as a parameter, never into the SQL text) and always inside the current transaction, which
/// Microsoft.Data.Sqlite requires of every command while one is open.
/// </summary>
internal sealed class SqlSession(SqliteConnection connection) : IDisposable
{
    private SqliteTransaction? _transaction;

    public SqliteConnection Connection => connection;

    /// <summary>Runs <paramref name="work"/> in one IMMEDIATE transaction: it takes the write lock up front
    /// (waiting up to the busy timeout for another process), and either all of its writes land or none do.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        if (_transaction is not null) return work();
        _transaction = connection.BeginTransaction(deferred: false);
        try
        {
            T result = work();
            _transaction.Commit();
            return result;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    public void InTransaction(Action work) => InTransaction(() => { work(); return 0; });

    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public long Insert(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql + " RETURNING id", parameters);
        return (long)command.ExecuteScalar()!;
    }

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        object? value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        connection.Dispose();
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}

internal static class SqliteReaderExtensions
{
    public static string? StringOrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    public static double? DoubleOrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
    public static int? IntOrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
    public static long? LongOrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
