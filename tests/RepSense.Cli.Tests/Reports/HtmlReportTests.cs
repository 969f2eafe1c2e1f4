using System.Xml;
using System.Xml.Linq;
using RepSense.Analysis.Reports;
using RepSense.Cli.Reports;

namespace RepSense.Cli.Tests.Reports;

public class HtmlReportTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Html { get; } = HtmlReport.Build(SyntheticSession.Analysis);

    /// <summary>The page read as XML: it is written as polyglot markup, so a parse failure is a bug in itself.</summary>
    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static XElement Table => Parse(Html).Descendants("table").Single();

    [Fact]
    public void Page_is_self_contained_with_no_scripts_or_external_resources()
    {
        var page = Parse(Html);

        Assert.StartsWith("<!DOCTYPE html>", Html);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object");
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        Assert.DoesNotContain("url(", Html);
        Assert.DoesNotContain("@import", Html);
        var links = System.Text.RegularExpressions.Regex.Matches(Html, "https?://[^\"' ]+").Select(m => m.Value).Distinct();
        Assert.Equal(["http://www.w3.org/2000/svg"], links); // the SVG namespace name, which is never fetched
        Assert.Single(page.Descendants("style"));
    }

    [Fact]
    public void Summary_names_the_file_format_duration_sets_and_total_reps()
    {
        var summary = Parse(Html).Descendants("dl").Single();
        var items = summary.Elements("dt").Zip(summary.Elements("dd"), (dt, dd) => (dt.Value, dd.Value)).ToDictionary();

        Assert.Equal(SyntheticSession.FileName, items["File"]);
        Assert.Equal("phyphox Acceleration (with g)", items["Format"]);
        Assert.Equal("1:00 (60.0 s)", items["Duration"]);
        Assert.Equal("2", items["Sets"]);
        Assert.Equal("7", items["Total reps"]);
    }

    [Fact]
    public void User_provided_text_is_escaped_everywhere()
    {
        Assert.DoesNotContain("<session>", Html);
        Assert.DoesNotContain("<wide>", Html);
        Assert.DoesNotContain("Eccentric < 1", Html);
        var page = Parse(Html);
        Assert.Equal("RepSense report: " + SyntheticSession.FileName, page.Descendants("title").First().Value);
        Assert.Contains(page.Descendants("th"), th => th.Value.Contains(SyntheticSession.Exercise));
        Assert.Contains(page.Descendants("td"), td => td.Value.Contains(SyntheticSession.FaultMessage));
    }

    [Fact]
    public void Odd_characters_in_names_do_not_break_the_page()
    {
        var report = SyntheticSession.Report with { File = "tab\there\u0001 <b>", Format = "a'b\"c&d" };

        var page = Parse(HtmlReport.Build(report, []));

        Assert.Contains(page.Descendants("dd"), dd => dd.Value == "tab\there\uFFFD <b>");
        Assert.Contains(page.Descendants("dd"), dd => dd.Value == "a'b\"c&d");
    }

    [Fact]
    public void Table_has_one_row_per_set_and_one_per_rep()
    {
        var bodies = Table.Elements("tbody").ToList();

        Assert.Equal(2, bodies.Count);
        Assert.Equal([5, 4], bodies.Select(b => b.Elements("tr").Count())); // set row + its reps
        var setRow = bodies[0].Elements("tr").First();
        Assert.Equal("set", (string?)setRow.Attribute("class"));
        Assert.Contains("tempo 1-1-1-0", setRow.Value);
        Assert.Contains("4 reps", setRow.Value);
    }

    [Fact]
    public void Rep_rows_give_times_phases_in_tempo_order_and_flags_with_their_severity()
    {
        var headers = Table.Element("thead")!.Descendants("th").Select(th => th.Value).ToList();
        var rep3 = Table.Elements("tbody").First().Elements("tr").ElementAt(3).Elements("td").Select(td => td.Value).ToList();

        Assert.Equal(["Set", "Rep", "Start, s", "Turn, s", "End, s", "Duration, s", "Eccentric, s", "Bottom hold, s",
            "Concentric, s", "Top hold, s", "Flags"], headers);
        Assert.Equal(["1", "3", "15.00", "16.00", "17.00", "2.00", "0.80", "0.50", "0.80", "0.40"], rep3.Take(10));
        var flag = Table.Elements("tbody").First().Elements("tr").ElementAt(3).Descendants("div").Single();
        Assert.Equal("flag fault", (string?)flag.Attribute("class"));
        Assert.Equal("fault", flag.Elements("span").Single().Value);
        Assert.Equal("rushed-eccentric", flag.Element("code")!.Value);
        var info = Table.Elements("tbody").First().Elements("tr").ElementAt(4).Descendants("div").Single();
        Assert.Equal("flag info", (string?)info.Attribute("class"));
    }

    [Fact]
    public void Phases_not_analysed_show_as_dashes_and_the_last_pause_as_missing()
    {
        var set2 = Table.Elements("tbody").ElementAt(1).Elements("tr").Skip(1)
            .Select(tr => tr.Elements("td").Select(td => td.Value).ToList()).ToList();
        var lastRepOfSet1 = Table.Elements("tbody").First().Elements("tr").Last().Elements("td").Select(td => td.Value).ToList();

        Assert.All(set2, cells => Assert.Equal(["—", "—", "—", "—"], cells.Skip(6).Take(4)));
        Assert.All(set2, cells => Assert.Equal("none", cells[^1]));
        Assert.Equal("—", lastRepOfSet1[7]); // the bottom hold after the set's last rep is null
    }

    [Fact]
    public void Each_set_has_its_signal_plot_and_phase_chart_inline()
    {
        var figures = Parse(Html).Descendants("figure").ToList();

        Assert.Equal(["signal-plot", "phase-plot", "signal-plot", "phase-plot"], figures.Select(f => (string?)f.Attribute("class")));
        Assert.All(figures, f => Assert.Single(f.Elements(Svg + "svg")));
    }

    [Fact]
    public void A_recording_without_sets_says_so()
    {
        var empty = new AnalysisReport("empty.csv", "Sensor Logger", 100, 30, 0, []);

        var page = Parse(HtmlReport.Build(empty, []));

        Assert.Empty(page.Descendants("table"));
        Assert.Contains(page.Descendants("p"), p => p.Value.Contains("No sets"));
    }

    [Fact]
    public void The_same_analysis_gives_the_same_page()
    {
        Assert.Equal(Html, HtmlReport.Build(SyntheticSession.Report, [SyntheticSession.Signal1, SyntheticSession.Signal2]));
    }

    [Fact]
    public void A_rep_the_recording_cut_has_its_time_marked_and_the_mark_explained_as_in_the_analyze_table()
    {
        var set1 = SyntheticSession.Set1;
        var cut = set1.RepDetails[^1] with { SecondHalfCut = true, EccentricS = null, BottomHoldS = null, Flags = null };
        var report = SyntheticSession.Report with { Sets = [set1 with { RepDetails = [.. set1.RepDetails.SkipLast(1), cut] }, SyntheticSession.Set2] };

        var page = Parse(HtmlReport.Build(report, []));

        var rows = page.Descendants("table").Single().Elements("tbody").First().Elements("tr").Skip(1)
            .Select(tr => tr.Elements("td").Select(td => td.Value).ToList()).ToList();
        Assert.Equal(["2.00", "2.00", "2.00", "2.00+"], rows.Select(cells => cells[5]));
        var note = Assert.Single(page.Descendants("p"), p => p.Value.StartsWith("+ ", StringComparison.Ordinal));
        Assert.Contains("the recording ended, or a hole in the data began, during this rep", note.Value);
    }

    [Fact]
    public void Without_a_cut_rep_there_is_no_mark_and_no_note()
    {
        var page = Parse(Html);

        Assert.DoesNotContain(page.Descendants("td"), td => td.Value.EndsWith('+'));
        Assert.DoesNotContain(page.Descendants("p"), p => p.Value.StartsWith("+ ", StringComparison.Ordinal));
    }
}
