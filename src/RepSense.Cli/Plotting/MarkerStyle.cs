namespace RepSense.Cli.Plotting;

/// <summary>How a marker is drawn. <see cref="MarkerShape.None"/> or a size of 0 hides it.</summary>
public sealed class MarkerStyle
{
    public MarkerShape Shape { get; set; } = MarkerShape.FilledCircle;

    /// <summary>Diameter (width of the shape's box) in pixels.</summary>
    public double Size { get; set; } = 5;

    /// <summary>Fill of the filled shapes.</summary>
    public Color FillColor { get; set; } = Colors.Black;

    /// <summary>Stroke of the open shapes and of the crosses.</summary>
    public Color LineColor { get; set; } = Colors.Black;

    /// <summary>Stroke width of the open shapes and crosses, pixels.</summary>
    public double LineWidth { get; set; } = 1.5;

    /// <summary>Sets the fill and the outline together.</summary>
    public Color Color
    {
        get => FillColor;
        set { FillColor = value; LineColor = value; }
    }

    public bool IsVisible => Shape != MarkerShape.None && Size > 0;
}
