using System.Globalization;
using System.Text;
using System.Xml;

namespace RepSense.Cli.Plotting;

/// <summary>
/// Streams SVG elements in the fluent shape of <see cref="XmlWriter"/>: <c>Begin("rect").Attr("x", 3).End()</c>.
/// Every attribute value and text node goes through the XmlWriter, so escaping cannot be forgotten by a plottable;
/// characters XML cannot hold at all become U+FFFD (<see cref="XmlText.Sanitize"/>) instead of failing.
/// Numbers are written in the invariant culture with at most two decimals, so the same plot always gives the same
/// bytes whatever the machine's culture.
/// </summary>
public sealed class SvgWriter : IDisposable
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    private readonly XmlWriter _xml;

    internal SvgWriter(StringBuilder target)
    {
        _xml = XmlWriter.Create(target, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        });
    }

    /// <summary>Invariant, at most two decimals, never "-0": the one number format of the SVG output.</summary>
    public static string Num(double value)
    {
        if (double.IsNaN(value)) value = 0;
        double rounded = Math.Round(Math.Clamp(value, -1e7, 1e7), 2);
        if (rounded == 0) rounded = 0; // -0 == 0, so this drops the sign of negative zero
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    public SvgWriter Begin(string element)
    {
        _xml.WriteStartElement(element, Namespace);
        return this;
    }

    public SvgWriter Attr(string name, string value)
    {
        _xml.WriteAttributeString(name, XmlText.Sanitize(value));
        return this;
    }

    public SvgWriter Attr(string name, double value) => Attr(name, Num(value));

    /// <summary>Text content of the open element, escaped.</summary>
    public SvgWriter Content(string text)
    {
        _xml.WriteString(XmlText.Sanitize(text));
        return this;
    }

    public SvgWriter End()
    {
        _xml.WriteEndElement();
        return this;
    }

    /// <summary>The stroke attributes of <paramref name="style"/> (<c>stroke="none"</c> when it is hidden).</summary>
    public SvgWriter Stroke(LineStyle style)
    {
        if (!style.IsVisible) return Attr("stroke", "none");
        Attr("stroke", style.Color.ToHex()).Attr("stroke-width", style.Width);
        if (style.Color.Alpha < 255) Attr("stroke-opacity", style.Color.Opacity);
        return style.Pattern switch
        {
            LinePattern.Dashed => Attr("stroke-dasharray", $"{Num(4 * style.Width + 2)} {Num(3 * style.Width + 1)}"),
            LinePattern.Dotted => Attr("stroke-dasharray", $"{Num(style.Width)} {Num(2 * style.Width + 1)}"),
            _ => this,
        };
    }

    /// <summary>The fill attributes of <paramref name="color"/> (<c>fill="none"</c> when it is transparent).</summary>
    public SvgWriter Fill(Color color)
    {
        if (!color.IsVisible) return Attr("fill", "none");
        Attr("fill", color.ToHex());
        return color.Alpha < 255 ? Attr("fill-opacity", color.Opacity) : this;
    }

    /// <summary>A <c>&lt;text&gt;</c> element whose box meets (<paramref name="x"/>, <paramref name="y"/>) as
    /// <paramref name="alignment"/> says, optionally rotated about that point (degrees, clockwise).</summary>
    public SvgWriter Text(string text, double x, double y, double fontSizePx, Color color, Alignment alignment,
        bool bold = false, double rotationDeg = 0, string? cssClass = null)
    {
        Begin("text");
        if (cssClass is not null) Attr("class", cssClass);
        Attr("x", x).Attr("y", TextMetrics.BaselineY(y, fontSizePx, alignment))
            .Attr("font-size", fontSizePx).Fill(color).Attr("text-anchor", TextMetrics.TextAnchor(alignment));
        if (bold) Attr("font-weight", "bold");
        if (rotationDeg != 0) Attr("transform", $"rotate({Num(rotationDeg)} {Num(x)} {Num(y)})");
        return Content(text).End();
    }

    public void Dispose()
    {
        _xml.Flush();
        _xml.Dispose();
    }
}
