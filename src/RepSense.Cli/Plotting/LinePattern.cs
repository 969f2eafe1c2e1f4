namespace RepSense.Cli.Plotting;

/// <summary>How a line is stroked.</summary>
public enum LinePattern
{
    Solid,
    Dashed,
    Dotted,
}
