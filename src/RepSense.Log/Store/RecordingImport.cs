using RepSense.Analysis.Exercises;
using RepSense.Analysis.Reports;
using RepSense.Log.Units;

namespace RepSense.Log.Store;

/// <summary>An analysed recording to merge into a day's workout.</summary>
/// <param name="Path">The recording as the user gave it.</param>
/// <param name="Sha256">Its content hash (<see cref="Recordings.RecordingHash"/>).</param>
/// <param name="Exercise">The exercise performed.</param>
/// <param name="Weight">The weight lifted.</param>
/// <param name="Date">The day whose workout it goes into.</param>
/// <param name="Report">The analysis.</param>
public sealed record RecordingImport(
    string Path,
    string Sha256,
    ExerciseProfile Exercise,
    Weight Weight,
    DateOnly Date,
    AnalysisReport Report);
