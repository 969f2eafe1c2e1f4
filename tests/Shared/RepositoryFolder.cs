namespace RepSense.Tests;

// Shared by the test projects (linked into each that needs it).

/// <summary>Finds the repository (the folder of RepSense.sln) above the test binaries, and its sample data.</summary>
internal static class RepositoryFolder
{
    public static string Root =>
        Find() ?? throw new DirectoryNotFoundException("The repository root (RepSense.sln) was not found above the test binaries.");

    /// <summary>The repository root, or null when the tests run outside it.</summary>
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RepSense.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>A file of sample-data/.</summary>
    public static string SampleData(string name) => System.IO.Path.Combine(Root, "sample-data", name);
}
