using System.Text.Json;
using System.Text.Json.Serialization;

namespace RepSense.Cli.Commands.Eval;

/// <summary><c>repsense eval --json</c>: the summary as one camelCase JSON object.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
                             NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(EvalSummary))]
internal sealed partial class EvalJson : JsonSerializerContext
{
    public static string Serialize(EvalSummary summary) => JsonSerializer.Serialize(summary, Default.EvalSummary);
}
