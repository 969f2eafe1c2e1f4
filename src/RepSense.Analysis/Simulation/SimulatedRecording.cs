using RepSense.Analysis.Reports;
using RepSense.Ingest.Writers;

namespace RepSense.Analysis.Simulation;

/// <summary>A simulated recording: the sensor tracks to write, the truth of what was performed, and the timeline.</summary>
/// <param name="Tracks">Accelerometer (gravity included), gyroscope and gravity tracks, ready for a writer.</param>
/// <param name="Truth">The sets and reps as performed, in the <c>analyze --json</c> shape. <c>File</c> and
/// <c>Format</c> are empty until the recording is written (see <see cref="TruthSidecar"/>).</param>
/// <param name="Spans">What happened when: taps, idle, approaches, sets, retreats, rests, walks.</param>
/// <param name="Mount">The sensor-to-wrist rotation used.</param>
public sealed record SimulatedRecording(
    RecorderTracks Tracks,
    AnalysisReport Truth,
    IReadOnlyList<TimelineSpan> Spans,
    Rotation Mount)
{
    /// <summary>The noiseless motion behind the tracks, for tests of the physics.</summary>
    internal Trajectory Trajectory { get; init; } = null!;
}
