namespace RepSense.Ingest.Reading;

/// <summary>Parses a dateless time of day, <c>HH:MM:SS</c> with an optional fraction after ':', '.' or ',' (Physics
/// Toolbox writes <c>11:41:59:3050</c>, four digits of ten-thousandths), into ticks of 100 ns since midnight.</summary>
internal static class WallClock
{
    public const long TicksPerSecond = TimeSpan.TicksPerSecond;
    public const long TicksPerDay = TimeSpan.TicksPerDay;

    public static bool TryParse(ReadOnlySpan<byte> text, out long ticks)
    {
        ticks = 0;
        text = text.Trim((byte)' ');
        if (text.Length < 8 || text[2] != ':' || text[5] != ':') return false;
        if (!TwoDigits(text, 0, out int hours) || !TwoDigits(text, 3, out int minutes) || !TwoDigits(text, 6, out int seconds))
            return false;
        if (hours > 23 || minutes > 59 || seconds > 60) return false;

        long fractionTicks = 0;
        if (text.Length > 8)
        {
            byte mark = text[8];
            if (mark is not ((byte)':' or (byte)'.' or (byte)',')) return false;
            var digits = text[9..];
            if (digits.Length is 0 or > 7) return false;
            long value = 0;
            foreach (byte d in digits)
            {
                if (d is < (byte)'0' or > (byte)'9') return false;
                value = value * 10 + (d - '0');
            }
            for (int i = digits.Length; i < 7; i++) value *= 10;
            fractionTicks = value;
        }
        ticks = ((hours * 60L + minutes) * 60 + seconds) * TicksPerSecond + fractionTicks;
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<byte> text, int at, out int value)
    {
        int tens = text[at] - '0', ones = text[at + 1] - '0';
        value = tens * 10 + ones;
        return (uint)tens <= 9 && (uint)ones <= 9;
    }
}
