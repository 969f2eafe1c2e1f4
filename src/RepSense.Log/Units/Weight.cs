using System.Globalization;

namespace RepSense.Log.Units;

/// <summary>
/// A load in the unit it was lifted in. Conversions go through <see cref="KgPerLb"/> (the international avoirdupois
/// pound, exactly 0.45359237 kg) and only where two units meet (e1RM, volume, a Strong "Weight (kg)" export).
/// </summary>
public readonly record struct Weight(double Value, WeightUnit Unit)
{
    public const double KgPerLb = 0.45359237;

    public double ToKg() => In(WeightUnit.Kg);

    /// <summary>The value in <paramref name="unit"/>.</summary>
    public double In(WeightUnit unit) => (Unit, unit) switch
    {
        (WeightUnit.Kg, WeightUnit.Lb) => Value / KgPerLb,
        (WeightUnit.Lb, WeightUnit.Kg) => Value * KgPerLb,
        _ => Value,
    };

    /// <summary>"kg" or "lb".</summary>
    public static string Symbol(WeightUnit unit) => unit == WeightUnit.Kg ? "kg" : "lb";

    /// <summary>Reads a unit as people and apps write it: kg, kgs, kilograms, lb, lbs, pounds (any case).</summary>
    public static bool TryParseUnit(string? text, out WeightUnit unit)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "kg" or "kgs" or "kilo" or "kilos" or "kilogram" or "kilograms":
                unit = WeightUnit.Kg;
                return true;
            case "lb" or "lbs" or "pound" or "pounds":
                unit = WeightUnit.Lb;
                return true;
            default:
                unit = default;
                return false;
        }
    }

    /// <summary>A number for display: up to two decimals, no trailing zeros ("100", "102.06").</summary>
    public static string FormatNumber(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public override string ToString() => $"{FormatNumber(Value)} {Symbol(Unit)}";
}
