using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RepSense.Cli.Reports;

namespace RepSense.Cli.Tests.Reports;

/// <summary>
/// Opens the HTML report in a real browser: Debian's Chromium at /usr/bin/chromium (installed by
/// scripts/install-chromium.sh), driven by Playwright. Playwright's own browser download does not work here, so
/// without that Chromium the test skips. The page and a screenshot are left in TestResults/report-browser/.
/// </summary>
public partial class ReportBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private sealed record CellStyle(string Text, double MinFontSizePx, string[] Colors, string Background, double Width, double Height);

    [Fact(Timeout = 120_000)]
    public async Task Report_shows_its_plots_and_a_readable_table_in_chromium()
    {
        Assert.SkipUnless(File.Exists(ChromiumPath),
            $"{ChromiumPath} is absent; run scripts/install-chromium.sh to run the report's browser test.");
        string folder = TestPaths.ResultsFolder("report-browser");
        string htmlPath = Path.Combine(folder, "report.html");
        await File.WriteAllTextAsync(htmlPath, HtmlReport.Build(SyntheticSession.Analysis), TestContext.Current.CancellationToken);

        using var userData = new TempFolder();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(userData.Path, new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new() { Width = 1280, Height = 900 },
            Timeout = 60_000,
        });
        var requests = new List<string>();
        browser.Request += (_, request) => requests.Add(request.Url);
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri);

        // Plots: four inline SVGs, each laid out at a real size, with the signal line itself painted.
        var plots = page.Locator("figure > svg");
        Assert.Equal(4, await plots.CountAsync());
        for (int i = 0; i < 4; i++)
        {
            Assert.True(await plots.Nth(i).IsVisibleAsync(), $"plot {i + 1} is visible");
            var box = await plots.Nth(i).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width >= 600 && box.Height >= 150, $"plot {i + 1} is {box.Width}×{box.Height} px");
        }
        var line = await page.Locator("figure.signal-plot svg.data-area g.signal path").First.BoundingBoxAsync();
        Assert.NotNull(line);
        Assert.True(line.Width > 300 && line.Height > 50, $"the signal line covers {line.Width}×{line.Height} px");

        // Table: a row per set and per rep; every cell has text, at a readable size and contrast.
        Assert.Equal(2 + 7, await page.Locator("table.reps tbody tr").CountAsync());
        string json = await page.EvaluateAsync<string>("""
            () => JSON.stringify(Array.from(document.querySelectorAll('table.reps th, table.reps td')).map(cell => {
                const nodes = [cell, ...cell.querySelectorAll('*')];
                let background = 'rgba(0, 0, 0, 0)';
                for (let el = cell; el; el = el.parentElement) {
                    const b = getComputedStyle(el).backgroundColor;
                    if (b !== 'rgba(0, 0, 0, 0)' && b !== 'transparent') { background = b; break; }
                }
                const rect = cell.getBoundingClientRect();
                return {
                    text: cell.innerText.trim(),
                    minFontSizePx: Math.min(...nodes.map(n => parseFloat(getComputedStyle(n).fontSize))),
                    colors: nodes.map(n => getComputedStyle(n).color),
                    background, width: rect.width, height: rect.height,
                };
            }))
            """);
        var cells = JsonSerializer.Deserialize<CellStyle[]>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(11 + 2 + 7 * 11, cells.Length); // header row, two set rows (one spanning cell), 7 rep rows
        Assert.All(cells, cell =>
        {
            Assert.NotEqual("", cell.Text);
            Assert.True(cell.MinFontSizePx >= 10, $"\"{cell.Text}\" is set at {cell.MinFontSizePx} px");
            Assert.True(cell.Width > 0 && cell.Height > 0);
            foreach (string color in cell.Colors)
            {
                double contrast = Contrast(color, cell.Background);
                Assert.True(contrast >= 4.5, $"\"{cell.Text}\": {color} on {cell.Background} has contrast {contrast:F2}");
            }
        });

        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "report.png"), FullPage = true });
        Assert.All(requests, url => Assert.StartsWith("file://", url)); // nothing but the page itself is loaded
    }

    /// <summary>WCAG 2 contrast ratio of two CSS rgb()/rgba() colours (alpha is ignored; the backgrounds here are opaque).</summary>
    private static double Contrast(string foreground, string background)
    {
        double a = Luminance(foreground), b = Luminance(background);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string cssColor)
    {
        var match = RgbPattern().Match(cssColor);
        Assert.True(match.Success, $"expected a CSS rgb() colour, found \"{cssColor}\"");
        double Channel(int group)
        {
            double c = double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) / 255;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(2) + 0.0722 * Channel(3);
    }

    [GeneratedRegex(@"rgba?\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)")]
    private static partial Regex RgbPattern();
}
