using System.Text;

namespace RepSense.Ingest.Reading;

/// <summary>The first lines of a file, read once to detect its format, its separator and decimal mark, and the time
/// of its first sample. Bounded: at most <see cref="MaxBytes"/> bytes and <see cref="MaxLines"/> complete lines.</summary>
internal sealed class FileHead
{
    public const int MaxBytes = 64 * 1024;
    public const int MaxLines = 64;

    /// <summary>Characters looked at to tell text from binary, as git does with its first 8000 bytes.</summary>
    private const int TextCheckLength = 8000;

    /// <summary>Above this share of control characters and bytes that are not UTF-8, the input is not text.</summary>
    private const double MaxNonTextShare = 0.1;

    private FileHead(IReadOnlyList<string> lines, bool reachedEnd, string? notTextReason)
    {
        Lines = lines;
        ReachedEnd = reachedEnd;
        NotTextReason = notTextReason;
    }

    /// <summary>Complete lines from the start of the file, without line breaks (and without a byte order mark).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Whether <see cref="Lines"/> is the whole file.</summary>
    public bool ReachedEnd { get; }

    public bool IsEmpty => ReachedEnd && Lines.All(string.IsNullOrWhiteSpace);

    /// <summary>Why the input is not text (for a message), or null when it is: it holds a NUL character, which no
    /// text export writes (UTF-16, which RepSense does not read, is full of them), or more than one in ten of its
    /// first characters are control characters or bytes that are not UTF-8.</summary>
    public string? NotTextReason { get; }

    /// <summary>A head made of lines already read (a live source's first lines).</summary>
    public static FileHead FromLines(IReadOnlyList<string> lines, bool reachedEnd) =>
        new(lines, reachedEnd, NotText(string.Join('\n', lines)));

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
        // Checked on the bytes read, not the lines: a binary file may hold no line break in them at all.
        return new FileHead(lines, reachedEnd && lines.Count < MaxLines, NotText(text));
    }

    private static string? NotText(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, TextCheckLength));
        if (start.Contains('\0')) return "it holds NUL bytes: a binary file, or text in UTF-16, which is not read";
        int nonText = 0;
        foreach (char c in start)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'))) nonText++;
        }
        return nonText > MaxNonTextShare * start.Length
            ? $"{nonText} of its first {start.Length} characters are control characters or bytes that are not UTF-8"
            : null;
    }
}
