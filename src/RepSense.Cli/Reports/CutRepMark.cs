using RepSense.Analysis.Reports;

namespace RepSense.Cli.Reports;

/// <summary>How the analyze table and the HTML report mark a rep the recording cut before it came back
/// (<see cref="RepReport.SecondHalfCut"/>: the recording ended, or a hole in the data inside the set began):
/// its time followed by <see cref="Mark"/>, and <see cref="Note"/> under the table when any rep has it.</summary>
public static class CutRepMark
{
    public const string Mark = "+";

    public const string Note = Mark + " the recording ended, or a hole in the data began, during this rep: its time is the part recorded.";

    public static string After(RepReport rep) => rep.SecondHalfCut ? Mark : "";

    public static bool AnyIn(AnalysisReport report) => report.Sets.Any(s => s.RepDetails.Any(r => r.SecondHalfCut));
}
