using System.CommandLine;
using System.Globalization;
using RepSense.Analysis.Exercises;
using RepSense.Log.Formats;
using RepSense.Log.History;
using RepSense.Log.Json;
using RepSense.Log.Model;
using RepSense.Log.Store;
using RepSense.Log.Units;
using Spectre.Console;

namespace RepSense.Cli.Commands.History;

/// <summary>Prints an exercise's sessions (or an overview of every exercise) as a table or one JSON document.</summary>
internal sealed class HistoryCommand(CliContext context)
{
    public int Run(ParseResult parse)
    {
        using var store = CliLogStore.Open(parse);
        bool json = parse.GetValue(CommonOptions.Json);
        string? name = parse.GetValue(HistoryCommandDefinition.Exercise);
        if (name is null) return Overview(store, json);

        var (exercise, _) = LogExercises.Resolve(name, store, ExerciseCatalog.Default);
        var history = ExerciseHistory.Build(exercise.Name, store.Sets(exercise.Name));
        if (json)
        {
            context.Output.WriteLine(LogJson.Serialize(Document(history)));
            return (int)ExitCode.Success;
        }
        if (history.Sessions.Count == 0)
        {
            context.Output.WriteLine($"No {exercise.Name} sets in the log yet.");
            return (int)ExitCode.Success;
        }
        string unit = Weight.Symbol(history.Unit);
        var table = new Table().Title(exercise.Name)
            .AddColumn("Date").AddColumn("Sets").AddColumn(new TableColumn($"Best e1RM ({unit})").RightAligned())
            .AddColumn(new TableColumn($"Volume ({unit})").RightAligned());
        foreach (var session in history.Sessions)
            table.AddRow(new Text($"{session.Date:yyyy-MM-dd}"), new Text(Describe(session.Sets)),
                new Text(Format(session.BestE1rm)), new Text(Format(session.Volume)));
        var console = Terminal.For(context);
        console.Write(table);
        if (history.BestE1rm is { } best)
            context.Output.WriteLine($"Best e1RM: {Weight.FormatNumber(best)} {unit} on {history.BestE1rmDate:yyyy-MM-dd}.");
        return (int)ExitCode.Success;
    }

    private int Overview(LogStore store, bool json)
    {
        var entries = store.Exercises().Select(e =>
        {
            var history = ExerciseHistory.Build(e.Exercise, store.Sets(e.Exercise));
            return new HistoryOverviewEntry(e.Exercise, e.InCatalog, history.Sessions.Count,
                history.Sessions.Count == 0 ? "" : history.Sessions[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                history.BestE1rm, Weight.Symbol(history.Unit));
        }).Where(e => e.Sessions > 0).ToList();
        if (json)
        {
            context.Output.WriteLine(LogJson.Serialize(new HistoryOverviewDocument(entries)));
            return (int)ExitCode.Success;
        }
        if (entries.Count == 0)
        {
            context.Output.WriteLine("The log is empty: add sets with 'repsense log add' or import an export with 'repsense log import'.");
            return (int)ExitCode.Success;
        }
        var table = new Table().AddColumn("Exercise").AddColumn("Sessions").AddColumn("Last").AddColumn("Best e1RM");
        foreach (var e in entries)
            table.AddRow(new Text(e.InCatalog ? e.Exercise : $"{e.Exercise} (own)"), new Text($"{e.Sessions}"), new Text(e.LastDate),
                new Text(e.BestE1rm is { } best ? $"{Weight.FormatNumber(best)} {e.Unit}" : "-"));
        Terminal.For(context).Write(table);
        return (int)ExitCode.Success;
    }

    /// <summary>"100 kg × 5,5,5; 110 kg × 3 (counted 4, 3 clean)".</summary>
    private static string Describe(IReadOnlyList<LoggedSet> sets) => string.Join("; ", sets
        .GroupBy(s => (s.Weight, s.Kind))
        .Select(g =>
        {
            string weight = g.Key.Weight?.ToString() ?? "bw";
            string kind = g.Key.Kind == SetKind.Work ? "" : $" {LogText.Kind(g.Key.Kind)}";
            string reps = string.Join(",", g.Select(Reps));
            return $"{weight} × {reps}{kind}";
        }));

    private static string Reps(LoggedSet set)
    {
        if (set.DurationS is { } seconds && set.RecordedReps is null) return $"{Weight.FormatNumber(seconds)}s";
        string reps = set.RecordedReps?.ToString(CultureInfo.InvariantCulture) ?? "?";
        return set.CleanReps is { } clean && clean != set.RecordedReps ? $"{reps} ({clean} clean)" : reps;
    }

    private static string Format(double? value) => value is { } v ? Weight.FormatNumber(v) : "-";

    private static HistoryDocument Document(ExerciseHistory history) => new(
        history.Exercise, Weight.Symbol(history.Unit), history.BestE1rm,
        history.BestE1rmDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        history.Sessions.Select(s => new HistorySessionDocument(
            s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.BestE1rm, s.Volume,
            s.Sets.Select(x => new HistorySetDocument(LogText.Kind(x.Kind), x.Weight?.Value, Weight.Symbol(x.Weight?.Unit ?? history.Unit),
                x.CreditedReps, x.LoggedReps, x.CountedReps, x.CleanReps, x.DurationS, x.Rpe)).ToList())).ToList());
}
