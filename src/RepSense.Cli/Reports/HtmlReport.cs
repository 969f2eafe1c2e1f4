using System.Globalization;
using System.Net;
using System.Text;
using RepSense.Analysis.Reports;
using RepSense.Cli.Plotting;

namespace RepSense.Cli.Reports;

/// <summary>
/// One self-contained HTML page for an analysed recording: the session summary, a table of sets and reps (phase
/// times, tempo, flags with their severity) and each set's two plots inline as SVG. It loads nothing (no scripts,
/// fonts, images or style sheets from elsewhere), so it can be mailed or opened offline. Every text that comes from
/// the recording or the analysis (file name, format, exercise, tempo, flag codes and messages) is escaped.
/// The markup is also well-formed XML (polyglot), so tests can read it with System.Xml.Linq.
/// </summary>
public static class HtmlReport
{
    private const string Missing = "—";

    private static readonly PhaseKind[] TableOrder = [PhaseKind.Eccentric, PhaseKind.BottomHold, PhaseKind.Concentric, PhaseKind.TopHold];

    public static string Build(AnalysisReport report, IReadOnlyList<SetSignal> signals) =>
        Build(new RecordingAnalysis(report, signals));

    public static string Build(RecordingAnalysis analysis)
    {
        var report = analysis.Report;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<title>RepSense report: ").Append(Escape(report.File)).Append("</title>\n")
            .Append("<style>").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>RepSense report</h1>\n");
        AppendSummary(html, report);
        AppendTable(html, report);
        AppendPlots(html, analysis);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, AnalysisReport report)
    {
        html.Append("<section class=\"summary\">\n<h2>Session</h2>\n<dl>\n");
        Item("File", report.File);
        Item("Format", report.Format);
        Item("Sample rate", $"{Num(report.SampleRateHz, 1)} Hz");
        Item("Duration", $"{Clock(report.DurationS)} ({Num(report.DurationS, 1)} s)");
        Item("Sets", report.Sets.Count.ToString(CultureInfo.InvariantCulture));
        Item("Total reps", report.TotalReps.ToString(CultureInfo.InvariantCulture));
        html.Append("</dl>\n</section>\n");

        void Item(string name, string value) =>
            html.Append("<dt>").Append(name).Append("</dt><dd>").Append(Escape(value)).Append("</dd>\n");
    }

    private static void AppendTable(StringBuilder html, AnalysisReport report)
    {
        html.Append("<section class=\"sets\">\n<h2>Sets and reps</h2>\n");
        if (report.Sets.Count == 0)
        {
            html.Append("<p>No sets were found in this recording.</p>\n</section>\n");
            return;
        }
        html.Append("<table class=\"reps\">\n<thead><tr>")
            .Append("<th scope=\"col\">Set</th><th scope=\"col\">Rep</th><th scope=\"col\">Start, s</th>")
            .Append("<th scope=\"col\">Turn, s</th><th scope=\"col\">End, s</th><th scope=\"col\">Duration, s</th>");
        foreach (var kind in TableOrder)
            html.Append("<th scope=\"col\">").Append(Capitalised(PhaseStyle.LabelOf(kind))).Append(", s</th>");
        html.Append("<th scope=\"col\" class=\"text\">Flags</th></tr></thead>\n");
        int columns = 7 + TableOrder.Length;

        foreach (var set in report.Sets)
        {
            html.Append("<tbody>\n<tr class=\"set\"><th scope=\"rowgroup\" colspan=\"").Append(columns).Append("\">")
                .Append(Escape(SetHeading(set))).Append("</th></tr>\n");
            foreach (var rep in set.RepDetails)
            {
                html.Append("<tr><td>").Append(set.Index).Append("</td><td>").Append(rep.Index).Append("</td>");
                Cell(rep.StartS);
                Cell(rep.TurnS);
                Cell(rep.EndS);
                // As in the analyze table: a rep the recording cut (its end, or a hole) has its time marked, the part recorded.
                html.Append("<td>").Append(Num(rep.EndS - rep.StartS, 2)).Append(CutRepMark.After(rep)).Append("</td>");
                foreach (var kind in TableOrder) Cell(RepPhases.Duration(rep, kind));
                html.Append("<td class=\"text\">");
                AppendFlags(html, rep.Flags);
                html.Append("</td></tr>\n");
            }
            html.Append("</tbody>\n");
        }
        html.Append("</table>\n<p class=\"note\">Phase columns follow the tempo notation: eccentric, bottom hold, ")
            .Append("concentric, top hold. ").Append(Missing).Append(" means not analysed.</p>\n");
        if (CutRepMark.AnyIn(report)) html.Append("<p class=\"note\">").Append(CutRepMark.Note).Append("</p>\n");
        html.Append("</section>\n");

        void Cell(double? valueS) => html.Append("<td>").Append(valueS is double v ? Num(v, 2) : Missing).Append("</td>");
    }

    private static void AppendFlags(StringBuilder html, IReadOnlyList<FlagReport>? flags)
    {
        if (flags is not { Count: > 0 })
        {
            html.Append("none");
            return;
        }
        foreach (var flag in flags)
        {
            // The class is chosen here, never copied from the report, so report text cannot reach the markup.
            string kind = string.Equals(flag.Severity, "fault", StringComparison.OrdinalIgnoreCase) ? "fault"
                : string.Equals(flag.Severity, "info", StringComparison.OrdinalIgnoreCase) ? "info" : "other";
            html.Append("<div class=\"flag ").Append(kind).Append("\"><span class=\"severity\">").Append(Escape(flag.Severity))
                .Append("</span> <code>").Append(Escape(flag.Code)).Append("</code>");
            if (!string.IsNullOrWhiteSpace(flag.Message)) html.Append(": ").Append(Escape(flag.Message));
            html.Append("</div>");
        }
    }

    private static void AppendPlots(StringBuilder html, RecordingAnalysis analysis)
    {
        if (analysis.Report.Sets.Count == 0) return;
        html.Append("<section class=\"plots\">\n<h2>Plots</h2>\n");
        foreach (var set in analysis.Report.Sets)
        {
            var signal = analysis.SignalOf(set);
            html.Append("<section class=\"set-plots\">\n<h3>").Append(Escape(SetHeading(set))).Append("</h3>\n");
            html.Append("<figure class=\"signal-plot\">\n")
                .Append(TempoPlots.SignalPlot(set, signal).GetSvg(TempoPlots.WidthPx, TempoPlots.SignalHeightPx))
                .Append("\n<figcaption>").Append(signal is null
                    ? "No signal was kept for this set: rep boundaries and phases only."
                    : "Movement signal with rep boundaries (dashed), phases shaded by kind and flagged reps marked.")
                .Append("</figcaption>\n</figure>\n");
            html.Append("<figure class=\"phase-plot\">\n")
                .Append(TempoPlots.PhaseDurationPlot(set).GetSvg(TempoPlots.WidthPx, TempoPlots.PhaseHeightPx))
                .Append("\n<figcaption>Phase durations per rep, stacked in the order the rep goes through them.</figcaption>\n</figure>\n")
                .Append("</section>\n");
        }
        html.Append("</section>\n");
    }

    private static string SetHeading(SetReport set)
    {
        var parts = new List<string> { $"Set {set.Index.ToString(CultureInfo.InvariantCulture)}" };
        if (!string.IsNullOrWhiteSpace(set.Exercise)) parts.Add(set.Exercise);
        parts.Add(set.Reps == 1 ? "1 rep" : $"{set.Reps.ToString(CultureInfo.InvariantCulture)} reps");
        parts.Add($"{Num(set.StartS, 2)}–{Num(set.EndS, 2)} s");
        if (!string.IsNullOrWhiteSpace(set.Tempo)) parts.Add($"tempo {set.Tempo}");
        if (set.TimeUnderTensionS is double tut) parts.Add($"time under tension {Num(tut, 1)} s");
        if (set.SlowdownPct is double slowdown) parts.Add($"slowdown {Num(slowdown, 1)} %");
        return string.Join(" · ", parts);
    }

    /// <summary>HTML-escaped, with characters XML cannot hold replaced, so the page stays well-formed.</summary>
    private static string Escape(string? text) => WebUtility.HtmlEncode(XmlText.Sanitize(text ?? ""));

    private static string Num(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Missing;

    private static string Clock(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < 0) return Missing;
        var time = TimeSpan.FromSeconds(Math.Round(seconds));
        return time.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Minutes}:{time.Seconds:00}");
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Contrast: every text colour here is at least 7:1 on its background; sizes stay ≥ 12 px.
    private const string Css = """

        body { font-family: Arial, Helvetica, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 15px; line-height: 1.45;
               color: #1a1a1a; background: #ffffff; margin: 24px auto; max-width: 1000px; padding: 0 16px; }
        h1 { font-size: 24px; margin: 0 0 12px; }
        h2 { font-size: 19px; margin: 28px 0 10px; border-bottom: 1px solid #d0d0d0; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 20px 0 8px; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 4px 18px; margin: 0; }
        dt { font-weight: bold; }
        dd { margin: 0; overflow-wrap: anywhere; }
        table.reps { border-collapse: collapse; font-size: 14px; width: 100%; }
        table.reps th, table.reps td { border: 1px solid #c8c8c8; padding: 4px 8px; text-align: right; vertical-align: top; }
        table.reps thead th { background: #f0f0f0; color: #1a1a1a; }
        table.reps .text { text-align: left; }
        table.reps tr.set th { background: #e8eef6; color: #10243e; text-align: left; }
        td.text .flag { margin: 1px 0; }
        .flag .severity { font-weight: bold; text-transform: uppercase; font-size: 12px; }
        .flag.fault { color: #8b0016; }
        .flag.info, .flag.other { color: #5c3b00; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px; }
        figure { margin: 12px 0 20px; }
        figure svg { display: block; max-width: 100%; height: auto; border: 1px solid #e0e0e0; }
        figcaption { font-size: 13px; color: #404040; margin-top: 4px; }
        .note { font-size: 13px; color: #404040; }

        """;
}
