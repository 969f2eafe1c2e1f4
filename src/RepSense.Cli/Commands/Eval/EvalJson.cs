using System.Text.Json;
using System.Text.Json.Serialization;
using RepSense.Analysis.Validation;

namespace RepSense.Cli.Commands.Eval;

/// <summary><c>repsense eval --json</c>: the summary (of the labelled or the simulated evaluation) as one camelCase
/// JSON object.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
                             NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(EvalSummary))]
[JsonSerializable(typeof(TempoEvalSummary))]
internal sealed partial class EvalJson : JsonSerializerContext
{
    public static string Serialize(EvalSummary summary) => JsonSerializer.Serialize(summary, Default.EvalSummary);

    public static string Serialize(TempoEvalSummary summary) => JsonSerializer.Serialize(summary, Default.TempoEvalSummary);
}
