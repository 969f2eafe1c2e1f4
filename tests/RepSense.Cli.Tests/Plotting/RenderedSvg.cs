using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace RepSense.Cli.Tests.Plotting;

/// <summary>An SVG the plotting module wrote, parsed (parsing fails the test if anything is left unescaped), with
/// the queries the recipes assert on.</summary>
internal sealed partial class RenderedSvg
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public RenderedSvg(string text)
    {
        Text = text;
        Root = XElement.Parse(text);
    }

    public string Text { get; }

    public XElement Root { get; }

    public XElement DataArea => Root.Elements(Svg + "svg").Single(e => ClassOf(e) == "data-area");

    public double DataWidth => Number(DataArea, "width");

    public double DataHeight => Number(DataArea, "height");

    /// <summary>The groups of one kind of plottable (class "signal", "scatter", "span", …) in drawing order.</summary>
    public IReadOnlyList<XElement> Plottables(string kind) =>
        DataArea.Elements(Svg + "g").Where(g => ClassOf(g) == kind).ToList();

    public IReadOnlyList<string> TickLabels(string axis) =>
        Root.Elements(Svg + "g").Single(g => ClassOf(g) == axis).Elements(Svg + "text").Select(t => t.Value).ToList();

    public IReadOnlyList<double> TickValues(string axis) =>
        TickLabels(axis).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToList();

    public IReadOnlyList<string> LegendLabels =>
        Root.Elements(Svg + "g").Where(g => ClassOf(g) == "legend")
            .SelectMany(g => g.Elements(Svg + "g")).Select(i => i.Element(Svg + "text")!.Value).ToList();

    public IEnumerable<XElement> Descendants(string name) => Root.Descendants(Svg + name);

    public static string? ClassOf(XElement element) => (string?)element.Attribute("class");

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The subpaths of a path's <c>d</c> (as the module writes it: M, L and the h0 of a one-point dot).</summary>
    public static IReadOnlyList<IReadOnlyList<(double X, double Y)>> Subpaths(XElement path)
    {
        var subpaths = new List<List<(double, double)>>();
        foreach (Match command in PathCommand().Matches((string)path.Attribute("d")!))
        {
            if (command.Groups[1].Value == "h") continue;
            var parts = command.Groups[2].Value.Split(',');
            var point = (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
            if (command.Groups[1].Value == "M") subpaths.Add([]);
            subpaths[^1].Add(point);
        }
        return subpaths;
    }

    [GeneratedRegex("([MLh])([^MLh]*)")]
    private static partial Regex PathCommand();
}
