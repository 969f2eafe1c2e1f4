using System.Globalization;
using RepSense.Ingest.Formats;

namespace RepSense.Ingest.Reading;

/// <summary>
/// The start of recordings whose clock is local time without a zone: ActiGraph's preamble (date in the format
/// line 1 names, time), Physics Toolbox's dateless wall clock with the date from the file name, Polar's sensor
/// clock (nanoseconds since 2000-01-01, local). None of them says its time zone, so the wall-clock time is taken
/// in this machine's zone, the best guess for a file recorded and analysed by the same person.
/// </summary>
internal static class LocalStartTime
{
    private static readonly DateTime PolarEpoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static DateTimeOffset? Find(FileLayout layout, FileHead head, RawTime origin)
    {
        DateTime? local = layout.Time switch
        {
            TimeKind.SensorNanoseconds => PolarEpoch.AddTicks(origin.Integer / 100),
            TimeKind.WallClock => DateFromFileName(layout)?.AddTicks(origin.Integer),
            TimeKind.RowIndex => FromPreamble(layout.Format.Preamble, head),
            _ => null,
        };
        return local is { } time ? new DateTimeOffset(time, TimeZoneInfo.Local.GetUtcOffset(time)) : null;
    }

    private static DateTime? DateFromFileName(FileLayout layout)
    {
        var match = layout.Format.DateInFileName?.Match(layout.File.Name);
        return match is { Success: true } &&
               DateTime.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static DateTime? FromPreamble(Preamble? preamble, FileHead head)
    {
        if (preamble?.Start is not { } patterns) return null;
        string? date = null, time = null, format = null;
        foreach (string line in head.Lines.Take(preamble.LineCount))
        {
            foreach (var pattern in patterns)
            {
                var match = pattern.Match(line);
                if (!match.Success) continue;
                date ??= Group(match, "date");
                time ??= Group(match, "time");
                format ??= Group(match, "format");
            }
        }
        if (date is null || time is null || format is null) return null;
        return DateTime.TryParseExact($"{date} {time}", $"{format} H:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            ? start
            : null;
    }

    private static string? Group(System.Text.RegularExpressions.Match match, string name) =>
        match.Groups[name] is { Success: true } group ? group.Value : null;
}
