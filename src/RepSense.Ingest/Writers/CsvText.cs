using System.Globalization;
using System.Text;

namespace RepSense.Ingest.Writers;

/// <summary>Number formatting and file opening shared by the writers. Everything is invariant-culture and LF so the
/// bytes depend on the values only, never on the machine.</summary>
internal static class CsvText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static StreamWriter Create(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        return new StreamWriter(path, append: false, Utf8NoBom) { NewLine = "\n" };
    }

    /// <summary>A fixed number of decimals. A value that rounds to zero is written without a minus sign, so noise
    /// around zero does not make "-0.000" appear or disappear between runs that differ in the last bit.</summary>
    public static string Fixed(double value, int decimals)
    {
        double rounded = Math.Round(value, decimals, MidpointRounding.ToEven);
        if (rounded == 0) rounded = 0; // turns -0 into +0
        return rounded.ToString(FixedFormats[decimals], Invariant);
    }

    private static readonly string[] FixedFormats = ["F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"];

    /// <summary>Java's scientific notation as phyphox writes it: ten significant digits, an exponent with no plus
    /// sign and no padding (<c>9.769314561E0</c>, <c>3.674579167E-2</c>).</summary>
    public static string JavaScientific(double value)
    {
        if (value == 0) value = 0;
        return value.ToString("0.000000000E0", Invariant);
    }

    /// <summary>The shortest text that parses back to the same double (what Android and iOS exports print).</summary>
    public static string Shortest(double value)
    {
        if (value == 0) value = 0;
        return value.ToString("R", Invariant);
    }

    public static string Integer(long value) => value.ToString(Invariant);

    /// <summary>Writes ",a,b,c": three axis values, each formatted by <paramref name="format"/>, in the given order.</summary>
    public static void WriteAxes(TextWriter writer, double a, double b, double c, Func<double, string> format)
    {
        writer.Write(',');
        writer.Write(format(a));
        writer.Write(',');
        writer.Write(format(b));
        writer.Write(',');
        writer.Write(format(c));
    }
}
