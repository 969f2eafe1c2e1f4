using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using RepSense.Ingest;

namespace RepSense.Log.Recordings;

/// <summary>
/// The identity of a recording for idempotent import: SHA-256 of its content, lower-case hex. A file hashes as its
/// bytes. A folder or a .zip hashes its member files in ordinal name order, each as its relative path ('/'
/// separated), a NUL, its length and its bytes, so a folder and a zip of the same files have the same hash and
/// renaming or moving the recording does not make it new.
/// </summary>
public static class RecordingHash
{
    public static string Compute(string path)
    {
        try
        {
            if (Directory.Exists(path)) return OfMembers(FolderMembers(path));
            if (!File.Exists(path))
                throw new RepSenseException($"{path}: the recording does not exist (expected a file, a folder or a .zip).");
            if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                using var zip = ZipFile.OpenRead(path);
                return OfMembers(zip.Entries
                    .Where(e => !e.FullName.EndsWith('/'))
                    .Select(e => (e.FullName, (Func<Stream>)e.Open)));
            }
            using var file = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(file));
        }
        catch (InvalidDataException ex)
        {
            throw new RepSenseException($"{path}: the recording cannot be read (expected a valid .zip: {ex.Message}).", ex);
        }
    }

    private static IEnumerable<(string Name, Func<Stream> Open)> FolderMembers(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => (Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'),
                (Func<Stream>)(() => File.OpenRead(file))));

    private static string OfMembers(IEnumerable<(string Name, Func<Stream> Open)> members)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        foreach (var (name, open) in members.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            using var content = new MemoryStream();
            using (var stream = open()) stream.CopyTo(content);
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
            hash.AppendData(BitConverter.GetBytes(content.Length));
            hash.AppendData(content.GetBuffer(), 0, (int)content.Length);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
