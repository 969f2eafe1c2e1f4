namespace RepSense.Cli.Plotting;

/// <summary>Which point of a text's box sits on its anchor: <see cref="UpperLeft"/> puts the text below and to the
/// right of the anchor, <see cref="LowerCenter"/> centres it just above.</summary>
public enum Alignment
{
    UpperLeft,
    UpperCenter,
    UpperRight,
    MiddleLeft,
    MiddleCenter,
    MiddleRight,
    LowerLeft,
    LowerCenter,
    LowerRight,
}
