using System.Text.Json.Serialization;

namespace RepSense.Analysis.Exercises;

// The shape of exercises.json, as written. Everything is optional here so that the loader, not the serializer,
// reports what is missing, naming the exercise; unknown members are rejected so a misspelt key is an error.

internal sealed class CatalogFileDto
{
    public Dictionary<string, ArticleDto>? Sources { get; set; }
    public Dictionary<string, IncrementDto>? Increments { get; set; }
    public DefaultsDto? Defaults { get; set; }
    public GuidanceDto? Guidance { get; set; }
    public List<ExerciseDto>? Exercises { get; set; }
}

internal sealed class ArticleDto
{
    public string? File { get; set; }
    public string? Title { get; set; }
}

internal sealed class IncrementDto
{
    public double? Kg { get; set; }
    public double? Lb { get; set; }
}

internal sealed class DefaultsDto
{
    public ProgressionDto? Progression { get; set; }
}

internal class QuoteDto
{
    public string? Source { get; set; }
    public string? Quote { get; set; }
    public string? Note { get; set; }
}

internal sealed class GuidanceDto
{
    public WeeklyBackSetsDto? WeeklyBackSets { get; set; }
    public PullRatioDto? PullRatio { get; set; }
    public CheatRepsDto? LateSetCheatReps { get; set; }
    public QuoteDto? RepByRepProgress { get; set; }
}

internal sealed class WeeklyBackSetsDto : QuoteDto
{
    public int? Min { get; set; }
    public int? Max { get; set; }
}

internal sealed class PullRatioDto : QuoteDto
{
    public double? VerticalToHorizontal { get; set; }
}

internal sealed class CheatRepsDto : QuoteDto
{
    public int? Reps { get; set; }
}

internal sealed class ExerciseDto
{
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Pattern { get; set; }
    public bool? Back { get; set; }
    public List<string>? Equipment { get; set; }
    public List<string>? Muscles { get; set; }
    public List<SchemeDto>? Schemes { get; set; }
    public TempoDto? Tempo { get; set; }
    public MotionDto? Motion { get; set; }
    public ProgressionDto? Progression { get; set; }
}

internal sealed class SchemeDto : QuoteDto
{
    public string? Sets { get; set; }
    public string? Reps { get; set; }
    public string? HoldS { get; set; }
}

internal sealed class TempoDto
{
    public MomentumDto? Momentum { get; set; }
    public TopHoldDto? TopHold { get; set; }
    public QuoteDto? DeadStop { get; set; }
    public QuoteDto? ControlledEccentric { get; set; }
    public QuoteDto? ExplosiveConcentric { get; set; }
    public QuoteDto? Timed { get; set; }
}

internal sealed class MomentumDto : QuoteDto
{
    public string? Value { get; set; }
}

internal sealed class TopHoldDto : QuoteDto
{
    public double? Seconds { get; set; }
}

internal sealed class MotionDto
{
    public string? Concentric { get; set; }
    public string? StartsWith { get; set; }
    public double[]? RepDurationS { get; set; }
    public string? Laterality { get; set; }
    public bool? HandFixed { get; set; }
}

internal sealed class ProgressionDto : QuoteDto
{
    public string? Rule { get; set; }
    public int? Sets { get; set; }
    public string? Reps { get; set; }
    public string? HoldS { get; set; }
    public double? IncrementKg { get; set; }
    public double? IncrementLb { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CatalogFileDto))]
internal sealed partial class CatalogFileJson : JsonSerializerContext;
