namespace RepSense.Cli.Tests.Simulate;

/// <summary>sample-data/ is generated, never edited: regenerating it from samples.txt (what regenerate.sh runs)
/// must give the committed bytes, and every committed file must come from a line of samples.txt.</summary>
public class SampleDataTests
{
    private static readonly string[] HandWritten = ["README.md", "regenerate.sh", "samples.txt"];

    private static string SampleData() => Path.Combine(RepositoryFolder.Root, "sample-data");

    private static IEnumerable<(string Name, string[] Options)> Samples(string sampleData) =>
        File.ReadLines(Path.Combine(sampleData, "samples.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Select(tokens => (tokens[0], tokens[1..]));

    private static Dictionary<string, byte[]> FilesUnder(string folder, Func<string, bool> include) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Where(include)
            .ToDictionary(relative => relative, relative => File.ReadAllBytes(Path.Combine(folder, relative)));

    [Fact]
    public void Sample_data_regenerates_byte_identically_from_samples_txt()
    {
        string sampleData = SampleData();
        using var folder = new TempFolder();
        string temp = folder.Path;

        foreach (var (name, options) in Samples(sampleData))
        {
            var (code, _, error) = CliRun.Run(["simulate", .. options, "--output", Path.Combine(temp, name)]);
            Assert.True(code == 0, $"{name}: {error}");
        }

        var committed = FilesUnder(sampleData, relative => !HandWritten.Contains(relative));
        var regenerated = FilesUnder(temp, _ => true);
        Assert.Equal(committed.Keys.Order(), regenerated.Keys.Order());
        foreach (var (relative, bytes) in committed)
            Assert.True(bytes.AsSpan().SequenceEqual(regenerated[relative]), $"sample-data/{relative} differs from its regeneration");
    }

    [Fact]
    public void Sample_data_stays_small()
    {
        long bytes = new DirectoryInfo(SampleData()).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

        Assert.True(bytes < 5_000_000, $"sample-data/ holds {bytes / 1e6:0.0} MB");
    }
}
