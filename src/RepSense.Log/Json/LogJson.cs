using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RepSense.Log.Json;

/// <summary>The log's JSON: the same conventions as <c>AnalysisJson</c> (camelCase, nulls written, indented),
/// source-generated.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(LogDocument))]
[JsonSerializable(typeof(NextDocument))]
[JsonSerializable(typeof(IReadOnlyList<NextDocument>))]
[JsonSerializable(typeof(HistoryDocument))]
[JsonSerializable(typeof(HistoryOverviewDocument))]
[JsonSerializable(typeof(VolumeDocument))]
public sealed partial class LogJson : JsonSerializerContext
{
    // The text is for terminals and files, not HTML: "×" and "+" in reasons stay as they are instead of \u00D7.
    private static readonly LogJson Readable = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize<T>(T value) =>
        JsonSerializer.Serialize(value, Readable.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new InvalidOperationException($"{typeof(T)} is not one of the log's JSON shapes."));
}
