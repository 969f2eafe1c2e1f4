using System.Text;

namespace RepSense.Cli.Plotting;

/// <summary>
/// A plot in ScottPlot 5's vocabulary, rendered to SVG by hand (no plotting package is available here):
/// <code>
/// var plot = new Plot();
/// var signal = plot.Add.Signal(accelerationMs2, SampleRate.FromHertz(100));
/// plot.Add.HorizontalSpan(2.0, 3.5);
/// plot.Title("Set 1");
/// plot.SaveSvg("set-1.svg", 900, 360);
/// </code>
/// The output depends only on the plot (invariant culture, fixed decimals, no ids, no timestamps), so equal plots
/// give equal bytes. Not thread-safe; build and render a plot on one thread.
/// </summary>
public sealed class Plot
{
    public Plot()
    {
        Add = new PlottableAdder(this);
        Axes = new AxisManager(this);
    }

    public PlottableAdder Add { get; }

    public AxisManager Axes { get; }

    public Legend Legend { get; } = new();

    /// <summary>Drawn in order: later plottables are on top.</summary>
    public List<IPlottable> PlottableList { get; } = [];

    public string TitleText { get; private set; } = "";

    public void Title(string text) => TitleText = text ?? "";

    public void XLabel(string text) => Axes.Bottom.Label = text ?? "";

    public void YLabel(string text) => Axes.Left.Label = text ?? "";

    public void ShowLegend() => Legend.IsVisible = true;

    public void HideLegend() => Legend.IsVisible = false;

    /// <summary>The plot as one <c>&lt;svg&gt;</c> element (no XML declaration), ready to save or to inline in HTML.</summary>
    public string GetSvg(int width, int height) => PlotRenderer.Render(this, width, height);

    /// <summary>Writes <see cref="GetSvg"/> to <paramref name="path"/> as UTF-8 (no byte-order mark).</summary>
    public void SaveSvg(string path, int width, int height) =>
        File.WriteAllText(path, GetSvg(width, height) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
