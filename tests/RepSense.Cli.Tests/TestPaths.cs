namespace RepSense.Cli.Tests;

/// <summary>Where tests put files meant for people to look at (plots, screenshots): TestResults/ at the repository
/// root, which git ignores.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot => RepositoryFolder.Root;

    /// <summary>TestResults/<paramref name="name"/>, created if missing.</summary>
    public static string ResultsFolder(string name) =>
        Directory.CreateDirectory(Path.Combine(RepositoryRoot, "TestResults", name)).FullName;
}
