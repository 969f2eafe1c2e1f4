using RepSense.Cli.Plotting.TickGenerators;

namespace RepSense.Cli.Plotting;

/// <summary>One axis: its label and how its ticks are chosen.</summary>
public sealed class Axis
{
    internal Axis(double targetTickSpacingPx) => TickGenerator = new NumericAutomatic { TargetSpacingPx = targetTickSpacingPx };

    /// <summary>The axis title; empty for none.</summary>
    public string Label { get; set; } = "";

    public ITickGenerator TickGenerator { get; set; }

    /// <summary>Replaces the automatic ticks with these (ScottPlot's <c>Axes.Bottom.SetTicks</c>).</summary>
    public void SetTicks(IReadOnlyList<double> positions, IReadOnlyList<string> labels) =>
        TickGenerator = new NumericManual(positions, labels);
}
