namespace RepSense.Cli.Reports;

/// <summary>One phase of one rep placed on the recording's time axis (seconds from its first sample).</summary>
public sealed record PhaseInterval(int RepIndex, PhaseKind Kind, double StartS, double EndS)
{
    public double DurationS => EndS - StartS;
}
