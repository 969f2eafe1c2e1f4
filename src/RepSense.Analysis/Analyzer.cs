using System.Reactive.Linq;
using RepSense.Analysis.Exercises;
using RepSense.Analysis.Reports;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Streams;
using RepSense.Ingest;

namespace RepSense.Analysis;

/// <summary>How to analyse a recording.</summary>
public sealed record AnalyzeOptions
{
    public static AnalyzeOptions Default { get; } = new();

    /// <summary>How to open it (units of a generic CSV, gap threshold).</summary>
    public RecordingOptions Recording { get; init; } = RecordingOptions.Default;

    /// <summary>The exercise, when the user named it; its catalog name goes into the report.</summary>
    public ExerciseProfile? Exercise { get; init; }

    /// <summary>The rep counter's parameters.</summary>
    public CountingOptions Counting { get; init; } = CountingOptions.Default;

    /// <summary>Whether <see cref="AnalyzedRecording.Session"/> keeps each set's signals (plots and the HTML report
    /// draw them). Without them an analysis holds only the report, whatever the recording's length: each set's tempo
    /// is judged when the set ends. The report is the same either way.</summary>
    public bool KeepSignals { get; init; } = true;
}

/// <summary>A recording and everything its analysis found.</summary>
/// <param name="Recording">The opened recording (format, channels, source).</param>
/// <param name="Diagnostics">Problems found while reading it.</param>
/// <param name="Session">Sets and reps with their signals.</param>
/// <param name="Report">The same in the <c>analyze --json</c> shape.</param>
public sealed record AnalyzedRecording(Recording Recording, IngestDiagnostics Diagnostics, SessionAnalysis Session, AnalysisReport Report);

/// <summary>The one way every command analyses a recording file: open it, stream it through the analysis, and
/// build the report. Throws <see cref="RepSenseException"/> for input that cannot be analysed.</summary>
public static class Analyzer
{
    /// <summary>Fewer seconds than this cannot hold a set (three reps and the periodicity to recognise them).</summary>
    public const double MinDurationS = 5.0;

    /// <summary>Below this rate a rep (up to ~1 Hz of movement) is not resolved.</summary>
    public const double MinRateHz = 5.0;

    public static AnalyzedRecording Analyze(string path, AnalyzeOptions? options = null)
    {
        options ??= AnalyzeOptions.Default;
        var recording = Recording.Open(path, options.Recording);
        return Analyze(recording, options);
    }

    public static AnalyzedRecording Analyze(Recording recording, AnalyzeOptions? options = null)
    {
        options ??= AnalyzeOptions.Default;
        var diagnostics = new IngestDiagnostics();
        var sets = new List<SetReport>();
        SetSegment Reported(SetSegment set)
        {
            sets.Add(AnalysisReportBuilder.Set(sets.Count + 1, set, options.Exercise));
            return options.KeepSignals ? set : set.WithoutSignals();
        }
        var session = recording.Read(diagnostics).AnalyzeSession(options.Counting, Reported).Wait();
        string source = recording.Info.Source;
        if (session.SampleCount < 2 || session.DurationS < MinDurationS)
            throw new RepSenseException($"{source}: too short to analyse ({session.DurationS:0.#} s of samples; a set needs at least {MinDurationS:0} s).");
        if (session.SampleRateHz < MinRateHz)
            throw new RepSenseException($"{source}: too sparse to analyse ({session.SampleRateHz:0.##} samples per second; reps need at least {MinRateHz:0}).");
        var report = AnalysisReportBuilder.Build(session, sets, source, recording.Info.Format);
        return new AnalyzedRecording(recording, diagnostics, session, report);
    }
}
