using System.Text;
using System.Xml;

namespace RepSense.Cli.Plotting;

/// <summary>Text made safe to write into XML (and so into SVG and polyglot HTML).</summary>
internal static class XmlText
{
    /// <summary>
    /// Replaces each character XML cannot hold even escaped (control characters other than tab and line breaks,
    /// lone surrogates, U+FFFE/U+FFFF) by U+FFFD, so a strange file name shows up as a visible mark instead of
    /// failing the whole report. Returns the same instance when nothing needed replacing.
    /// </summary>
    public static string Sanitize(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) { i++; continue; }
            return Replace(text);
        }
        return text;
    }

    private static string Replace(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) safe.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) safe.Append(text, i++, 2);
            else safe.Append('\uFFFD');
        }
        return safe.ToString();
    }
}
