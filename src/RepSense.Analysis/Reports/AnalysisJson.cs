using System.Text.Json;
using System.Text.Json.Serialization;

namespace RepSense.Analysis.Reports;

/// <summary>The one JSON convention of RepSense's output: camelCase, nulls written (a field the report defines is
/// always present), indented. Source-generated so serialising costs no reflection at start-up.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(AnalysisReport))]
public sealed partial class AnalysisJson : JsonSerializerContext
{
    public static string Serialize(AnalysisReport report) => JsonSerializer.Serialize(report, Default.AnalysisReport);

    public static AnalysisReport Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Default.AnalysisReport)
        ?? throw new JsonException("The JSON document is empty (expected an analysis report object).");
}
