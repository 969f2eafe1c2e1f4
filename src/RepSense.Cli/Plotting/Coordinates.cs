namespace RepSense.Cli.Plotting;

/// <summary>A point in data units.</summary>
public readonly record struct Coordinates(double X, double Y)
{
    public bool AreFinite => double.IsFinite(X) && double.IsFinite(Y);
}
