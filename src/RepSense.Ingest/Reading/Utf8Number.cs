using System.Globalization;

namespace RepSense.Ingest.Reading;

/// <summary>
/// Numbers from the UTF-8 text of a field, as <see cref="NumberStyles.Float"/> (or <see cref="NumberStyles.Integer"/>)
/// in the invariant culture reads them, exactly rounded. Plain decimals, the text of nearly every sensor export, take
/// a short path of their own; anything else goes to the runtime's parser.
/// </summary>
/// <remarks>
/// Why not CsvHelper's <c>TryParse&lt;double&gt;</c>, which gives the same values: generic methods of another
/// assembly, instantiated here, are not in the ReadyToRun image, so a fresh process parses its first hundreds of
/// thousands of fields with unoptimised code. These methods are compiled ahead of time with the rest of Ingest.
/// </remarks>
internal static class Utf8Number
{
    /// <summary>Up to 15 digits the mantissa is below 2⁵³, so it and a power of ten up to 10²² are exact doubles and
    /// one division rounds their quotient exactly (Clinger's fast path).</summary>
    private const int MaxFastDigits = 15;

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    public static bool TryParseDouble(ReadOnlySpan<byte> text, out double value)
    {
        if (TryParsePlainDecimal(text, out value)) return true;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseInt64(ReadOnlySpan<byte> text, out long value) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    /// <summary>[−|+]digits[.digits] with 1 to 15 digits in all; false for anything else (not an error: the caller
    /// falls back to the full parser).</summary>
    private static bool TryParsePlainDecimal(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0, fraction = -1;
        for (; i < text.Length; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                if (++digits > MaxFastDigits) return false;
                mantissa = 10 * mantissa + digit;
                if (fraction >= 0) fraction++;
            }
            else if (text[i] == (byte)'.' && fraction < 0) fraction = 0;
            else return false;
        }
        if (digits == 0) return false;
        value = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        if (negative) value = -value;
        return true;
    }
}
