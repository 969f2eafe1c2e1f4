using RepSense.Analysis;

namespace RepSense.Cli.Reports;

/// <summary>
/// The seam between the <c>plot</c> and <c>report</c> commands and the analyzer: analyses the recording at
/// <paramref name="recordingPath"/> with <paramref name="options"/> and returns its report with the per-set signals. Input that cannot be used must
/// throw <see cref="RepSense.Ingest.RepSenseException"/> (the CLI turns it into one sentence and exit code 1).
/// </summary>
public delegate RecordingAnalysis ReportAnalyzer(string recordingPath, AnalyzeOptions options);
