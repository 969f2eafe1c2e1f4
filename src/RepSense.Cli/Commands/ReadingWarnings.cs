namespace RepSense.Cli.Commands;

/// <summary>
/// What reading a recording ran into without failing (skipped rows, a truncated last line, a row back in time,
/// averaged duplicate timestamps), told on stderr by every verb that analyses recordings. Stdout carries the results
/// alone (a table, one JSON document, the paths written), so a pipe or a JSON reader never meets a warning, and
/// redirecting stdout does not hide one.
/// </summary>
internal static class ReadingWarnings
{
    public static void Tell(TextWriter error, IReadOnlyList<string> warnings)
    {
        foreach (string warning in warnings) Tell(error, warning);
    }

    /// <summary>One warning, as every verb words it on stderr (live tells each problem as it is found).</summary>
    public static void Tell(TextWriter error, string warning) => error.WriteLine($"repsense: warning: {warning}");
}
