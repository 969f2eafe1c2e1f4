using System.Text.Json;
using System.Text.Json.Serialization;
using RepSense.Analysis.Reports;

namespace RepSense.Cli.Commands.Simulate;

/// <summary>Source-generated JSON for <see cref="SimulateSummary"/> in the project's convention (<see cref="JsonConventions"/>).</summary>
[JsonSerializable(typeof(SimulateSummary))]
internal sealed partial class SimulateJson : JsonSerializerContext
{
    private static readonly SimulateJson Readable = new(JsonConventions.Options());

    public static string Serialize(SimulateSummary summary) => JsonSerializer.Serialize(summary, Readable.SimulateSummary);
}
