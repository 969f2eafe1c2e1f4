using System.CommandLine;
using RepSense.Analysis.Exercises;
using RepSense.Log.Json;
using RepSense.Log.Progression;
using RepSense.Log.Store;
using RepSense.Log.Units;
using Spectre.Console;

namespace RepSense.Cli.Commands.Next;

/// <summary>Applies each exercise's progression rule (the user's, else the catalog's) to its history and prints the
/// targets with the reason, as a table or JSON (one object for one exercise, an array for all).</summary>
internal sealed class NextCommand(CliContext context)
{
    public int Run(ParseResult parse)
    {
        var catalog = ExerciseCatalog.Default;
        using var store = CliLogStore.Open(parse);
        bool json = parse.GetValue(CommonOptions.Json);
        string? name = parse.GetValue(NextCommandDefinition.Exercise);

        if (name is not null)
        {
            var (exercise, profile) = LogExercises.Resolve(name, store, catalog);
            var target = Next(store, exercise, profile);
            if (json) context.Output.WriteLine(LogJson.Serialize(Document(target)));
            else Print([target]);
            return (int)ExitCode.Success;
        }

        var targets = store.Exercises()
            .Select(e => Next(store, new ExerciseRef(e.Exercise, e.InCatalog), e.InCatalog ? catalog.Resolve(e.Exercise) : null))
            .ToList();
        if (json) context.Output.WriteLine(LogJson.Serialize<IReadOnlyList<NextDocument>>(targets.Select(Document).ToList()));
        else if (targets.Count == 0) context.Output.WriteLine("The log is empty: nothing to progress from yet.");
        else Print(targets);
        return (int)ExitCode.Success;
    }

    private static NextTarget Next(LogStore store, ExerciseRef exercise, ExerciseProfile? profile)
    {
        var settings = ProgressionSettings.For(profile, store.RuleFor(exercise.Name));
        var history = SessionResult.From(store.Sets(exercise.Name), settings.Measure);
        return ProgressionEngine.Next(exercise.Name, profile?.DisplayName ?? exercise.Name, settings, history, profile?.Tempo.Momentum);
    }

    private void Print(IReadOnlyList<NextTarget> targets)
    {
        var table = new Table().AddColumn("Exercise").AddColumn("Weight").AddColumn("Sets × reps").AddColumn("Why");
        foreach (var t in targets)
        {
            string weight = t.Weight is { } w ? $"{Weight.FormatNumber(w)} {Weight.Symbol(t.Unit)}" : "-";
            string reps = string.Join(",", t.Reps) + (t.Measure == Measure.Seconds ? " s" : "");
            table.AddRow(new Text(t.Exercise + (t.Deload ? " (deload)" : "")), new Text(weight), new Text($"{t.Sets} × {reps}"), new Text(t.Reason));
        }
        Terminal.For(context).Write(table);
    }

    private static NextDocument Document(NextTarget t) => new(
        t.Exercise, t.Weight, Weight.Symbol(t.Unit), t.Sets, t.Reps, t.Rule == ProgressionRule.Linear ? "linear" : "double",
        t.Reason, t.Measure == Measure.Seconds ? "seconds" : "reps", t.Deload);
}
