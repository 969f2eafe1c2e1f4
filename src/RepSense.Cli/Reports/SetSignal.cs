using RepSense.Ingest.Units;

namespace RepSense.Cli.Reports;

/// <summary>
/// The movement signal of one set as the analyzer saw it (e.g. filtered acceleration along the movement axis),
/// evenly sampled, for plotting under the set's reps.
/// </summary>
/// <param name="SetIndex">The <see cref="RepSense.Analysis.Reports.SetReport.Index"/> it belongs to (1-based).</param>
/// <param name="StartS">Time of <c>Values[0]</c>, seconds from the recording's first sample.</param>
/// <param name="Rate">The rate of <paramref name="Values"/>.</param>
/// <param name="Values">The samples; NaN marks a gap (it is drawn as a gap, not as zero).</param>
/// <param name="YLabel">What the values are, with the unit, for the y axis.</param>
public sealed record SetSignal(int SetIndex, double StartS, SampleRate Rate, IReadOnlyList<double> Values,
    string YLabel = "movement signal");
