using System.Text.Json;
using System.Text.Json.Serialization;
using RepSense.Analysis.Reports;
using RepSense.Analysis.Validation;

namespace RepSense.Cli.Commands.Eval;

/// <summary><c>repsense eval --json</c>: the summary (of the labelled or the simulated evaluation) as one camelCase
/// JSON object (<see cref="JsonConventions"/>).</summary>
[JsonSerializable(typeof(EvalSummary))]
[JsonSerializable(typeof(TempoEvalSummary))]
internal sealed partial class EvalJson : JsonSerializerContext
{
    private static readonly EvalJson Readable = new(JsonConventions.Options());

    public static string Serialize(EvalSummary summary) => JsonSerializer.Serialize(summary, Readable.EvalSummary);

    public static string Serialize(TempoEvalSummary summary) => JsonSerializer.Serialize(summary, Readable.TempoEvalSummary);
}
