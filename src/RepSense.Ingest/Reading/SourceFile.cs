namespace RepSense.Ingest.Reading;

/// <summary>A file to read: on disk, or an entry of a .zip. Opening it again reads it again from the start, which
/// is what makes a recording's sample stream re-subscribable.</summary>
/// <param name="DisplayPath">How messages name it: the path as given, or <c>export.zip/Accelerometer.csv</c>.</param>
/// <param name="Name">The file name alone (detection of Sensor Logger files and companions uses it).</param>
/// <param name="RelativePath">The path inside its folder or archive, with '/' separators (e.g. <c>meta/time.csv</c>).</param>
/// <param name="Open">Opens a fresh read-only stream; the caller disposes it.</param>
internal sealed record SourceFile(string DisplayPath, string Name, string RelativePath, Func<Stream> Open);
