using System.IO.Compression;

namespace RepSense.Ingest.Reading;

/// <summary>
/// Where a recording's files are: a folder, a .zip, or the folder around a single file (so that a MetaWear file
/// finds its gyroscope partner and a phyphox file its meta/time.csv). Lists files two levels deep at most, which
/// covers every export layout (phyphox puts metadata in meta/).
/// </summary>
internal sealed class SourceFolder
{
    private const int MaxFiles = 500;

    private SourceFolder(string displayPath, IReadOnlyList<SourceFile> files)
    {
        DisplayPath = displayPath;
        Files = files;
    }

    public string DisplayPath { get; }
    public IReadOnlyList<SourceFile> Files { get; }

    public SourceFile? Find(string relativePath) =>
        Files.FirstOrDefault(f => string.Equals(f.RelativePath, relativePath, StringComparison.OrdinalIgnoreCase));

    public static SourceFolder OfDirectory(string directory, string displayPath)
    {
        var files = new List<SourceFile>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 1, IgnoreInaccessible = true };
        foreach (var path in Directory.EnumerateFiles(directory, "*", options).Order(StringComparer.Ordinal).Take(MaxFiles))
        {
            string relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
            string display = Path.Combine(displayPath, relative);
            files.Add(new SourceFile(display, Path.GetFileName(path), relative, () => OpenFile(path)));
        }
        return new SourceFolder(displayPath, files);
    }

    public static SourceFolder OfZip(string zipPath)
    {
        using var archive = OpenZip(zipPath);
        var files = archive.Entries
            .Where(e => e.Name.Length > 0 && e.FullName.Count(c => c == '/') <= 1)
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Take(MaxFiles)
            .Select(e =>
            {
                string entryName = e.FullName;
                return new SourceFile($"{zipPath}/{entryName}", e.Name, entryName, () => OpenEntry(zipPath, entryName));
            })
            .ToList();
        return new SourceFolder(zipPath, files);
    }

    public static bool IsZip(string path)
    {
        if (!File.Exists(path)) return false;
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return true;
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
    }

    /// <summary>The file as a single-file source.</summary>
    public static SourceFile OfFile(string path) =>
        new(path, Path.GetFileName(path), Path.GetFileName(path), () => OpenFile(path));

    /// <summary>The file at <paramref name="relativePath"/> from the folder of <paramref name="filePath"/>, if it
    /// exists (a phyphox meta/time.csv, a Sensor Logger Metadata.csv).</summary>
    public static SourceFile? Beside(string filePath, string relativePath)
    {
        string full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(filePath))!, relativePath);
        if (!File.Exists(full)) return null;
        string display = Path.Combine(Path.GetDirectoryName(filePath) ?? "", relativePath);
        return new SourceFile(display, Path.GetFileName(full), relativePath, () => OpenFile(full));
    }

    /// <summary>The other files in the folder of <paramref name="filePath"/> (not below it), for finding a partner file.</summary>
    public static IEnumerable<SourceFile> AllBeside(string filePath)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(filePath))!;
        string name = Path.GetFileName(filePath);
        return Directory.EnumerateFiles(directory)
            .Where(f => !string.Equals(Path.GetFileName(f), name, StringComparison.Ordinal))
            .Select(f => Beside(filePath, Path.GetFileName(f)))
            .OfType<SourceFile>();
    }

    private static Stream OpenFile(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private static ZipArchive OpenZip(string zipPath)
    {
        try
        {
            return ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException ex)
        {
            throw new RepSenseException($"{zipPath} is not a readable .zip archive ({ex.Message.TrimEnd('.')}).", ex);
        }
    }

    private static Stream OpenEntry(string zipPath, string entryName)
    {
        var archive = OpenZip(zipPath);
        var entry = archive.GetEntry(entryName);
        if (entry is null)
        {
            archive.Dispose();
            throw new RepSenseException($"{zipPath} no longer holds {entryName}.");
        }
        return new OwningStream(entry.Open(), archive);
    }

    /// <summary>A zip entry's stream that closes its archive with it.</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
