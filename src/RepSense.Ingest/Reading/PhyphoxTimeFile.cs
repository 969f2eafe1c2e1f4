using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace RepSense.Ingest.Reading;

/// <summary>phyphox's meta/time.csv: the wall-clock anchor of the experiment's first START event (Unix seconds,
/// with the phone's UTC offset in the text column), which dates the samples' experiment time; and its PAUSE/START
/// pairs, which experiment time leaves out (it resumes where it stopped).</summary>
internal static partial class PhyphoxTimeFile
{
    public static readonly string[] Paths = ["meta/time.csv", "time.csv"];

    /// <summary>The experiment's pauses in order: where experiment time resumed and how long the phone's clock ran
    /// meanwhile; empty when the file is absent, unreadable or the experiment never paused and resumed.</summary>
    public static IReadOnlyList<RecordingPause> Pauses(SourceFile? file)
    {
        var pauses = new List<RecordingPause>();
        double? pausedAtUnixS = null;
        foreach (var e in Events(file) ?? [])
        {
            if (e.Kind == "PAUSE") pausedAtUnixS = e.UnixS;
            else if (e.Kind == "START" && pausedAtUnixS is { } paused)
            {
                if (e.UnixS > paused) pauses.Add(new RecordingPause(e.ExperimentS, e.UnixS - paused));
                pausedAtUnixS = null;
            }
        }
        return pauses;
    }

    /// <summary>The wall-clock time of experiment time <paramref name="experimentTimeS"/>, or null when the file
    /// is absent or unreadable (it is optional).</summary>
    public static DateTimeOffset? StartTime(SourceFile? file, double experimentTimeS)
    {
        if (Events(file)?.FirstOrDefault(e => e.Kind == "START") is not { } start) return null;
        try
        {
            var utc = DateTimeOffset.UnixEpoch.AddSeconds(start.UnixS + (experimentTimeS - start.ExperimentS));
            return Offset(start.Text) is { } o ? utc.ToOffset(o) : utc;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>One row of the file: START or PAUSE (upper case), its experiment time, the phone's Unix time and
    /// the local time as text.</summary>
    private readonly record struct TimeEvent(string Kind, double ExperimentS, double UnixS, string? Text);

    /// <summary>The file's events in order, or null when it is absent or unreadable (a row without its numbers
    /// makes the whole file untrustworthy).</summary>
    private static List<TimeEvent>? Events(SourceFile? file)
    {
        if (file is null) return null;
        try
        {
            using var stream = file.Open();
            using var csv = CsvReader.Create(stream, new CsvReaderOptions());
            if (!csv.TryGetFieldIndex("event", out int eventColumn) ||
                !csv.TryGetFieldIndex("experiment time", out int experimentColumn) ||
                !csv.TryGetFieldIndex("system time", out int systemColumn))
                return null;
            bool hasText = csv.TryGetFieldIndex("system time text", out int textColumn);
            var events = new List<TimeEvent>();
            while (csv.Read())
            {
                if (!TryNumber(csv.GetString(experimentColumn), out double experimentS) ||
                    !TryNumber(csv.GetString(systemColumn), out double unixS))
                    return null;
                events.Add(new TimeEvent((csv.GetString(eventColumn) ?? "").ToUpperInvariant(), experimentS, unixS,
                                         hasText ? csv.GetString(textColumn) : null));
            }
            return events;
        }
        catch (Exception ex) when (ex is IOException or CsvFormatException or FormatException)
        {
            return null;
        }
    }

    // The decimal-comma exports write 1,753282215483188E9.
    private static bool TryNumber(string? text, out double value) =>
        double.TryParse(text?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static TimeSpan? Offset(string? text)
    {
        var match = text is null ? null : UtcOffset().Match(text);
        if (match is not { Success: true }) return null;
        int hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        int minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        return new TimeSpan(hours, hours < 0 ? -minutes : minutes, 0);
    }

    [GeneratedRegex(@"UTC(?<h>[+-]\d{1,2}):(?<m>\d{2})")]
    private static partial Regex UtcOffset();
}
