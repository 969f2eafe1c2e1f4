using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RepSense.Analysis;
using RepSense.Analysis.Reports;

namespace RepSense.Cli.Commands.Analyze;

/// <summary>
/// The document <c>analyze --json</c> prints: each recording's <see cref="AnalysisReport"/> with a <c>warnings</c>
/// array (the reading problems, one sentence per kind, as <c>inspect --json</c> gives them), and, when several
/// recordings were asked for, an array with an element per input in the order given: the report, or
/// <c>{"file": …, "error": …}</c> for a recording that could not be analysed, so positions match the inputs.
/// </summary>
/// <remarks>The warnings are added to the report's own contract (a property after <c>totalReps</c>) rather than
/// to a copy of its fields, so a field added to the report appears here without a change.</remarks>
internal sealed partial class AnalyzeJson
{
    private readonly Dictionary<AnalysisReport, IReadOnlyList<string>> _warnings = new(ReferenceEqualityComparer.Instance);
    private readonly JsonTypeInfo<AnalysisReport> _report;
    private readonly JsonSerializerOptions _options;

    public AnalyzeJson()
    {
        _options = JsonConventions.Options();
        _options.TypeInfoResolver = JsonTypeInfoResolver.Combine(AnalysisJson.Default, WarningsJson.Default).WithAddedModifier(AddWarnings);
        _report = (JsonTypeInfo<AnalysisReport>)_options.GetTypeInfo(typeof(AnalysisReport));
    }

    /// <summary>One recording's report as the whole document, streamed to <paramref name="output"/>.</summary>
    public void Write(AnalyzedRecording analyzed, TextWriter output)
    {
        _warnings[analyzed.Report] = analyzed.Diagnostics.Warnings;
        using var stream = new TextWriterStream(output);
        JsonSerializer.Serialize(stream, analyzed.Report, _report);
    }

    /// <summary>An array with an element per input, in order: its report, or the file and the error.</summary>
    public void WriteAll(IReadOnlyList<(string File, AnalyzedRecording? Analyzed, string? Error)> outcomes, TextWriter output)
    {
        using var stream = new TextWriterStream(output);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = _options.WriteIndented,
            Encoder = _options.Encoder ?? JavaScriptEncoder.Default,
        });
        writer.WriteStartArray();
        foreach (var (file, analyzed, error) in outcomes)
        {
            if (analyzed is not null)
            {
                _warnings[analyzed.Report] = analyzed.Diagnostics.Warnings;
                JsonSerializer.Serialize(writer, analyzed.Report, _report);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteString(_options.PropertyNamingPolicy!.ConvertName("File"), file);
                writer.WriteString(_options.PropertyNamingPolicy.ConvertName("Error"), error);
                writer.WriteEndObject();
            }
            writer.Flush(); // one report at a time in memory, not the whole array's text
        }
        writer.WriteEndArray();
    }

    // The property's type is resolved through the options' resolver chain, whose WarningsJson context holds its
    // generated contract, so nothing is looked up by reflection: a trimmed build prints the same document.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "IReadOnlyList<string>'s contract is source-generated (WarningsJson).")]
    private void AddWarnings(JsonTypeInfo type)
    {
        if (type.Type != typeof(AnalysisReport)) return;
        var warnings = type.CreateJsonPropertyInfo(typeof(IReadOnlyList<string>), type.Options.PropertyNamingPolicy!.ConvertName("Warnings"));
        warnings.Get = report => _warnings.GetValueOrDefault((AnalysisReport)report, []);
        int afterTotal = type.Properties.Select(p => p.Name).ToList().IndexOf(type.Options.PropertyNamingPolicy.ConvertName(nameof(AnalysisReport.TotalReps))) + 1;
        type.Properties.Insert(afterTotal, warnings);
    }

    /// <summary>The contract of the added property's type (the report's context has none for it).</summary>
    [JsonSerializable(typeof(IReadOnlyList<string>))]
    private sealed partial class WarningsJson : JsonSerializerContext;
}
