using System.CommandLine;
using RepSense.Log.Formats;
using RepSense.Log.Model;

namespace RepSense.Cli.Commands.Log;

/// <summary><c>repsense log</c>: the progressive-overload log by hand — <c>add</c> sets, set an exercise's
/// progression <c>rule</c>, <c>import</c> a Strong, Hevy or FitNotes export and <c>export</c> the log.</summary>
internal static class LogCommandDefinition
{
    // log add
    public static readonly Argument<string> Exercise = new("exercise")
    {
        Description = "The exercise: a catalog name or alias (deadlift, \"DB row\"), or one of your own already in the log.",
    };

    public static readonly Argument<string> Weight = new("weight")
    {
        Description = "The weight: 100kg, 225lb, bw (bodyweight), or a bare number in the unit the exercise was last " +
                      "logged in (else the log's last unit, else kg).",
    };

    public static readonly Argument<IReadOnlyList<int>> Sets = new("sets")
    {
        Description = "Sets and reps: SETSxREPS (3x5) or reps per set (5,4,4).",
        Arity = ArgumentArity.ExactlyOne,
        CustomParser = result =>
        {
            if (RepsSpec.TryParse(result.Tokens[0].Value, out var reps, out string error)) return reps;
            result.AddError(error + ".");
            return [];
        },
    };

    public static readonly Option<double?> Rpe = new("--rpe")
    {
        Description = "Rate of perceived exertion of the sets (1-10).",
        CustomParser = OptionValues.Number("--rpe", 1, 10),
    };

    public static readonly Option<double?> Rir = new("--rir")
    {
        Description = "Reps in reserve of the sets (0-20).",
        CustomParser = OptionValues.Number("--rir", 0, 20),
    };
    public static readonly Option<bool> Planned = new("--planned") { Description = "Plan the sets (targets) instead of logging them as done." };

    // log import
    public static readonly Argument<string> File = new("file") { Description = "A Strong, Hevy, FitNotes or RepSense CSV export." };

    public static readonly Option<string?> Unit = new("--unit")
    {
        Description = "The weight unit of exports that do not name one (Strong 2021-24, German Strong); default kg.",
    };

    // log export
    public static readonly Option<ExportFormat> Format = new("--format")
    {
        Description = "strong (Strong's current layout, kg), hevy, csv (RepSense's own, every field) or json.",
        Required = true,
        CustomParser = OptionValues.Enum<ExportFormat>("--format"),
    };

    public static readonly Option<string?> Output = new("--output", "-o") { Description = "Write to this file instead of stdout.", HelpName = "file" };

    // log rule
    public static readonly Argument<string> RuleExercise = new("exercise") { Description = "The exercise." };

    public static readonly Argument<string?> RuleKind = new("rule")
    {
        Description = "linear or double; leave out to show the rule in effect.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static readonly Argument<string?> RuleScheme = new("scheme")
    {
        Description = "SETSxREPS for linear (5x5) or SETSxLOW-HIGH for double (3x8-12).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static readonly Option<string?> Increment = new("--increment") { Description = "The load step, e.g. 2.5kg or 5lb (default: the equipment's)." };
    public static readonly Option<bool> Reset = new("--reset") { Description = "Go back to the catalog's rule." };

    static LogCommandDefinition()
    {
        OptionValues.Weight(Weight);
        OptionValues.OneOf(Unit, "kg", "lb");
        OptionValues.WeightWithUnit(Increment);
    }

    public static Command Create(CliContext context)
    {
        var add = new Command("add", "Log (or with --planned, plan) sets by hand: repsense log add deadlift 100kg 3x5.")
        {
            Exercise, Weight, Sets, CommonOptions.Date, Rpe, Rir, Planned, CommonOptions.LogPath,
        };
        add.SetAction(parse => new LogAddCommand(context).Run(parse));

        var import = new Command("import", "Import a Strong, Hevy, FitNotes or RepSense CSV export into the log.")
        {
            File, Unit, CommonOptions.LogPath,
        };
        import.SetAction(parse => new LogImportCommand(context).Run(parse));

        var export = new Command("export", "Export the log as Strong, Hevy, RepSense CSV or JSON.")
        {
            Format, Output, CommonOptions.LogPath,
        };
        export.SetAction(parse => new LogExportCommand(context).Run(parse));

        var rule = new Command("rule", "Show or set an exercise's progression rule: repsense log rule deadlift linear 5x5.")
        {
            RuleExercise, RuleKind, RuleScheme, Increment, Reset, CommonOptions.LogPath,
        };
        rule.Validators.Add(result =>
        {
            // The rule and its scheme are read as they are parsed, so a wrong one is a usage error.
            if (result.GetValue(RuleKind) is { } kind)
                OptionValues.AsUsageError(result, () => LogRuleCommand.Parse(result.GetValue(RuleExercise)!, kind, result.GetValue(RuleScheme), null));
        });
        rule.SetAction(parse => new LogRuleCommand(context).Run(parse));

        return new Command("log", "The progressive-overload log: add sets, set progression rules, import and export.")
        {
            add, rule, import, export,
        };
    }
}
