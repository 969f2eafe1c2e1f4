using RepSense.Ingest.Reading;

namespace RepSense.Ingest;

/// <summary>
/// A recording on disk, opened: what it is (<see cref="Info"/>, <see cref="Parts"/>) and a cold stream of its
/// samples. Opening reads only the first lines of its files (to detect their formats and the first sample's
/// time), so a bad header fails here with a <see cref="RepSenseException"/>. Each subscription reads the files
/// again from the start, with memory bounded by the reader's buffer whatever the recording's length.
/// </summary>
/// <remarks>
/// Problems found while streaming (skipped rows, repeated or backwards timestamps, a truncated last line, values
/// that do not fit their unit) are recoverable and do not end the stream: <see cref="Read"/> reports them into the
/// <see cref="IngestDiagnostics"/> it is given, one per read, complete when the stream completes. A problem that
/// makes the data unusable (a malformed number, a row with more fields than the header) ends the stream with a <see cref="RepSenseException"/> naming
/// file, line and column.
/// </remarks>
public sealed class Recording
{
    private readonly RecordingPlan _plan;

    private Recording(RecordingPlan plan, RecordingInfo info, IReadOnlyList<RecordingPart> parts)
    {
        _plan = plan;
        Info = info;
        Parts = parts;
    }

    public RecordingInfo Info { get; }

    /// <summary>The files read, the acceleration file first.</summary>
    public IReadOnlyList<RecordingPart> Parts { get; }

    /// <summary>The samples, with recoverable problems counted into a diagnostics object nobody reads; use
    /// <see cref="Read"/> to see them.</summary>
    public IObservable<ImuSample> Samples => Read(new IngestDiagnostics());

    /// <summary>Opens a recording: a file, a folder (a Sensor Logger or phyphox export) or a .zip export.</summary>
    /// <exception cref="RepSenseException">The path does not exist, or holds no recording of a supported format.</exception>
    public static Recording Open(string path, RecordingOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= RecordingOptions.Default;
        try
        {
            var (plan, info, parts) = RecordingPlanner.Plan(path, options);
            return new Recording(plan, info, parts);
        }
        catch (Exception ex) when (RecordingStream.IsInputFailure(ex))
        {
            throw RecordingStream.AsInputError(ex, path);
        }
    }

    /// <summary>
    /// A cold stream of the samples in time order, reporting recoverable problems into <paramref name="diagnostics"/>.
    /// Every subscription reads from disk anew on <see cref="RecordingOptions.Scheduler"/>; disposing it stops the
    /// reading at the next sample (with <see cref="RecordingOptions.ReadAhead"/>, within the few thousand samples read
    /// ahead) and closes the files. Completes after the last sample; ends with a
    /// <see cref="RepSenseException"/> if a file turns out unusable part-way.
    /// </summary>
    public IObservable<ImuSample> Read(IngestDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new RecordingStream(_plan, diagnostics);
    }
}
