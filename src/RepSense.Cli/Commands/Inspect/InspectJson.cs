using System.Text.Json;
using System.Text.Json.Serialization;

namespace RepSense.Cli.Commands.Inspect;

/// <summary>The JSON of <c>inspect --json</c>: the project's convention (camelCase, nulls written, indented),
/// enums by name. Source-generated.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(InspectReport))]
internal sealed partial class InspectJson : JsonSerializerContext
{
    public static string Serialize(InspectReport report) => JsonSerializer.Serialize(report, Default.InspectReport);
}
