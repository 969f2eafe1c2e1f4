using RepSense.Ingest;

namespace RepSense.Cli.Commands;

/// <summary>Checks on where a command writes, turned into the one-sentence errors of the CLI contract.</summary>
internal static class OutputPaths
{
    /// <summary>Creates <paramref name="folder"/> (and its parents) unless it exists.</summary>
    /// <exception cref="RepSenseException">A file is in the way, or the folder cannot be created.</exception>
    public static void EnsureFolder(string folder)
    {
        if (File.Exists(folder))
            throw new RepSenseException($"Cannot write into {folder}: expected a folder, found a file.");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RepSenseException($"Cannot create the folder {folder}: {ex.Message}", ex);
        }
    }

    /// <summary>Runs <paramref name="write"/>, which writes <paramref name="what"/> (e.g. "the report to x.html"); a
    /// failure of the file system becomes one sentence, "cannot write the report to x.html: the reason.", rather
    /// than .NET's own wording.</summary>
    /// <exception cref="RepSenseException">The file could not be written.</exception>
    public static T Writing<T>(string what, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new RepSenseException($"cannot write {what}: {Reason(ex)}.", ex);
        }
    }

    public static void Writing(string what, Action write) => Writing(what, () => { write(); return 0; });

    /// <summary>Why, in words: the OS's message where it is a plain one, else what the failure means.</summary>
    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "its folder does not exist",
        // Raised when a file cannot be created where the path points (a read-only or virtual file system).
        FileNotFoundException => "no file can be created there",
        PathTooLongException => "the path is too long",
        _ => ex.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.'),
    };

    /// <summary>Creates the folder <paramref name="file"/> goes into; refuses a path that is a folder.</summary>
    public static void EnsureFileFolder(string file)
    {
        if (Directory.Exists(file))
            throw new RepSenseException($"Cannot write {file}: expected a file name, found a folder.");
        string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) EnsureFolder(folder);
    }
}
