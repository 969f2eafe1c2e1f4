namespace RepSense.Cli.Reports;

/// <summary>The four phases of the tempo notation, in the order <see cref="RepSense.Analysis.Reports.RepReport"/>
/// lists them.</summary>
public enum PhaseKind
{
    Concentric,
    TopHold,
    Eccentric,
    BottomHold,
}
