namespace RepSense.Ingest.Writers;

/// <summary>What a writer produced.</summary>
/// <param name="RecordingPath">The path to give <c>Recording.Open</c> (or <c>repsense analyze</c>): the file,
/// the folder, or for a MetaWear pair the accelerometer file.</param>
/// <param name="Files">Every file written, in writing order.</param>
public sealed record WrittenRecording(string RecordingPath, IReadOnlyList<string> Files);
