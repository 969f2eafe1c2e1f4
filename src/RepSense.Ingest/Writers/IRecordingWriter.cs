namespace RepSense.Ingest.Writers;

/// <summary>
/// Writes <see cref="RecorderTracks"/> the way one recorder app exports them: its file layout, header, units,
/// time column and number formatting. Output is deterministic (invariant culture, fixed number formats, LF line
/// endings, UTF-8 without BOM), so the same tracks always give the same bytes.
/// </summary>
public interface IRecordingWriter
{
    /// <summary>The name used on the command line (<c>--format</c>), e.g. "sensorlogger".</summary>
    string Name { get; }

    /// <summary>A human name for messages and the truth sidecar's <c>format</c>, e.g. "Sensor Logger folder".</summary>
    string DisplayName { get; }

    /// <summary>The format's name as Ingest reports it when reading what this writer wrote from
    /// <paramref name="tracks"/> (<c>RecordingInfo.Format</c>: the files' format names joined by " + "), so a
    /// simulated truth's <c>format</c> matches an analysis of the file.</summary>
    string FormatName(RecorderTracks tracks) => DisplayName;

    /// <summary>Whether the format can carry a gyroscope track (writers of formats that cannot ignore it).</summary>
    bool CarriesGyroscope { get; }

    /// <summary>Writes the recording at <paramref name="outputPath"/> (a file, a folder or a file-name prefix,
    /// depending on the format; see each writer). Existing files are overwritten; the parent folder must exist
    /// or is created.</summary>
    WrittenRecording Write(RecorderTracks tracks, string outputPath);
}
