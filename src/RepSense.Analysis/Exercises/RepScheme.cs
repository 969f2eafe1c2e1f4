using System.Globalization;

namespace RepSense.Analysis.Exercises;

/// <summary>
/// A set/rep prescription as an article gives it: "3 sets of 10 to 12 reps" is sets 3–3, reps 10–12. A bound the
/// article leaves open is null ("12 or more": <see cref="RepsMax"/> null; "multiple sets": both set bounds null).
/// Timed schemes have hold seconds instead of reps.
/// </summary>
/// <param name="SetsMin">Fewest sets, or null when the article leaves it open.</param>
/// <param name="SetsMax">Most sets, or null when open.</param>
/// <param name="RepsMin">Fewest reps per set, or null (timed, "up to", to failure).</param>
/// <param name="RepsMax">Most reps per set, or null ("or more", timed, to failure).</param>
/// <param name="HoldMinS">Shortest hold or carry per set in seconds for timed schemes, else null.</param>
/// <param name="HoldMaxS">Longest hold or carry per set in seconds for timed schemes, else null.</param>
/// <param name="ToFailure">Sets are taken to failure instead of to a rep target.</param>
/// <param name="Source">The article and its words.</param>
public sealed record RepScheme(
    int? SetsMin,
    int? SetsMax,
    int? RepsMin,
    int? RepsMax,
    double? HoldMinS,
    double? HoldMaxS,
    bool ToFailure,
    SourceRef Source)
{
    /// <summary>Whether the scheme is measured in seconds rather than reps.</summary>
    public bool IsTimed => HoldMinS is not null || HoldMaxS is not null;

    /// <summary>Compact form for tables: "3 × 5", "3–4 × 10–12", "2 × 12+", "3 × ≤15", "sets × 10–15 s",
    /// "4 × to failure".</summary>
    public override string ToString()
    {
        string sets = Range(SetsMin, SetsMax) ?? "sets";
        string work = ToFailure ? "to failure"
            : IsTimed ? $"{Range(HoldMinS, HoldMaxS)} s"
            : Range(RepsMin, RepsMax) ?? "reps";
        return $"{sets} × {work}";
    }

    private static string? Range(double? min, double? max) => (min, max) switch
    {
        (null, null) => null,
        ({ } lo, null) => $"{Format(lo)}+",
        (null, { } hi) => $"≤{Format(hi)}",
        ({ } lo, { } hi) when lo == hi => Format(lo),
        ({ } lo, { } hi) => $"{Format(lo)}–{Format(hi)}",
    };

    private static string? Range(int? min, int? max) => Range((double?)min, max);

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
