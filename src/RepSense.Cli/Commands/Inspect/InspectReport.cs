using RepSense.Ingest;
using RepSense.Ingest.Streams;

namespace RepSense.Cli.Commands.Inspect;

/// <summary>What <c>repsense inspect</c> reports about a recording, in the shape <c>--json</c> prints.</summary>
/// <param name="Source">The path as given.</param>
/// <param name="Format">The detected format(s), "+"-joined when several files are combined.</param>
/// <param name="Files">The files read.</param>
/// <param name="Channels">"accelerometer", and "gyroscope" when rotation rate is present.</param>
/// <param name="SampleCount">Samples read (after skipped rows and repeated timestamps).</param>
/// <param name="DurationS">First to last sample.</param>
/// <param name="SampleRateHz">Measured rate outside gaps; null below two samples.</param>
/// <param name="NominalRateHz">The rate the file or its metadata declares; null when none does.</param>
/// <param name="StartTime">Wall-clock time of the first sample when the format records one with its time zone.</param>
/// <param name="GravityIncluded">Whether acceleration includes gravity.</param>
/// <param name="MeanAccelerationMagnitudeMs2">Mean |acceleration|: about 9.81 with gravity, small without.</param>
/// <param name="GapCount">Stretches longer than <paramref name="MaxGapS"/> without a sample.</param>
/// <param name="GapsDurationS">Their total duration.</param>
/// <param name="MaxGapS">The gap threshold used.</param>
/// <param name="Gaps">The gaps (the first 100).</param>
/// <param name="SkippedRows">Rows that gave no sample: empty cells, NaN, too few fields, a truncated last line.</param>
/// <param name="RepeatedTimestamps">Rows averaged into the row before because they repeat its timestamp.</param>
/// <param name="BackwardsTimestamps">Rows dropped because they go back in time.</param>
/// <param name="Problems">The first problems of each kind, with file and line.</param>
/// <param name="Warnings">One sentence per kind of problem.</param>
public sealed record InspectReport(
    string Source,
    string Format,
    IReadOnlyList<RecordingPart> Files,
    IReadOnlyList<string> Channels,
    long SampleCount,
    double DurationS,
    double? SampleRateHz,
    double? NominalRateHz,
    DateTimeOffset? StartTime,
    bool GravityIncluded,
    double? MeanAccelerationMagnitudeMs2,
    int GapCount,
    double GapsDurationS,
    double MaxGapS,
    IReadOnlyList<SampleGap> Gaps,
    int SkippedRows,
    int RepeatedTimestamps,
    int BackwardsTimestamps,
    IReadOnlyList<IngestProblem> Problems,
    IReadOnlyList<string> Warnings)
{
    public static InspectReport From(Recording recording, StreamSummary summary, IngestDiagnostics diagnostics, double maxGapS)
    {
        var info = recording.Info;
        var channels = new List<string> { "accelerometer" };
        if (info.Channels.HasFlag(Ingest.Channels.Gyroscope)) channels.Add("gyroscope");
        return new InspectReport(
            info.Source,
            info.Format,
            recording.Parts,
            channels,
            summary.SampleCount,
            summary.DurationS,
            summary.MeasuredRateHz,
            info.NominalRate?.Hertz,
            info.StartTime,
            info.GravityIncluded,
            summary.MeanAccelerationMagnitudeMs2,
            summary.GapCount,
            summary.GapsDurationS,
            maxGapS,
            summary.Gaps,
            diagnostics.SkippedRows,
            diagnostics.Count(IngestProblemKind.RepeatedTimestamp),
            diagnostics.Count(IngestProblemKind.BackwardsTimestamp),
            diagnostics.Problems,
            diagnostics.Warnings);
    }
}
