using System.Text.Json;
using System.Text.Json.Serialization;

namespace RepSense.Analysis.Reports;

/// <summary>The analysis report in RepSense's JSON convention (<see cref="JsonConventions"/>), indented.
/// Source-generated so serialising costs no reflection at start-up.</summary>
[JsonSerializable(typeof(AnalysisReport))]
[JsonSerializable(typeof(IReadOnlyList<AnalysisReport>))]
public sealed partial class AnalysisJson : JsonSerializerContext
{
    private static readonly AnalysisJson Readable = new(JsonConventions.Options());

    public static string Serialize(AnalysisReport report) => JsonSerializer.Serialize(report, Readable.AnalysisReport);

    /// <summary>Writes the report to <paramref name="output"/> as it is serialised, a buffer at a time, without the
    /// whole document in memory (a day-long recording's report is megabytes). The same text as
    /// <see cref="Serialize"/>.</summary>
    public static void Write(AnalysisReport report, TextWriter output)
    {
        using var stream = new TextWriterStream(output);
        JsonSerializer.Serialize(stream, report, Readable.AnalysisReport);
    }

    /// <summary>Several reports as one JSON array, written as <see cref="Write"/> writes one.</summary>
    public static void WriteAll(IReadOnlyList<AnalysisReport> reports, TextWriter output)
    {
        using var stream = new TextWriterStream(output);
        JsonSerializer.Serialize(stream, reports, Readable.IReadOnlyListAnalysisReport);
    }

    public static AnalysisReport Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Readable.AnalysisReport)
        ?? throw new JsonException("The JSON document is empty (expected an analysis report object).");
}
