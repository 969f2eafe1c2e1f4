using RepSense.Cli.Plotting;

namespace RepSense.Cli.Reports;

/// <summary>How each phase kind looks wherever it is drawn (shading, bars, table headings), so one colour means one
/// phase across the whole report. The colours are colour-blind-safe (Okabe–Ito) and readable under 25 % shading.</summary>
public static class PhaseStyle
{
    public static Color ColorOf(PhaseKind kind) => kind switch
    {
        PhaseKind.Concentric => Color.FromHex("#0072b2"),
        PhaseKind.TopHold => Color.FromHex("#e69f00"),
        PhaseKind.Eccentric => Color.FromHex("#009e73"),
        _ => Color.FromHex("#cc79a7"),
    };

    public static string LabelOf(PhaseKind kind) => kind switch
    {
        PhaseKind.Concentric => "concentric",
        PhaseKind.TopHold => "top hold",
        PhaseKind.Eccentric => "eccentric",
        _ => "bottom hold",
    };
}
