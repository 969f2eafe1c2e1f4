using RepSense.Analysis.Reports;
using RepSense.Cli.Reports;
using RepSense.Ingest.Units;

namespace RepSense.Cli.Tests.Reports;

/// <summary>
/// A hand-made analysed session, small enough to check by eye. Set 1 (tempo analysed, concentric first): four reps,
/// each one sine period of 2 s starting at a rising zero crossing (10, 12.5, 15, 17.5 s) followed by a 0.5 s pause
/// at rest, so every start, turn and end is a zero crossing of the signal. Phases: concentric 0.8 s, top hold 0.4 s
/// centred on the turn, eccentric 0.8 s, then the 0.5 s pause as bottom hold (none after the last rep). Rep 3 has a
/// fault, rep 4 an info flag. Set 2 (tempo not analysed): three 2 s reps at 40, 43 and 46 s, phases null.
/// Names and messages carry markup characters, to check escaping.
/// </summary>
internal static class SyntheticSession
{
    public const double RateHz = 50;
    public const string FileName = "<session> & \"co\".csv";
    public const string Exercise = "lat pulldown <wide>";
    public const string FaultMessage = "Eccentric < 1 s & under control? no";

    public static readonly double[] Set1Starts = [10, 12.5, 15, 17.5];
    public static readonly double[] Set2Starts = [40, 43, 46];

    public static SetReport Set1 { get; } = new(
        Index: 1, StartS: 10, EndS: 19.5, Reps: 4, Exercise: Exercise,
        RepDetails: Set1Starts.Select((start, i) => new RepReport(
            Index: i + 1, StartS: start, TurnS: start + 1, EndS: start + 2,
            ConcentricS: 0.8, TopHoldS: 0.4, EccentricS: 0.8, BottomHoldS: i < 3 ? 0.5 : null,
            Flags: i switch
            {
                2 => [new FlagReport("rushed-eccentric", "fault", FaultMessage)],
                3 => [new FlagReport("partial-rep", "info", "Range 70 % of the set's median.")],
                _ => null,
            })).ToList(),
        Tempo: "1-1-1-0", TimeUnderTensionS: 7.5, SlowdownPct: 4.2);

    public static SetReport Set2 { get; } = new(
        Index: 2, StartS: 40, EndS: 48, Reps: 3, Exercise: null,
        RepDetails: Set2Starts.Select((start, i) => new RepReport(i + 1, start, start + 1, start + 2)).ToList());

    public static AnalysisReport Report { get; } = new(FileName, "phyphox Acceleration (with g)", RateHz, 60, 7, [Set1, Set2]);

    public static SetSignal Signal1 { get; } = SignalFor(1, 9, 21, Set1Starts);

    public static SetSignal Signal2 { get; } = SignalFor(2, 39, 49, Set2Starts);

    public static RecordingAnalysis Analysis { get; } = new(Report, [Signal1, Signal2]);

    /// <summary>A sine period of 2 s from each start, zero (at rest) elsewhere.</summary>
    private static SetSignal SignalFor(int setIndex, double fromS, double toS, double[] starts)
    {
        int count = (int)Math.Round((toS - fromS) * RateHz) + 1;
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            double t = fromS + i / RateHz;
            double? start = starts.Cast<double?>().FirstOrDefault(s => t >= s && t <= s + 2);
            values[i] = start is double s0 ? 3 * Math.Sin(Math.PI * (t - s0)) : 0;
        }
        return new SetSignal(setIndex, fromS, SampleRate.FromHertz(RateHz), values, "acceleration along the movement, m/s²");
    }
}
