using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RepSense.Analysis.Reports;

namespace RepSense.Log.Json;

/// <summary>The log's JSON in the project's convention (<see cref="JsonConventions"/>), source-generated.</summary>
[JsonSerializable(typeof(LogDocument))]
[JsonSerializable(typeof(NextDocument))]
[JsonSerializable(typeof(IReadOnlyList<NextDocument>))]
[JsonSerializable(typeof(HistoryDocument))]
[JsonSerializable(typeof(HistoryOverviewDocument))]
[JsonSerializable(typeof(VolumeDocument))]
public sealed partial class LogJson : JsonSerializerContext
{
    private static readonly LogJson Readable = new(JsonConventions.Options());

    public static string Serialize<T>(T value) =>
        JsonSerializer.Serialize(value, Readable.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new InvalidOperationException($"{typeof(T)} is not one of the log's JSON shapes."));
}
