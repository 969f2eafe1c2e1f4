namespace RepSense.Tests;

// Shared by the test projects (linked into each).

/// <summary>Finds ../shared beside the repository (read-only reference material that may be absent in CI).</summary>
internal static class SharedFolder
{
    public static string Path(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "RepSense.sln")))
            directory = directory.Parent;
        string root = directory?.Parent?.FullName ?? "/nonexistent";
        return System.IO.Path.Combine([root, "shared", .. parts]);
    }
}
