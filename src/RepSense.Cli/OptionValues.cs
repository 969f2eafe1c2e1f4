using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using RepSense.Analysis.Exercises;
using RepSense.Ingest;
using RepSense.Log.Units;

namespace RepSense.Cli;

/// <summary>
/// Checks of the values the command line gives, run by the parser so that a value that cannot be used is a usage
/// error (exit 2, README "Commands") said in one sentence naming the option and what was found, before anything is
/// read, analysed or written. System.CommandLine's own messages for these cases name .NET types or span several
/// lines, so the options that take numbers, choices, weights and exercises use these instead.
/// </summary>
internal static class OptionValues
{
    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Func<ArgumentResult, double?> Number(string name, double min, double max) => result =>
    {
        string text = Single(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            && value >= min && value <= max)
            return value;
        result.AddError($"{name} must be from {Format(min)} to {Format(max)}; found '{text}'.");
        return null;
    };

    /// <summary><see cref="Number"/> for an option with a default.</summary>
    public static Func<ArgumentResult, double> NumberWithDefault(string name, double min, double max)
    {
        var parse = Number(name, min, max);
        return result => parse(result) ?? min;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Func<ArgumentResult, int> WholeNumber(string name, int min, int max) => result =>
    {
        string text = Single(result);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
            return value;
        result.AddError($"{name} must be a whole number from {min} to {max}; found '{text}'.");
        return min;
    };

    /// <summary><see cref="WholeNumber"/> for an option that may be left out.</summary>
    public static Func<ArgumentResult, int?> OptionalWholeNumber(string name, int min, int max)
    {
        var parse = WholeNumber(name, min, max);
        return result => parse(result);
    }

    /// <summary>One of <paramref name="choices"/>, in any case.</summary>
    public static void OneOf(Option option, params string[] choices) => option.Validators.Add(result =>
    {
        if (result.Tokens.Count == 0) return; // the default, not a value given
        string text = Single(result);
        if (!choices.Contains(text, StringComparer.OrdinalIgnoreCase))
            result.AddError($"{option.Name} must be {Choices(choices)}; found '{text}'.");
    });

    /// <summary>A member of <typeparamref name="TEnum"/> by name, in any case.</summary>
    public static Func<ArgumentResult, TEnum> Enum<TEnum>(string name) where TEnum : struct, System.Enum => result =>
    {
        string text = Single(result);
        if (System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]))
            return value;
        result.AddError($"{name} must be {Choices(System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()).ToArray())}; found '{text}'.");
        return default;
    };

    /// <summary>A weight as <see cref="WeightInput.Parse"/> reads it (100kg, 225lb, 72.5, bw).</summary>
    public static void Weight(Option<string> option) => option.Validators.Add(result => CheckWeight(result, requireUnit: false));

    public static void Weight(Argument<string> argument) => argument.Validators.Add(result => CheckWeight(result, requireUnit: false));

    /// <summary>A weight with its unit (a load step: 2.5kg, 5lb).</summary>
    public static void WeightWithUnit(Option<string?> option) => option.Validators.Add(result => CheckWeight(result, requireUnit: true));

    /// <summary>A name or alias of the exercise catalog; the error names the closest ones.</summary>
    public static void Exercise(Option option) => option.Validators.Add(result => CheckExercise(result));

    private static void CheckExercise(SymbolResult result) =>
        AsUsageError(result, () => ExerciseCatalog.Default.Resolve(Single(result)));

    private static void CheckWeight(SymbolResult result, bool requireUnit) => AsUsageError(result, () =>
    {
        string text = Single(result);
        var weight = WeightInput.Parse(text);
        if (requireUnit && weight.Unit is null)
            result.AddError($"The weight '{text}' needs a unit (expected e.g. 2.5kg or 5lb).");
    });

    /// <summary>Runs <paramref name="check"/>, a parse that throws <see cref="RepSenseException"/> for a value it
    /// cannot use, and makes its message the usage error of <paramref name="result"/>.</summary>
    public static void AsUsageError(SymbolResult result, Action check)
    {
        try
        {
            check();
        }
        catch (RepSenseException ex)
        {
            result.AddError(ex.Message);
        }
    }

    /// <summary>The value given (its first token), or "" when none was.</summary>
    public static string Single(SymbolResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : "";

    private static string Choices(string[] choices) =>
        choices.Length == 1 ? choices[0] : string.Join(", ", choices[..^1]) + " or " + choices[^1];

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
