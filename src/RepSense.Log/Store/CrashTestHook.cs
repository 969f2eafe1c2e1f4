namespace RepSense.Log.Store;

/// <summary>
/// Test-only: makes an import stop dead inside its transaction so a test can kill the process there and check that
/// the database is as it was. When <c>REPSENSE_TEST_HANG_AFTER_ROWS=N</c> is set, the N-th row an import writes
/// prints <see cref="Marker"/> on stderr and the process then sleeps until it is killed. Unset (always, outside
/// tests) it does nothing.
/// </summary>
internal static class CrashTestHook
{
    public const string EnvironmentVariable = "REPSENSE_TEST_HANG_AFTER_ROWS";
    public const string Marker = "REPSENSE_TEST_HANGING";

    private static readonly int? s_hangAfterRows =
        int.TryParse(Environment.GetEnvironmentVariable(EnvironmentVariable), out int rows) && rows > 0 ? rows : null;

    private static int s_rowsWritten;

    public static void RowWritten()
    {
        if (s_hangAfterRows is not { } limit || Interlocked.Increment(ref s_rowsWritten) != limit) return;
        Console.Error.WriteLine(Marker);
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
