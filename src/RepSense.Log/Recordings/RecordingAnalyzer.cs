using RepSense.Analysis.Exercises;
using RepSense.Analysis.Reports;

namespace RepSense.Log.Recordings;

/// <summary>Analyses one recording of one exercise into the <c>analyze --json</c> shape. The CLI is given the real
/// analyzer by its host; tests give hand-built reports.</summary>
/// <param name="path">The recording (file, folder or .zip) as the user gave it.</param>
/// <param name="exercise">The exercise performed, whose tempo policy decides which flags are faults.</param>
public delegate AnalysisReport RecordingAnalyzer(string path, ExerciseProfile exercise);
