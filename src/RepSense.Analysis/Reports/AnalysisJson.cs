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
[JsonSerializable(typeof(IReadOnlyList<AnalysisReport>))]
public sealed partial class AnalysisJson : JsonSerializerContext
{
    public static string Serialize(AnalysisReport report) => JsonSerializer.Serialize(report, Default.AnalysisReport);

    /// <summary>Writes the report to <paramref name="output"/> as it is serialised, a buffer at a time, without the
    /// whole document in memory (a day-long recording's report is megabytes). The same text as
    /// <see cref="Serialize"/>.</summary>
    public static void Write(AnalysisReport report, TextWriter output)
    {
        using var stream = new TextWriterStream(output);
        JsonSerializer.Serialize(stream, report, Default.AnalysisReport);
    }

    /// <summary>Several reports as one JSON array, written as <see cref="Write"/> writes one.</summary>
    public static void WriteAll(IReadOnlyList<AnalysisReport> reports, TextWriter output)
    {
        using var stream = new TextWriterStream(output);
        JsonSerializer.Serialize(stream, reports, Default.IReadOnlyListAnalysisReport);
    }

    public static AnalysisReport Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Default.AnalysisReport)
        ?? throw new JsonException("The JSON document is empty (expected an analysis report object).");
}
