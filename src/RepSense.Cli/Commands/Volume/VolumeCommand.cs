using System.CommandLine;
using System.Globalization;
using RepSense.Analysis.Exercises;
using RepSense.Log.Json;
using RepSense.Log.Volume;
using Spectre.Console;

namespace RepSense.Cli.Commands.Volume;

/// <summary>Counts a week's hard sets per movement pattern and compares them with the articles' guidance.</summary>
internal sealed class VolumeCommand(CliContext context)
{
    public int Run(ParseResult parse)
    {
        var day = parse.GetValue(VolumeCommandDefinition.Week) ?? CliDates.Today;
        var (monday, sunday) = WeeklyVolume.Week(day);
        using var store = CliLogStore.Open(parse);
        var volume = WeeklyVolume.Compute(store.Sets(from: monday, to: sunday), day, ExerciseCatalog.Default);

        if (parse.GetValue(CommonOptions.Json))
        {
            context.Output.WriteLine(LogJson.Serialize(Document(volume)));
            return (int)ExitCode.Success;
        }
        var table = new Table().Title($"Week {volume.From:yyyy-MM-dd} to {volume.To:yyyy-MM-dd}")
            .AddColumn("Pattern").AddColumn(new TableColumn("Hard sets").RightAligned());
        foreach (var p in volume.ByPattern.Where(p => p.Sets > 0 || p.Pattern is MovementPattern.VerticalPull or MovementPattern.HorizontalPull))
            table.AddRow(new Text(KebabEnum.ToKebab(p.Pattern)), new Text(p.Sets.ToString(CultureInfo.InvariantCulture)));
        table.AddRow(new Text("back (all)"), new Text($"{volume.BackSets} of {volume.BackSetsMin}-{volume.BackSetsMax}"));
        var console = Terminal.For(context);
        console.Write(table);
        foreach (string advice in volume.Advice) context.Output.WriteLine(advice);
        return (int)ExitCode.Success;
    }

    private static VolumeDocument Document(WeeklyVolume v) => new(
        v.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        v.ByPattern.ToDictionary(p => KebabEnum.ToKebab(p.Pattern), p => p.Sets), v.BackSets, v.BackSetsMin, v.BackSetsMax,
        KebabEnum.ToKebab(v.BackStatus), v.VerticalPullSets, v.HorizontalPullSets, v.VerticalToHorizontal,
        KebabEnum.ToKebab(v.RatioStatus), v.Unclassified, v.Advice);
}
