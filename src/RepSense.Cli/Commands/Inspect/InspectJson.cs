using System.Text.Json;
using System.Text.Json.Serialization;
using RepSense.Analysis.Reports;

namespace RepSense.Cli.Commands.Inspect;

/// <summary>The JSON of <c>inspect --json</c>: the project's convention (<see cref="JsonConventions"/>), enums by
/// name. Source-generated.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(InspectReport))]
internal sealed partial class InspectJson : JsonSerializerContext
{
    private static readonly InspectJson Readable = new(JsonConventions.Options());

    public static string Serialize(InspectReport report) => JsonSerializer.Serialize(report, Readable.InspectReport);
}
