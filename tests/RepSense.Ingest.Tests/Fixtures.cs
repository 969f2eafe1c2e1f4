using System.IO.Compression;
using System.Reactive.Linq;

namespace RepSense.Ingest.Tests;

/// <summary>The project's own fixture files (written from the specs in ../shared/formats/README.md), temporary
/// files for the bad-input cases, and reading a recording whole.</summary>
internal static class Fixtures
{
    /// <summary>Standard gravity, m/s² per g, written out here rather than taken from the code under test.</summary>
    public const double G = 9.80665;
    public const double DegToRad = Math.PI / 180;

    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    /// <summary>All samples of a read, with its diagnostics.</summary>
    public static (IList<ImuSample> Samples, IngestDiagnostics Diagnostics) ReadAll(Recording recording)
    {
        var diagnostics = new IngestDiagnostics();
        var samples = recording.Read(diagnostics).ToList().Wait();
        return (samples, diagnostics);
    }

    public static (IList<ImuSample> Samples, IngestDiagnostics Diagnostics) ReadAll(string path, RecordingOptions? options = null) =>
        ReadAll(Recording.Open(path, options));

    /// <summary>A fixture folder zipped into a temporary .zip, as the app exports it.</summary>
    public static string Zipped(TempFolder temp, string fixtureFolder, string zipName)
    {
        string zip = System.IO.Path.Combine(temp.Root, zipName);
        ZipFile.CreateFromDirectory(Path(fixtureFolder), zip);
        return zip;
    }
}

/// <summary>A folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "repsense-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="content"/> exactly (no newline added) and returns the path.</summary>
    public string Write(string name, string content)
    {
        string path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Copies the files of <paramref name="folder"/> (not its subfolders) into this one.</summary>
    public void CopyFilesOf(string folder)
    {
        foreach (var file in Directory.GetFiles(folder)) File.Copy(file, Path.Combine(Root, Path.GetFileName(file)));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
