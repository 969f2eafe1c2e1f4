namespace RepSense.Cli.Plotting.TickGenerators;

/// <summary>A labelled tick at a position in data units.</summary>
public readonly record struct Tick(double Position, string Label);
