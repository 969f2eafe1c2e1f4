using System.Globalization;
using System.Text;
using RepSense.Ingest.Reading;

namespace RepSense.Ingest.Tests;

/// <summary>The field parser reads exactly what the runtime's invariant parser reads: the same success and the same
/// bits, through its short path for plain decimals and its fallback for everything else.</summary>
public class Utf8NumberTests
{
    public static TheoryData<string> Texts() =>
    [
        "0", "-0", "-0.000", "+0.5", ".5", "5.", "0.0452", "-1.037", "9.80665", "123456789012345", "1234567890123456",
        "0.000000000000001", "0.1234567890123456789", "-12.3456789012", "1e-5", "1E3", "-2.5e+2", " 3", "3 ", "NaN",
        "Infinity", "-Infinity", "", ".", "-", "+", "1.2.3", "1,5", "0x10", "1_000", "--1", "12a", "99999999999999999999",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_field_reads_as_the_runtimes_invariant_float_parser_reads_it(string text)
    {
        bool expectedOk = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double expected);

        bool ok = Utf8Number.TryParseDouble(Encoding.UTF8.GetBytes(text), out double value);

        Assert.Equal(expectedOk, ok);
        if (ok) Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void Random_decimals_as_recorders_write_them_read_to_the_last_bit()
    {
        var random = new Random(7);
        for (int i = 0; i < 20_000; i++)
        {
            double x = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-6, 9));
            string text = x.ToString(random.Next(4) switch { 0 => "0.0000", 1 => "0.000######", 2 => "R", _ => "0.##############" }, CultureInfo.InvariantCulture);
            Assert.True(Utf8Number.TryParseDouble(Encoding.UTF8.GetBytes(text), out double value), text);
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
        }
    }

    [Theory]
    [InlineData("1700000000000000000", true)]
    [InlineData("-42", true)]
    [InlineData("1.7e18", false)]
    [InlineData("", false)]
    [InlineData("12 ", true)]
    public void Whole_number_timestamps_read_as_the_runtimes_integer_parser_reads_them(string text, bool ok)
    {
        Assert.Equal(ok, Utf8Number.TryParseInt64(Encoding.UTF8.GetBytes(text), out long value));
        if (ok) Assert.Equal(long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture), value);
    }
}
