namespace RepSense.Ingest;

/// <summary>
/// What one read of a recording ran into without failing: skipped rows, repeated and backwards timestamps, a
/// truncated last line, values that do not fit their unit. <see cref="Recording.Read"/> fills the instance it is
/// given while samples stream; read it once the stream has completed. Every problem is counted; the first
/// <see cref="MaxDetailsPerKind"/> of each kind are kept with their line, so memory stays bounded on a bad file.
/// Thread-safe (a live source may report from several threads).
/// </summary>
public sealed class IngestDiagnostics
{
    public const int MaxDetailsPerKind = 20;

    private readonly Lock _gate = new();
    private readonly List<IngestProblem> _details = [];
    private readonly Dictionary<IngestProblemKind, int> _counts = [];
    private readonly Action<IngestProblem>? _onKept;

    /// <summary>Diagnostics read once the stream has completed.</summary>
    public IngestDiagnostics()
    {
    }

    /// <summary>Diagnostics that also hand each problem they keep in detail (the first
    /// <see cref="MaxDetailsPerKind"/> of each kind) to <paramref name="onKept"/> as it is reported, on the
    /// reporting thread: a live session has no end to wait for before telling the user.</summary>
    public IngestDiagnostics(Action<IngestProblem> onKept)
    {
        ArgumentNullException.ThrowIfNull(onKept);
        _onKept = onKept;
    }

    /// <summary>How many problems of <paramref name="kind"/> were found.</summary>
    public int Count(IngestProblemKind kind)
    {
        lock (_gate) return _counts.GetValueOrDefault(kind);
    }

    /// <summary>Rows that were read but gave no sample: empty, NaN, short and truncated rows, and blank lines between
    /// rows.</summary>
    public int SkippedRows =>
        Count(IngestProblemKind.EmptyCell) + Count(IngestProblemKind.NotANumber) +
        Count(IngestProblemKind.ShortRow) + Count(IngestProblemKind.BlankLine) + Count(IngestProblemKind.TruncatedLastLine);

    /// <summary>The first problems of each kind, in the order found.</summary>
    public IReadOnlyList<IngestProblem> Problems
    {
        get { lock (_gate) return [.. _details]; }
    }

    /// <summary>One sentence per kind of problem found: how many, what was done, and where the first one is.</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (_gate)
            {
                var warnings = new List<string>();
                foreach (var (kind, count) in _counts.OrderBy(c => c.Key))
                {
                    var first = _details.First(p => p.Kind == kind);
                    warnings.Add(count == 1 ? $"{Describe(kind, 1)}: {first}" : $"{Describe(kind, count)}; the first: {first}");
                }
                return warnings;
            }
        }
    }

    /// <summary>One phrase per kind of problem found: how many and what was done, without the first one (for a
    /// reader who has seen each problem as it was reported).</summary>
    public IReadOnlyList<string> Totals
    {
        get
        {
            lock (_gate) return [.. _counts.OrderBy(c => c.Key).Select(c => Describe(c.Key, c.Value))];
        }
    }

    internal void Report(IngestProblemKind kind, string file, long line, string message)
    {
        IngestProblem? kept = null;
        lock (_gate)
        {
            int count = _counts.GetValueOrDefault(kind) + 1;
            _counts[kind] = count;
            if (count <= MaxDetailsPerKind) _details.Add(kept = new IngestProblem(kind, file, line, message));
        }
        if (kept is not null) _onKept?.Invoke(kept);
    }

    private static string Describe(IngestProblemKind kind, int count)
    {
        bool one = count == 1;
        string rows = one ? "1 row" : $"{count} rows";
        return kind switch
        {
            IngestProblemKind.EmptyCell => $"{rows} skipped for an empty cell",
            IngestProblemKind.NotANumber => $"{rows} skipped for a NaN or infinite value",
            IngestProblemKind.ShortRow => $"{rows} skipped for having too few fields",
            IngestProblemKind.BlankLine => one
                ? "1 blank line between data rows was skipped"
                : $"{count} blank lines between data rows were skipped",
            IngestProblemKind.TruncatedLastLine => "the last line is incomplete (the file looks truncated) and was skipped",
            IngestProblemKind.RepeatedTimestamp => one
                ? "1 row repeats the timestamp before it and was averaged into that sample"
                : $"{rows} repeat the timestamp before them and were averaged into those samples",
            IngestProblemKind.BackwardsTimestamp => one ? "1 row goes back in time and was dropped" : $"{rows} go back in time and were dropped",
            IngestProblemKind.SuspectUnit => one ? "a unit looks wrong" : $"{count} units look wrong",
            IngestProblemKind.MalformedRow => $"{rows} skipped for a cell that is not a number",
            IngestProblemKind.ExtraFields => $"{rows} skipped for having more fields than the header",
            IngestProblemKind.MalformedMessage => one
                ? "1 message was not of the expected shape and its readings were dropped"
                : $"{count} messages were not of the expected shape and their readings were dropped",
            IngestProblemKind.StaleReadings => one
                ? "1 message repeated readings already received (or older ones), and those were dropped"
                : $"{count} messages repeated readings already received (or older ones), and those were dropped",
            _ => one ? "gravity looks wrong" : $"gravity looks wrong in {count} files",
        };
    }
}
