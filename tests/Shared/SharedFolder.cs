namespace RepSense.Tests;

// Shared by the test projects (linked into each, with RepositoryFolder).

/// <summary>Finds ../shared beside the repository (read-only reference material that may be absent in CI).</summary>
internal static class SharedFolder
{
    public static string Path(params string[] parts)
    {
        string root = RepositoryFolder.Find() is { } repository ? Directory.GetParent(repository)?.FullName ?? "/nonexistent" : "/nonexistent";
        return System.IO.Path.Combine([root, "shared", .. parts]);
    }
}
