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

    /// <summary>Creates the folder <paramref name="file"/> goes into; refuses a path that is a folder.</summary>
    public static void EnsureFileFolder(string file)
    {
        if (Directory.Exists(file))
            throw new RepSenseException($"Cannot write {file}: expected a file name, found a folder.");
        string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) EnsureFolder(folder);
    }
}
