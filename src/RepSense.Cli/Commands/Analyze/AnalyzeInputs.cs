using RepSense.Ingest;

namespace RepSense.Cli.Commands.Analyze;

/// <summary>
/// The recordings the paths of <c>repsense analyze</c> name (a shell expands globs, so there may be many). A file or
/// a .zip is one recording, and so is a folder that opens as one (an app's export folder). Any other folder holds
/// recordings: its files and sub-folders are tried one by one, in name order, and those that are not recordings
/// (notes, truth sidecars, the gyroscope file of a pair) are skipped with a reason.
/// </summary>
/// <param name="Recordings">The recordings to analyse, in order.</param>
/// <param name="Skipped">Entries of expanded folders that are not recordings, with why.</param>
/// <param name="Several">Whether the paths asked for several recordings (several paths, or a folder of them): the
/// JSON is then an array, even of one.</param>
internal sealed record AnalyzeInputs(IReadOnlyList<AnalyzeInput> Recordings, IReadOnlyList<string> Skipped, bool Several)
{
    public static AnalyzeInputs Expand(IReadOnlyList<string> paths, RecordingOptions options)
    {
        var recordings = new List<AnalyzeInput>();
        var skipped = new List<string>();
        bool several = paths.Count > 1;
        void Add(AnalyzeInput input)
        {
            if (recordings.FirstOrDefault(r => r.SameFiles(input)) is { } same)
                skipped.Add(Path.GetFullPath(same.Path) == Path.GetFullPath(input.Path)
                    ? $"{input.Path}: named twice"
                    : $"{input.Path}: read with {same.Path} as one recording");
            else recordings.Add(input);
        }
        foreach (string path in paths)
        {
            var asOne = AnalyzeInput.Open(path, options);
            if (asOne.Error is null || !Directory.Exists(path))
            {
                // A named file that is no recording is an error, reported when the recordings are analysed.
                Add(asOne);
                continue;
            }
            several = true;
            foreach (string entry in Directory.EnumerateFileSystemEntries(path).Order(StringComparer.Ordinal))
            {
                var input = AnalyzeInput.Open(entry, options);
                if (input.Error is not null) skipped.Add(FirstClause(input.Error));
                else Add(input);
            }
        }
        return new AnalyzeInputs(recordings, skipped, several);
    }

    /// <summary>Why an entry is not a recording, without the list of supported formats that follows.</summary>
    private static string FirstClause(string message)
    {
        int end = message.IndexOf("; ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}

/// <summary>One recording to analyse: opened, or the one sentence saying why it could not be.</summary>
internal sealed record AnalyzeInput(string Path, Recording? Recording, string? Error)
{
    /// <summary>Whether both read the same acceleration file (a MetaWear or Polar pair opened from either file).</summary>
    public bool SameFiles(AnalyzeInput other) =>
        Recording is not null && other.Recording is not null &&
        string.Equals(System.IO.Path.GetFullPath(Recording.Parts[0].Path), System.IO.Path.GetFullPath(other.Recording.Parts[0].Path), StringComparison.Ordinal);

    public static AnalyzeInput Open(string path, RecordingOptions options)
    {
        try
        {
            return new AnalyzeInput(path, Recording.Open(path, options), null);
        }
        catch (RepSenseException ex)
        {
            return new AnalyzeInput(path, null, WrongKindOfFile.Message(ex));
        }
    }
}
