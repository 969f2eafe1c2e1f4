namespace RepSense.Cli.Plotting.TickGenerators;

/// <summary>Chooses an axis' ticks for its range and its length on screen.</summary>
public interface ITickGenerator
{
    /// <summary>Ticks within [<paramref name="min"/>, <paramref name="max"/>], in increasing position.</summary>
    IReadOnlyList<Tick> Generate(double min, double max, double lengthPx);
}
