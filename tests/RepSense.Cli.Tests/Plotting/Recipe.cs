using RepSense.Cli.Plotting;

namespace RepSense.Cli.Tests.Plotting;

/// <summary>
/// A cookbook recipe in ScottPlot's shape (a name, one sentence, a body): builds a plot, renders it, saves the SVG
/// under TestResults/plot-recipes/ for a person to look at (the sentence is the file's first line, as a comment)
/// and hands the parsed SVG to the test's assertions.
/// </summary>
internal static class Recipe
{
    public const int Width = 640, Height = 400;

    public static RenderedSvg Render(string name, string sentence, Action<Plot> body, int width = Width, int height = Height)
    {
        var plot = new Plot();
        body(plot);
        string svg = plot.GetSvg(width, height);
        File.WriteAllText(Path.Combine(TestPaths.ResultsFolder("plot-recipes"), name + ".svg"),
            $"<!-- {name}: {sentence.Replace("--", "- -")} -->\n{svg}\n");
        return new RenderedSvg(svg);
    }
}
