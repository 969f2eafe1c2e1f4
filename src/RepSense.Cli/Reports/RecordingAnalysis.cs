using RepSense.Analysis.Reports;

namespace RepSense.Cli.Reports;

/// <summary>What the <c>plot</c> and <c>report</c> commands need from the analyzer for one recording: its report and,
/// per set, the signal the reps were found in (a set without a signal is plotted from its times alone).</summary>
public sealed record RecordingAnalysis(AnalysisReport Report, IReadOnlyList<SetSignal> Signals)
{
    /// <summary>What reading the recording ran into without failing, one sentence per kind; the verbs tell it on
    /// stderr.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public SetSignal? SignalOf(SetReport set) =>
        Signals.FirstOrDefault(s => s.SetIndex == set.Index && s.Values.Count > 0);
}
