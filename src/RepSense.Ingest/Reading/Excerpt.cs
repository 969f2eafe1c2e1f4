using System.Globalization;
using System.Text;

namespace RepSense.Ingest.Reading;

/// <summary>Text of the input quoted in a message: shortened, and with control characters written as escapes
/// (<c>\t</c>, <c>\u001B</c>), so that a binary or hostile file cannot move the cursor, ring the bell or recolour the
/// terminal the message is printed on, and a tab shows as the delimiter it is.</summary>
internal static class Excerpt
{
    /// <summary>At most <paramref name="maxLength"/> characters of <paramref name="text"/> (then "…"), escaped.</summary>
    public static string Of(string text, int maxLength)
    {
        string shown = text.Length <= maxLength ? text : text[..maxLength];
        if (!shown.Any(char.IsControl)) return shown.Length == text.Length ? shown : shown + "…";

        var escaped = new StringBuilder(shown.Length + 16);
        foreach (char c in shown)
        {
            escaped.Append(c switch
            {
                '\t' => @"\t",
                '\r' => @"\r",
                '\n' => @"\n",
                _ when char.IsControl(c) => @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        if (shown.Length < text.Length) escaped.Append('…');
        return escaped.ToString();
    }
}
