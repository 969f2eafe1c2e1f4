namespace RepSense.Cli.Plotting;

/// <summary>One legend row: the label and the swatch to draw beside it (a line, a marker, a filled box or a
/// combination, whichever styles are set).</summary>
public sealed record LegendItem(string LabelText)
{
    public LineStyle? LineStyle { get; init; }
    public MarkerStyle? MarkerStyle { get; init; }
    public FillStyle? FillStyle { get; init; }

    /// <summary>No rows: what a plottable without legend text reports.</summary>
    public static IEnumerable<LegendItem> None { get; } = [];

    /// <summary>One row when <paramref name="legendText"/> is set, otherwise none.</summary>
    internal static IEnumerable<LegendItem> Single(string? legendText, LineStyle? line = null, MarkerStyle? marker = null,
        FillStyle? fill = null) =>
        string.IsNullOrEmpty(legendText) ? None : [new LegendItem(legendText) { LineStyle = line, MarkerStyle = marker, FillStyle = fill }];
}
