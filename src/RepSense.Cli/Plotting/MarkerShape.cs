namespace RepSense.Cli.Plotting;

/// <summary>The marker shapes, named as ScottPlot names them.</summary>
public enum MarkerShape
{
    None,
    FilledCircle,
    OpenCircle,
    FilledSquare,
    OpenSquare,
    FilledTriangleUp,
    FilledTriangleDown,
    FilledDiamond,
    /// <summary>A diagonal cross (×).</summary>
    Eks,
    /// <summary>An upright cross (+).</summary>
    Cross,
}
