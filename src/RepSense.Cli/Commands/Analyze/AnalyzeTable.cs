using System.Globalization;
using RepSense.Analysis;
using RepSense.Cli.Reports;
using Spectre.Console;

namespace RepSense.Cli.Commands.Analyze;

/// <summary>The sets table <c>repsense analyze</c> prints without --json (the reading warnings go to stderr, see
/// <see cref="Commands.ReadingWarnings"/>).</summary>
internal static class AnalyzeTable
{
    public static void Write(AnalyzedRecording analyzed, IAnsiConsole console)
    {
        var report = analyzed.Report;
        console.MarkupLine($"[bold]{Markup.Escape(report.File)}[/]  {Markup.Escape(report.Format)}, " +
                           $"{report.DurationS.ToString("0.#", CultureInfo.InvariantCulture)} s at " +
                           $"{report.SampleRateHz.ToString("0.#", CultureInfo.InvariantCulture)} Hz");
        if (report.Sets.Count == 0)
        {
            console.MarkupLine("No sets found: the recording shows no rep-like movement (three or more similar reps).");
        }
        else
        {
            var table = new Table { Border = TableBorder.Rounded };
            foreach (var column in new[] { "set", "start", "end", "reps", "rep times (s)" }) table.AddColumn($"[bold]{column}[/]");
            foreach (var set in report.Sets)
                table.AddRow(
                    set.Index.ToString(CultureInfo.InvariantCulture),
                    Clock(set.StartS),
                    Clock(set.EndS),
                    set.Reps.ToString(CultureInfo.InvariantCulture),
                    string.Join(" ", set.RepDetails.Select(RepTime)));
            console.Write(table);
            if (CutRepMark.AnyIn(report)) console.MarkupLine(Markup.Escape(CutRepMark.Note));
            console.MarkupLine($"[bold]{report.TotalReps}[/] reps in {report.Sets.Count} set{(report.Sets.Count == 1 ? "" : "s")}.");
        }
    }

    private static string RepTime(Analysis.Reports.RepReport rep) =>
        (rep.EndS - rep.StartS).ToString("0.0", CultureInfo.InvariantCulture) + CutRepMark.After(rep);

    /// <summary>Minutes and seconds from the recording's start, e.g. 1:05.3.</summary>
    internal static string Clock(double seconds) =>
        $"{(int)(seconds / 60)}:{(seconds % 60).ToString("00.0", CultureInfo.InvariantCulture)}";
}
