namespace RepSense.Cli.Plotting;

/// <summary>How a line is drawn. A width of 0 or a transparent colour hides it.</summary>
public sealed class LineStyle
{
    /// <summary>Stroke width in pixels.</summary>
    public double Width { get; set; } = 1;

    public Color Color { get; set; } = Colors.Black;

    public LinePattern Pattern { get; set; } = LinePattern.Solid;

    public bool IsVisible => Width > 0 && Color.IsVisible;
}
