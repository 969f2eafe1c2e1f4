namespace RepSense.Cli.Plotting;

/// <summary>How an area is filled. A transparent colour hides the fill.</summary>
public sealed class FillStyle
{
    public Color Color { get; set; } = Colors.Gray;

    public bool IsVisible => Color.IsVisible;
}
