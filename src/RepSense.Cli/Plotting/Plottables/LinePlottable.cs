namespace RepSense.Cli.Plotting.Plottables;

/// <summary>
/// What every plottable drawn as a line shares: visibility, legend text, the grouped <see cref="LineStyle"/> and its
/// flat shortcuts. <c>Color</c> is left to each plottable, because what it colours differs (a scatter's markers too).
/// </summary>
public abstract class LinePlottable : IPlottable
{
    protected LinePlottable(double lineWidth) => LineStyle.Width = lineWidth;

    public bool IsVisible { get; set; } = true;

    public string? LegendText { get; set; }

    public LineStyle LineStyle { get; } = new();

    public Color LineColor { get => LineStyle.Color; set => LineStyle.Color = value; }

    public double LineWidth { get => LineStyle.Width; set => LineStyle.Width = value; }

    public LinePattern LinePattern { get => LineStyle.Pattern; set => LineStyle.Pattern = value; }

    public virtual IEnumerable<LegendItem> LegendItems => LegendItem.Single(LegendText, line: LineStyle);

    public abstract AxisLimits GetAxisLimits();

    public abstract void Render(RenderPack rp);
}
