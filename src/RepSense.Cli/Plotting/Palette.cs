namespace RepSense.Cli.Plotting;

/// <summary>
/// The colours <see cref="PlottableAdder"/> hands out in turn, one per added plottable that has a series colour.
/// Indexes wrap around, so any index gives a colour.
/// </summary>
public sealed class Palette
{
    private readonly Color[] _colors;

    public Palette(string name, IEnumerable<Color> colors)
    {
        Name = name;
        _colors = colors.ToArray();
        if (_colors.Length == 0) throw new ArgumentException("A palette needs at least one colour.", nameof(colors));
    }

    public string Name { get; }

    public IReadOnlyList<Color> Colors => _colors;

    /// <summary>The colour for the <paramref name="index"/>-th series (wrapping; negative indexes wrap too).</summary>
    public Color GetColor(int index) => _colors[((index % _colors.Length) + _colors.Length) % _colors.Length];

    /// <summary>Matplotlib's and ScottPlot's default: ten colours that stay distinct for most colour vision.</summary>
    public static Palette Category10 { get; } = new("Category10",
        new[] { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf" }
            .Select(Color.FromHex));
}
