using System.Globalization;
using Spectre.Console;

namespace RepSense.Cli.Commands.Inspect;

/// <summary>The table <c>repsense inspect</c> prints without --json.</summary>
internal static class InspectTable
{
    private const int MaxGapsShown = 10;

    public static void Write(InspectReport report, IAnsiConsole console)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(report.Source)) };
        table.AddColumn("[bold]property[/]");
        table.AddColumn("[bold]value[/]");
        Row(table, "format", report.Format);
        foreach (var file in report.Files)
            Row(table, "file", $"{file.Path} ({file.Provides})");
        Row(table, "channels", string.Join(", ", report.Channels));
        Row(table, "samples", report.SampleCount.ToString("N0", CultureInfo.InvariantCulture));
        Row(table, "duration", $"{report.DurationS:0.###} s");
        Row(table, "measured rate", report.SampleRateHz is { } rate ? $"{rate:0.###} Hz" : "n/a");
        Row(table, "nominal rate", report.NominalRateHz is { } nominal ? $"{nominal:0.###} Hz" : "not declared");
        Row(table, "start time", report.StartTime?.ToString("yyyy-MM-dd HH:mm:ss.fff zzz", CultureInfo.InvariantCulture) ?? "not recorded");
        Row(table, "gravity included", report.GravityIncluded ? "yes" : "no");
        Row(table, "mean |acceleration|", report.MeanAccelerationMagnitudeMs2 is { } mean ? $"{mean:0.###} m/s²" : "n/a");
        Row(table, "gaps", report.GapCount == 0
            ? $"none longer than {report.MaxGapS:0.###} s"
            : $"{report.GapCount} (total {report.GapsDurationS:0.###} s)", report.GapCount > 0);
        foreach (var gap in report.Gaps.Take(MaxGapsShown))
            Row(table, "", $"{gap.StartS:0.###} s to {gap.EndS:0.###} s ({gap.DurationS:0.###} s)", warn: true);
        Row(table, "skipped rows", report.SkippedRows.ToString(CultureInfo.InvariantCulture), report.SkippedRows > 0);
        Row(table, "repeated timestamps", report.RepeatedTimestamps.ToString(CultureInfo.InvariantCulture), report.RepeatedTimestamps > 0);
        Row(table, "backwards timestamps", report.BackwardsTimestamps.ToString(CultureInfo.InvariantCulture), report.BackwardsTimestamps > 0);
        console.Write(table);

        foreach (var warning in report.Warnings)
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
    }

    private static void Row(Table table, string name, string value, bool warn = false) =>
        table.AddRow(new Markup(Markup.Escape(name)), new Markup(warn ? $"[yellow]{Markup.Escape(value)}[/]" : Markup.Escape(value)));
}
