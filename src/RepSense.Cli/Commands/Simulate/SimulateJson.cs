using System.Text.Json;
using System.Text.Json.Serialization;

namespace RepSense.Cli.Commands.Simulate;

/// <summary>Source-generated JSON for <see cref="SimulateSummary"/> (camelCase, indented, like every --json).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SimulateSummary))]
internal sealed partial class SimulateJson : JsonSerializerContext
{
    public static string Serialize(SimulateSummary summary) => JsonSerializer.Serialize(summary, Default.SimulateSummary);
}
