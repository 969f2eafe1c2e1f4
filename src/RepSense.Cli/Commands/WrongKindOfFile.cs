using RepSense.Ingest;
using RepSense.Log.Formats;

namespace RepSense.Cli.Commands;

/// <summary>
/// A file given to the wrong kind of command: a workout-log export (Strong, Hevy, FitNotes, RepSense) to a command
/// that reads sensor recordings, or a sensor recording to <c>log import</c>. Both are CSV files from a phone, easily
/// mixed up; the message then says what the file is and which command reads it, instead of listing every format it
/// is not.
/// </summary>
internal static class WrongKindOfFile
{
    /// <summary>The message to show for <paramref name="ex"/>: the hint where the file is the other kind, else its
    /// own message.</summary>
    public static string Message(Exception ex) => ex switch
    {
        UnknownFormatException notRecording when AsLogExport(notRecording) is { } hint => hint,
        UnknownLogFormatException notLog when AsRecording(notLog) is { } hint => hint,
        _ => ex.Message,
    };

    private static string? AsLogExport(UnknownFormatException ex) =>
        // Only for a file on disk: what is piped into `live` cannot be imported by name.
        File.Exists(ex.File) && LogFormats.Detect(ex.HeaderLine) is { } format
            ? $"{ex.File}: a {format.Name} workout-log export, not a sensor recording: " +
              $"import it into the log with 'repsense log import {ex.File}'."
            : null;

    private static string? AsRecording(UnknownLogFormatException ex)
    {
        try
        {
            var info = Recording.Open(ex.File).Info;
            return $"{ex.File}: a {info.Format} recording, not a workout-log export: " +
                   $"'repsense import {ex.File}' counts its sets and merges them into the log.";
        }
        catch (RepSenseException)
        {
            return null;
        }
    }
}
