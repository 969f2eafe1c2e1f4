using System.Globalization;
using RepSense.Ingest;

namespace RepSense.Log.Units;

/// <summary>
/// A weight as typed on the command line: "100kg", "225 lb", "72.5" (no unit: the caller supplies the default,
/// see <see cref="Resolve"/>) or "bw" / "bodyweight" for a bodyweight set with nothing added (0).
/// </summary>
public readonly record struct WeightInput(double Value, WeightUnit? Unit)
{
    public static WeightInput Parse(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Equals("bw", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("bodyweight", StringComparison.OrdinalIgnoreCase))
            return new WeightInput(0, null);
        int split = 0;
        while (split < trimmed.Length && (char.IsAsciiDigit(trimmed[split]) || trimmed[split] == '.')) split++;
        string number = trimmed[..split];
        string unitText = trimmed[split..].Trim();
        if (number.Length == 0 || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
            throw new RepSenseException($"The weight '{text}' is not a weight (expected a number with an optional unit, such as 100kg, 225lb, 72.5 or bw).");
        if (unitText.Length == 0) return new WeightInput(value, null);
        if (!Weight.TryParseUnit(unitText, out var unit))
            throw new RepSenseException($"The weight '{text}' has an unknown unit '{unitText}' (expected kg or lb).");
        return new WeightInput(value, unit);
    }

    /// <summary>The weight, taking <paramref name="defaultUnit"/> when none was typed.</summary>
    public Weight Resolve(WeightUnit defaultUnit) => new(Value, Unit ?? defaultUnit);
}
