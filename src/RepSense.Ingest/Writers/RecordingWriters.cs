namespace RepSense.Ingest.Writers;

/// <summary>Every recorder format RepSense can write, by command-line name.</summary>
public static class RecordingWriters
{
    public static IReadOnlyList<IRecordingWriter> All { get; } =
    [
        new GenericCsvWriter(),
        PhyphoxWriter.WithGravity,
        PhyphoxWriter.Linear,
        new SensorLoggerWriter(),
        new MetaWearWriter(),
    ];

    /// <summary>The writer called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static IRecordingWriter? Find(string name) =>
        All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<string> Names => All.Select(w => w.Name);
}
