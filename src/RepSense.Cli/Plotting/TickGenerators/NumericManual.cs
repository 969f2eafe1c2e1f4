namespace RepSense.Cli.Plotting.TickGenerators;

/// <summary>Ticks given by hand (e.g. one per bar, labelled with the rep number). Ticks outside the axis range are
/// left out.</summary>
public sealed class NumericManual : ITickGenerator
{
    private readonly Tick[] _ticks;

    public NumericManual(IEnumerable<Tick> ticks) => _ticks = ticks.OrderBy(t => t.Position).ToArray();

    public NumericManual(IReadOnlyList<double> positions, IReadOnlyList<string> labels)
        : this(Zip(positions, labels)) { }

    public IReadOnlyList<Tick> Ticks => _ticks;

    public IReadOnlyList<Tick> Generate(double min, double max, double lengthPx) =>
        _ticks.Where(t => t.Position >= min && t.Position <= max).ToArray();

    private static IEnumerable<Tick> Zip(IReadOnlyList<double> positions, IReadOnlyList<string> labels)
    {
        if (positions.Count != labels.Count)
            throw new ArgumentException($"Expected one label per tick position, found {positions.Count} positions and {labels.Count} labels.", nameof(labels));
        return positions.Zip(labels, (p, l) => new Tick(p, l));
    }
}
