using System.Globalization;
using RepSense.Analysis.Validation;
using Spectre.Console;

namespace RepSense.Cli.Commands.Eval;

/// <summary>The tables <c>repsense eval</c> prints without --json.</summary>
internal static class EvalTable
{
    public static void Write(EvalSummary summary, IAnsiConsole console)
    {
        var scores = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(summary.Manifest)) };
        foreach (var c in new[] { "group", "sets", "exact %", "±1 %", "MAE" }) scores.AddColumn($"[bold]{c}[/]");
        foreach (var s in summary.ByExercise) Score(scores, s);
        scores.AddEmptyRow();
        Score(scores, summary.Overall, bold: true);
        Score(scores, summary.OverallAgainstAudit);
        console.Write(scores);

        Rows(console, "worst sets (label not suspect)", summary.Worst);
        Rows(console, "suspect labels (not scored)", summary.Suspect);
        if (summary.Failed.Count > 0) Rows(console, "could not be analysed (counted as 0)", summary.Failed);
        if (summary.Live is { } live) Live(console, live);
    }

    private static void Live(IAnsiConsole console, LiveDisplayScore live)
    {
        string within = FormattableString.Invariant($"{LiveDisplayScore.DeadlineS:0.#} s");
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle("live display (stream time, every recording)") };
        foreach (var c in new[] { "what", "reps", "%" }) table.AddColumn(c);
        string P(double v) => double.IsNaN(v) ? "-" : v.ToString("0.0", CultureInfo.InvariantCulture);
        void Row(string what, int n, double pct) => table.AddRow(Markup.Escape(what), n.ToString(CultureInfo.InvariantCulture), P(pct));
        Row($"a set's first reps: the count on the screen {within} after the rep's end is its number", live.FirstReps, live.FirstShownRightPct);
        Row("  ... within one of it", live.FirstReps, live.FirstShownWithinOnePct);
        Row($"  ... reported within {within} (a provisional line or the set's)", live.FirstReps, live.FirstReportedInTimePct);
        Row($"reps inside a set: final within {within}", live.InsideReps, live.InsideFinalInTimePct);
        console.Write(table);
    }

    private static void Score(Table table, EvalScore s, bool bold = false)
    {
        string F(double v, string format) => double.IsNaN(v) ? "-" : v.ToString(format, CultureInfo.InvariantCulture);
        var cells = new[] { s.Group, s.Sets.ToString(CultureInfo.InvariantCulture), F(s.ExactPct, "0.0"), F(s.WithinOnePct, "0.0"), F(s.MeanAbsoluteError, "0.00") };
        table.AddRow(cells.Select(c => new Markup(bold ? $"[bold]{Markup.Escape(c)}[/]" : Markup.Escape(c))).ToArray());
    }

    private static void Rows(IAnsiConsole console, string title, IReadOnlyList<EvalRow> rows)
    {
        if (rows.Count == 0) return;
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(title) };
        foreach (var c in new[] { "file", "exercise", "label", "eye", "counted", "check", "note" }) table.AddColumn(c);
        foreach (var r in rows)
            table.AddRow(Markup.Escape(r.File), Markup.Escape(r.Exercise), r.TrueReps.ToString(CultureInfo.InvariantCulture),
                         r.VisualReps?.ToString(CultureInfo.InvariantCulture) ?? "", r.Counted?.ToString(CultureInfo.InvariantCulture) ?? "-",
                         Markup.Escape(r.LabelCheck ?? ""), Markup.Escape(r.Failure ?? ""));
        console.Write(table);
    }
}
