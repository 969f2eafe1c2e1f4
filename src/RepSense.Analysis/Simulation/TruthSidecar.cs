using RepSense.Analysis.Reports;
using RepSense.Ingest.Writers;

namespace RepSense.Analysis.Simulation;

/// <summary>
/// The ground-truth file next to a simulated recording: <c>&lt;recording&gt;.truth.json</c>, where the recording is
/// the path one gives <c>repsense analyze</c> (a file loses its extension, a folder keeps its name; a MetaWear pair
/// is named after its accelerometer file). The content is <see cref="AnalysisJson"/> of the truth report.
/// </summary>
public static class TruthSidecar
{
    public const string Suffix = ".truth.json";

    /// <summary>Where the truth of the recording at <paramref name="recordingPath"/> lives.</summary>
    public static string PathFor(string recordingPath)
    {
        string trimmed = recordingPath.TrimEnd('/', '\\');
        if (Directory.Exists(trimmed)) return trimmed + Suffix;
        return Path.ChangeExtension(trimmed, null) + Suffix;
    }

    /// <summary>Completes the truth with the recording's file name (not its folder, so the bytes do not depend on
    /// where it was written) and the format name Ingest will report for it, writes it next to the recording (LF line
    /// endings) and returns its path.</summary>
    public static string Write(SimulatedRecording recording, WrittenRecording written, IRecordingWriter writer)
    {
        var truth = recording.Truth with
        {
            File = Path.GetFileName(written.RecordingPath.TrimEnd('/', '\\')),
            Format = writer.FormatName(recording.Tracks),
        };
        string path = PathFor(written.RecordingPath);
        string json = AnalysisJson.Serialize(truth).ReplaceLineEndings("\n") + "\n";
        File.WriteAllText(path, json, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
