using System.Globalization;

namespace RepSense.Cli.Plotting;

/// <summary>
/// An sRGB colour with opacity, as SVG writes it (<c>#rrggbb</c> plus a separate opacity). Immutable: the
/// <c>With…</c> methods return a new colour. The default value is fully transparent black, which draws nothing.
/// </summary>
public readonly record struct Color(byte Red, byte Green, byte Blue, byte Alpha = 255)
{
    /// <summary>Parses <c>#rrggbb</c> or <c>#rrggbbaa</c> (the leading # is optional).</summary>
    /// <exception cref="FormatException">Any other text.</exception>
    public static Color FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith('#') ? hex.AsSpan(1) : hex.AsSpan();
        if ((digits.Length != 6 && digits.Length != 8) ||
            !uint.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint value))
            throw new FormatException($"Expected a colour as #rrggbb or #rrggbbaa, found \"{hex}\".");
        if (digits.Length == 6) value = (value << 8) | 0xFF;
        return new Color((byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>Opacity from 0 (invisible) to 1 (opaque).</summary>
    public double Opacity => Alpha / 255.0;

    /// <summary>True when the colour draws something (its alpha is not zero).</summary>
    public bool IsVisible => Alpha > 0;

    /// <summary>The same colour with an opacity given as a fraction from 0 to 1 (clamped), like ScottPlot's
    /// <c>WithAlpha(double)</c>: <c>Colors.Blue.WithAlpha(0.2)</c> is a light shading.</summary>
    public Color WithAlpha(double opacity) =>
        this with { Alpha = (byte)Math.Round(Math.Clamp(double.IsNaN(opacity) ? 1 : opacity, 0, 1) * 255) };

    /// <summary><c>#rrggbb</c>, lower case; the opacity is not part of it (SVG takes it separately).</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{Red:x2}{Green:x2}{Blue:x2}");

    public override string ToString() => Alpha == 255 ? ToHex() : ToHex() + Alpha.ToString("x2", CultureInfo.InvariantCulture);
}
