namespace RepSense.Cli.Plotting.Plottables;

/// <summary>
/// One vertical bar from <see cref="ValueBase"/> to <see cref="Value"/>, centred on <see cref="Position"/>. Bars stack
/// by starting one where the one below ends (its <see cref="ValueBase"/> is the other's <see cref="Value"/>).
/// </summary>
public sealed class Bar
{
    public double Position { get; set; }

    public double Value { get; set; }

    public double ValueBase { get; set; }

    /// <summary>Width in x units (0.8 leaves a gap between bars one unit apart).</summary>
    public double Size { get; set; } = 0.8;

    public Color FillColor { get; set; } = Colors.Gray;

    public Color LineColor { get; set; } = Colors.Transparent;

    public double LineWidth { get; set; } = 1;
}
