namespace RepSense.Cli.Plotting;

/// <summary>
/// Text size estimates for layout. An SVG writer cannot measure text (the viewer picks the font), so the layout
/// reserves room from the character count at an average sans-serif advance of 0.6 em, which errs wide for digits.
/// </summary>
internal static class TextMetrics
{
    public const double AverageAdvanceEm = 0.6;

    public static double WidthPx(string text, double fontSizePx) => text.Length * fontSizePx * AverageAdvanceEm;

    /// <summary>Where the baseline goes so that the text's box meets its anchor as <paramref name="alignment"/>
    /// asks: cap height is about 0.72 em above the baseline, descenders about 0.22 em below.</summary>
    public static double BaselineY(double anchorY, double fontSizePx, Alignment alignment) => alignment switch
    {
        Alignment.UpperLeft or Alignment.UpperCenter or Alignment.UpperRight => anchorY + 0.8 * fontSizePx,
        Alignment.MiddleLeft or Alignment.MiddleCenter or Alignment.MiddleRight => anchorY + 0.35 * fontSizePx,
        _ => anchorY - 0.22 * fontSizePx,
    };

    public static string TextAnchor(Alignment alignment) => alignment switch
    {
        Alignment.UpperLeft or Alignment.MiddleLeft or Alignment.LowerLeft => "start",
        Alignment.UpperCenter or Alignment.MiddleCenter or Alignment.LowerCenter => "middle",
        _ => "end",
    };
}
