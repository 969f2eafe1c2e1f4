using System.Globalization;

namespace RepSense.Cli.Plotting.TickGenerators;

/// <summary>
/// Evenly spaced ticks on "nice" numbers: the step is 1, 2 or 5 times a power of ten, chosen so that ticks are
/// about <see cref="TargetSpacingPx"/> apart, and labels carry exactly the decimals the step needs (0.25 is never
/// a step, so 0.2 steps print one decimal). Positions are integer multiples of the step, so 0 is a tick whenever
/// the range holds it and no rounding drift accumulates.
/// </summary>
public sealed class NumericAutomatic : ITickGenerator
{
    /// <summary>Guards against a degenerate range asking for millions of ticks.</summary>
    private const int MaxTicks = 1000;

    /// <summary>Desired distance between ticks on screen.</summary>
    public double TargetSpacingPx { get; init; } = 80;

    public IReadOnlyList<Tick> Generate(double min, double max, double lengthPx)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || max <= min) return [];
        double step = NiceStep(max - min, Math.Max(2, lengthPx / TargetSpacingPx));
        int decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        long first = (long)Math.Ceiling(min / step - 1e-9);
        long last = (long)Math.Floor(max / step + 1e-9);
        if (last - first + 1 > MaxTicks) return [];
        var ticks = new List<Tick>((int)(last - first + 1));
        for (long k = first; k <= last; k++)
        {
            double position = k * step;
            ticks.Add(new Tick(position, Label(position, decimals)));
        }
        return ticks;
    }

    /// <summary>The 1-2-5 step that divides <paramref name="span"/> into at most about <paramref name="count"/> parts.</summary>
    public static double NiceStep(double span, double count)
    {
        double raw = span / count;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
        return nice * magnitude;
    }

    private static string Label(double value, int decimals)
    {
        string label = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return label.StartsWith('-') && label.AsSpan(1).IndexOfAnyExcept("0.") < 0 ? label[1..] : label;
    }
}
