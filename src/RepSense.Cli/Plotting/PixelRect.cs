namespace RepSense.Cli.Plotting;

/// <summary>A rectangle in SVG pixels (y grows downwards).</summary>
public readonly record struct PixelRect(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;
}
