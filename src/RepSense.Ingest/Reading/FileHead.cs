using System.Text;

namespace RepSense.Ingest.Reading;

/// <summary>The first lines of a file, read once to detect its format, its separator and decimal mark, and the time
/// of its first sample. Bounded: at most <see cref="MaxBytes"/> bytes and <see cref="MaxLines"/> complete lines.</summary>
internal sealed class FileHead
{
    public const int MaxBytes = 64 * 1024;
    public const int MaxLines = 64;

    private FileHead(IReadOnlyList<string> lines, bool reachedEnd)
    {
        Lines = lines;
        ReachedEnd = reachedEnd;
    }

    /// <summary>Complete lines from the start of the file, without line breaks (and without a byte order mark).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Whether <see cref="Lines"/> is the whole file.</summary>
    public bool ReachedEnd { get; }

    public bool IsEmpty => ReachedEnd && Lines.All(string.IsNullOrWhiteSpace);

    /// <summary>A head made of lines already read (a live source's first lines).</summary>
    public static FileHead FromLines(IReadOnlyList<string> lines, bool reachedEnd) => new(lines, reachedEnd);

    public static FileHead Read(SourceFile file)
    {
        var buffer = new byte[MaxBytes];
        int length;
        using (var stream = file.Open())
            length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        bool reachedEnd = length < buffer.Length;

        var bytes = buffer.AsSpan(0, length);
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        string text = Encoding.UTF8.GetString(bytes);

        var lines = new List<string>();
        int start = 0;
        while (lines.Count < MaxLines)
        {
            int newline = text.IndexOf('\n', start);
            if (newline < 0)
            {
                // A last line without a line break is complete only if the file ends there.
                if (reachedEnd && start < text.Length) lines.Add(text[start..].TrimEnd('\r'));
                break;
            }
            lines.Add(text[start..newline].TrimEnd('\r'));
            start = newline + 1;
        }
        return new FileHead(lines, reachedEnd && lines.Count < MaxLines);
    }
}
