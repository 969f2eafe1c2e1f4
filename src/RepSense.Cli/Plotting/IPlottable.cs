namespace RepSense.Cli.Plotting;

/// <summary>
/// Anything a <see cref="Plot"/> can hold. A plottable reports the data range it covers (NaN for an axis it does not
/// constrain), its legend rows, and writes its SVG through the <see cref="RenderPack"/>'s writer, which escapes text.
/// Unlike ScottPlot there is one pair of axes, so there is no Axes property.
/// </summary>
public interface IPlottable
{
    /// <summary>Hidden plottables are neither drawn nor counted in the automatic axis limits nor in the legend.</summary>
    bool IsVisible { get; set; }

    IEnumerable<LegendItem> LegendItems { get; }

    /// <summary>The data range covered; <see cref="AxisLimits.NoLimits"/> when there is no finite data.</summary>
    AxisLimits GetAxisLimits();

    void Render(RenderPack rp);
}
