using RepSense.Cli.Plotting.Plottables;
using RepSense.Ingest.Units;

namespace RepSense.Cli.Plotting;

/// <summary>
/// <c>plot.Add</c>: each method creates a plottable, gives it the palette's next colour if it has a series colour,
/// adds it to the plot and returns it, so styling is setting properties on the result.
/// </summary>
public sealed class PlottableAdder
{
    private readonly Plot _plot;
    private int _nextColor;

    internal PlottableAdder(Plot plot) => _plot = plot;

    public Palette Palette { get; set; } = Palette.Category10;

    /// <summary>The colour the next series gets; each call moves on by one.</summary>
    public Color GetNextColor() => Palette.GetColor(_nextColor++);

    /// <summary>Adds a plottable made elsewhere (no colour is assigned).</summary>
    public void Plottable(IPlottable plottable)
    {
        ArgumentNullException.ThrowIfNull(plottable);
        _plot.PlottableList.Add(plottable);
    }

    /// <summary>Evenly sampled values. As in ScottPlot, the number is the <b>period</b>: the x distance between
    /// samples (seconds for a time signal), not a rate; pass a <see cref="SampleRate"/> to give a rate instead.
    /// The first sample is at x = 0; move it with <c>signal.Data.XOffset</c>.</summary>
    public Signal Signal(IReadOnlyList<double> ys, double period = 1, Color? color = null)
    {
        var signal = new Signal(new SignalSource(ys, period)) { Color = color ?? GetNextColor() };
        Plottable(signal);
        return signal;
    }

    /// <summary>Evenly sampled values at <paramref name="rate"/> (x in seconds).</summary>
    public Signal Signal(IReadOnlyList<double> ys, SampleRate rate, Color? color = null)
    {
        if (!rate.IsValid) throw new ArgumentOutOfRangeException(nameof(rate), "The sample rate must be positive (the default SampleRate is 0 Hz).");
        return Signal(ys, rate.PeriodS, color);
    }

    /// <summary>Points joined by a line, with markers.</summary>
    public Scatter Scatter(IReadOnlyList<double> xs, IReadOnlyList<double> ys, Color? color = null)
    {
        var scatter = new Scatter(xs, ys) { Color = color ?? GetNextColor() };
        Plottable(scatter);
        return scatter;
    }

    /// <summary>Points joined by a line, without markers.</summary>
    public Scatter ScatterLine(IReadOnlyList<double> xs, IReadOnlyList<double> ys, Color? color = null)
    {
        var scatter = Scatter(xs, ys, color);
        scatter.MarkerSize = 0;
        return scatter;
    }

    /// <summary>One segment from (x1, y1) to (x2, y2).</summary>
    public LinePlot Line(double x1, double y1, double x2, double y2) => Line(new Coordinates(x1, y1), new Coordinates(x2, y2));

    public LinePlot Line(Coordinates start, Coordinates end)
    {
        var line = new LinePlot(start, end) { Color = GetNextColor() };
        Plottable(line);
        return line;
    }

    /// <summary>A band from x1 to x2 over the full height, filled with the colour at 20 % opacity.</summary>
    public HorizontalSpan HorizontalSpan(double x1, double x2, Color? color = null)
    {
        var span = new HorizontalSpan(x1, x2) { Color = color ?? GetNextColor() };
        Plottable(span);
        return span;
    }

    public VerticalLine VerticalLine(double x, double width = 1, Color? color = null, LinePattern pattern = LinePattern.Solid)
    {
        var line = new VerticalLine(x) { Color = color ?? GetNextColor(), LineWidth = width, LinePattern = pattern };
        Plottable(line);
        return line;
    }

    /// <summary>A text at (x, y), black, its upper-left corner on the point.</summary>
    public Text Text(string text, double x, double y)
    {
        var label = new Text(text, new Coordinates(x, y));
        Plottable(label);
        return label;
    }

    public Marker Marker(double x, double y, MarkerShape shape = MarkerShape.FilledCircle, double size = 10, Color? color = null)
    {
        var marker = new Marker(new Coordinates(x, y)) { MarkerShape = shape, MarkerSize = size, Color = color ?? GetNextColor() };
        Plottable(marker);
        return marker;
    }

    /// <summary>One bar per value, at x = 0, 1, 2, …, all in the next colour.</summary>
    public BarPlot Bars(IReadOnlyList<double> values) => Bars(Enumerable.Range(0, values.Count).Select(i => (double)i).ToArray(), values);

    public BarPlot Bars(IReadOnlyList<double> positions, IReadOnlyList<double> values)
    {
        if (positions.Count != values.Count)
            throw new ArgumentException($"Expected one value per position, found {positions.Count} positions and {values.Count} values.", nameof(values));
        var bars = Bars(positions.Zip(values, (p, v) => new Bar { Position = p, Value = v }));
        bars.Color = GetNextColor();
        return bars;
    }

    /// <summary>Bars built by hand (stacked bars set <see cref="Bar.ValueBase"/>); their own colours are kept.</summary>
    public BarPlot Bars(IEnumerable<Bar> bars)
    {
        var plot = new BarPlot(bars);
        Plottable(plot);
        return plot;
    }
}
