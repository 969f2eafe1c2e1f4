using System.CommandLine;
using System.Globalization;
using RepSense.Analysis.Exercises;
using RepSense.Ingest;
using RepSense.Log.Progression;
using RepSense.Log.Store;
using RepSense.Log.Units;

namespace RepSense.Cli.Commands.Log;

/// <summary><c>log rule EXERCISE [linear|double SCHEME] [--increment W] [--reset]</c>: shows the progression rule in
/// effect or replaces the catalog's default with the user's own.</summary>
internal sealed class LogRuleCommand(CliContext context)
{
    public int Run(ParseResult parse)
    {
        using var store = CliLogStore.Open(parse);
        var (exercise, profile) = LogExercises.Resolve(parse.GetValue(LogCommandDefinition.RuleExercise)!, store, ExerciseCatalog.Default);
        string? kind = parse.GetValue(LogCommandDefinition.RuleKind);
        string? scheme = parse.GetValue(LogCommandDefinition.RuleScheme);

        if (parse.GetValue(LogCommandDefinition.Reset))
        {
            bool had = store.ClearRule(exercise.Name);
            context.Output.WriteLine(had ? $"{exercise.Name}: back to the catalog's rule." : $"{exercise.Name} had no rule of yours.");
        }
        else if (kind is not null)
        {
            store.SetRule(Parse(exercise.Name, kind, scheme, parse.GetValue(LogCommandDefinition.Increment)));
        }

        var settings = ProgressionSettings.For(profile, store.RuleFor(exercise.Name));
        context.Output.WriteLine($"{exercise.Name}: {(settings.Rule == ProgressionRule.Linear ? "linear" : "double progression")} " +
                                 $"{settings.Scheme}, +{Weight.FormatNumber(settings.Increment.Kg)} kg / {Weight.FormatNumber(settings.Increment.Lb)} lb ({settings.Origin}).");
        return (int)ExitCode.Success;
    }

    /// <summary>The rule the arguments describe; throws <see cref="RepSenseException"/> for a rule or scheme that is
    /// none (the command's validator runs it at parse time, so those are usage errors).</summary>
    internal static ProgressionOverride Parse(string exercise, string kind, string? scheme, string? increment)
    {
        var rule = kind.ToLowerInvariant() switch
        {
            "linear" => ProgressionRule.Linear,
            "double" => ProgressionRule.Double,
            _ => throw new RepSenseException($"The rule '{kind}' is not a progression rule (expected linear or double)."),
        };
        if (scheme is null)
            throw new RepSenseException($"The {kind} rule needs a scheme (expected SETSxREPS like 5x5, or SETSxLOW-HIGH like 3x8-12).");
        var parts = scheme.ToLowerInvariant().Split('x');
        var range = parts.Length == 2 ? parts[1].Split('-') : [];
        if (parts.Length != 2 || !Count(parts[0], out int sets) || range.Length is < 1 or > 2
            || !Count(range[0], out int low) || !Count(range[^1], out int high) || high < low
            || (rule == ProgressionRule.Linear) != (low == high))
        {
            throw new RepSenseException($"The scheme '{scheme}' does not fit the {kind} rule (expected {(rule == ProgressionRule.Linear ? "SETSxREPS like 5x5" : "SETSxLOW-HIGH like 3x8-12")}).");
        }
        double? kg = null, lb = null;
        if (increment is not null)
        {
            var step = WeightInput.Parse(increment);
            if (step.Unit is null) throw new RepSenseException($"The increment '{increment}' needs a unit (expected e.g. 2.5kg or 5lb).");
            if (step.Unit == WeightUnit.Kg) kg = step.Value;
            else lb = step.Value;
        }
        return new ProgressionOverride(exercise, rule, sets, low, high, kg, lb);
    }

    private static bool Count(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value is > 0 and <= 100;
}
