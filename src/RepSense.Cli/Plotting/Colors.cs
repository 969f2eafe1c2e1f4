namespace RepSense.Cli.Plotting;

/// <summary>Named colours for styling by hand (the palette picks series colours).</summary>
public static class Colors
{
    public static Color Black { get; } = new(0, 0, 0);
    public static Color White { get; } = new(255, 255, 255);
    public static Color Gray { get; } = new(128, 128, 128);
    public static Color DarkGray { get; } = new(80, 80, 80);
    public static Color LightGray { get; } = new(221, 221, 221);
    public static Color Red { get; } = new(214, 39, 40);
    public static Color DarkRed { get; } = new(155, 28, 28);
    public static Color Orange { get; } = new(255, 127, 14);
    public static Color Green { get; } = new(44, 160, 44);
    public static Color Blue { get; } = new(31, 119, 180);
    public static Color Purple { get; } = new(148, 103, 189);
    public static Color Transparent { get; } = new(0, 0, 0, 0);
}
