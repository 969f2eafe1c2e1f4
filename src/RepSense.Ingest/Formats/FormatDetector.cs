using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using RepSense.Ingest.Reading;
using RepSense.Ingest.Units;

namespace RepSense.Ingest.Formats;

/// <summary>Finds the format of a file from its first lines (and its name, for the formats that need it) by trying
/// <see cref="Formats.All"/> in order, and resolves the columns, units, separator and decimal mark of that file.</summary>
internal static class FormatDetector
{
    private const int MaxQuotedHeaderLength = 200;

    /// <summary>The layout of <paramref name="file"/>, or an <see cref="UnknownFormatException"/> that quotes the
    /// header seen and lists the supported formats.</summary>
    public static FileLayout Detect(SourceFile file, FileHead head, RecordingOptions options) =>
        Detect(file, head, options, Formats.All);

    /// <summary>Like <see cref="Detect(SourceFile, FileHead, RecordingOptions)"/>, trying only <paramref name="candidates"/>.</summary>
    public static FileLayout Detect(SourceFile file, FileHead head, RecordingOptions options, IReadOnlyList<RecorderFormat> candidates)
    {
        if (head.IsEmpty)
            throw new RepSenseException($"{file.DisplayPath} is empty: expected a header row followed by samples.");
        // Said before anything is matched: quoting a binary "header" and listing every format helps nobody.
        if (head.NotTextReason is { } reason)
            throw new RepSenseException($"{file.DisplayPath}: not a text file ({reason}); expected a CSV export, a header row followed by samples.");
        foreach (var format in candidates)
        {
            var layout = TryMatch(format, file, head, options);
            if (layout is not null) return layout;
        }
        throw new UnknownFormatException(file.DisplayPath, FirstLine(head),
            $"{file.DisplayPath}: the header matches no supported format (header seen: \"{Quote(FirstLine(head))}\"); " +
            $"supported formats are {SupportedFormats()}.");
    }

    /// <summary>Every format but those that stand in for renamed files: the candidates for a file of a folder or .zip
    /// export, whose name is the one the app gave it.</summary>
    public static IReadOnlyList<RecorderFormat> InExports { get; } = [.. Formats.All.Where(f => !f.ForRenamedFile)];

    /// <summary>Like <see cref="Detect(SourceFile, FileHead, RecordingOptions)"/>, but null for a file that is empty or of no known format (a folder holds
    /// such files beside the recording: Metadata.csv, Location.csv).</summary>
    public static FileLayout? DetectOrNull(SourceFile file, RecordingOptions options)
    {
        try
        {
            return Detect(file, FileHead.Read(file), options, InExports);
        }
        catch (RepSenseException)
        {
            return null;
        }
    }

    /// <summary>The supported formats as a list for messages and help.</summary>
    public static string SupportedFormats() =>
        string.Join(", ", Formats.All.Select(f => f.Family == RecorderFamily.Generic
            ? $"a generic CSV ({string.Join(",", f.Columns.Select(c => c.Header))}, units in the header or given with --units and --time-unit)"
            : f.Name));

    private static FileLayout? TryMatch(RecorderFormat format, SourceFile file, FileHead head, RecordingOptions options)
    {
        if (format.FileName is not null && !format.FileName.IsMatch(file.Name)) return null;

        int headerIndex;
        if (format.Preamble is { } preamble)
        {
            if (head.Lines.Count <= preamble.LineCount || !preamble.Signature.IsMatch(head.Lines[0])) return null;
            headerIndex = preamble.LineCount;
        }
        else
        {
            headerIndex = FirstNonBlank(head.Lines, 0);
            if (headerIndex < 0) return null;
        }

        string headerLine = head.Lines[headerIndex];
        char? separator = ChooseSeparator(headerLine, format.Separators);
        if (separator is null) return null;
        var header = SplitRecord(headerLine, separator.Value).Select(c => c.Trim()).ToList();

        var matches = MatchColumns(format, header);
        if (matches is null) return null;

        var terms = new List<ColumnTerm>();
        AccelerationUnit? accelerationUnit = null;
        bool hasAllRotation = matches.Count(m => m.Column.Meaning == ColumnMeaning.RotationRate) == 3;
        int timeColumn = -1;
        Match? timeMatch = null;
        foreach (var (column, index, match) in matches)
        {
            switch (column.Meaning)
            {
                case ColumnMeaning.Time:
                    timeColumn = index;
                    timeMatch = match;
                    break;
                case ColumnMeaning.Acceleration:
                    var unit = column.AccelerationUnit ?? AccelerationUnitFromHeader(format, file, header[index], match, options);
                    accelerationUnit ??= unit;
                    terms.Add(new ColumnTerm(index, (int)column.Axis, Acceleration.ToMs2Factor(unit)));
                    break;
                case ColumnMeaning.RotationRate when hasAllRotation:
                    var rotationUnit = column.RotationRateUnit ?? RotationUnitFromHeader(file, header[index], match);
                    terms.Add(new ColumnTerm(index, ColumnTerm.FirstRotationSlot + (int)column.Axis,
                        RotationRate.ToRadSFactor(rotationUnit)));
                    break;
            }
        }
        terms.Sort((a, b) => a.Column.CompareTo(b.Column));

        var time = format.Time == TimeKind.ElapsedFromHeader
            ? TimeKindFromHeader(file, timeColumn >= 0 ? header[timeColumn] : "", timeMatch, options)
            : format.Time;

        var nominalRate = NominalRate(format, file.Name, head.Lines[0]);
        if (time == TimeKind.RowIndex && nominalRate is null)
            throw new RepSenseException(
                $"{file.DisplayPath}: {format.Name} has no time column, so its sample rate must be in the first line (\"… at 30 Hz …\"), and it is not.");

        return new FileLayout
        {
            Format = format,
            File = file,
            Separator = separator.Value,
            DecimalComma = UsesDecimalComma(format.DecimalMark, separator.Value, head.Lines, headerIndex),
            PreambleLines = format.Preamble?.LineCount ?? 0,
            HeaderLine = headerIndex + 1,
            Header = header,
            Time = time,
            TimeColumn = timeColumn,
            Terms = terms,
            AccelerationUnit = accelerationUnit,
            NominalRate = nominalRate,
        };
    }

    /// <summary>Each column of the format with the header cell it matched; null when a required column is missing.</summary>
    private static List<(FormatColumn Column, int Index, Match Match)>? MatchColumns(RecorderFormat format, List<string> header)
    {
        var used = new bool[header.Count];
        var matches = new List<(FormatColumn, int, Match)>();
        foreach (var column in format.Columns)
        {
            int found = -1;
            Match? match = null;
            for (int i = 0; i < header.Count && found < 0; i++)
            {
                if (used[i]) continue;
                var m = column.Pattern.Match(header[i]);
                if (m.Success) (found, match) = (i, m);
            }
            if (found < 0)
            {
                if (column.Optional) continue;
                return null;
            }
            used[found] = true;
            matches.Add((column, found, match!));
        }
        return matches;
    }

    private static AccelerationUnit AccelerationUnitFromHeader(RecorderFormat format, SourceFile file, string cell, Match match, RecordingOptions options)
    {
        var group = match.Groups["unit"];
        if (group.Success)
        {
            return UnitNames.Acceleration(group.Value) ?? throw new RepSenseException(
                $"{file.DisplayPath}: column \"{cell}\" names the unit \"{group.Value}\", but acceleration must be in g, mg or ms2 (m/s²).");
        }
        return options.AccelerationUnit ?? throw new RepSenseException(format.UnstatedUnitAdvice is { } advice
            ? $"{file.DisplayPath}: {advice}."
            : $"{file.DisplayPath}: the acceleration column \"{cell}\" does not say its unit; name the columns like ax_g or ax_ms2, or pass --units g|ms2.");
    }

    private static RotationRateUnit RotationUnitFromHeader(SourceFile file, string cell, Match match)
    {
        var group = match.Groups["unit"];
        var unit = group.Success ? UnitNames.RotationRate(group.Value) : null;
        return unit ?? throw new RepSenseException(
            $"{file.DisplayPath}: the rotation-rate column \"{cell}\" " +
            (group.Success ? $"names the unit \"{group.Value}\", which is neither dps (deg/s) nor rads (rad/s)." : "does not say its unit; name the columns like gx_dps or gx_rads."));
    }

    private static TimeKind TimeKindFromHeader(SourceFile file, string cell, Match? match, RecordingOptions options)
    {
        var group = match?.Groups["unit"];
        TimeUnit unit;
        if (group is { Success: true })
        {
            unit = UnitNames.Time(group.Value) ?? throw new RepSenseException(
                $"{file.DisplayPath}: the time column \"{cell}\" names the unit \"{group.Value}\", but time must be in s, ms or ns.");
        }
        else
        {
            unit = options.TimeUnit ?? TimeUnit.Seconds;
        }
        return unit switch
        {
            TimeUnit.Milliseconds => TimeKind.ElapsedMilliseconds,
            TimeUnit.Nanoseconds => TimeKind.ElapsedNanoseconds,
            _ => TimeKind.ElapsedSeconds,
        };
    }

    /// <summary>The candidate separator that occurs most often outside quotes in the header row; null if none does
    /// (a one-column header is no format of ours).</summary>
    private static char? ChooseSeparator(string headerLine, IReadOnlyList<char> candidates)
    {
        char? best = null;
        int bestCount = 0;
        foreach (char candidate in candidates)
        {
            int count = 0;
            bool quoted = false;
            foreach (char c in headerLine)
            {
                if (c == '"') quoted = !quoted;
                else if (c == candidate && !quoted) count++;
            }
            if (count > bestCount) (best, bestCount) = (candidate, count);
        }
        return best;
    }

    /// <summary>Decimal comma when the format says so, or, for <see cref="DecimalMark.Detect"/>, when a field of the
    /// first data row holds a comma (impossible with a comma separator, so then it is a point).</summary>
    private static bool UsesDecimalComma(DecimalMark mark, char separator, IReadOnlyList<string> lines, int headerIndex)
    {
        if (mark != DecimalMark.Detect) return mark == DecimalMark.Comma;
        if (separator == ',') return false;
        int first = FirstNonBlank(lines, headerIndex + 1);
        return first >= 0 && SplitRecord(lines[first], separator).Any(f => f.Contains(',', StringComparison.Ordinal));
    }

    private static SampleRate? NominalRate(RecorderFormat format, string fileName, string firstLine)
    {
        var match = format.Preamble?.Rate?.Match(firstLine) ?? format.RateInFileName?.Match(fileName);
        if (match is not { Success: true }) return null;
        return double.TryParse(match.Groups["hz"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double hz) && hz > 0
            ? SampleRate.FromHertz(hz)
            : null;
    }

    /// <summary>One CSV record split by CsvHelper's own quoting rules.</summary>
    internal static List<string> SplitRecord(string line, char separator)
    {
        using var csv = CsvReader.FromText(line, new CsvReaderOptions { Separator = separator, HasHeader = false });
        var fields = new List<string>();
        if (!csv.Read()) return fields;
        for (int i = 0; i < csv.FieldCount; i++) fields.Add(csv.GetString(i) ?? "");
        return fields;
    }

    private static int FirstNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (int i = from; i < lines.Count; i++)
            if (!string.IsNullOrWhiteSpace(lines[i])) return i;
        return -1;
    }

    private static string FirstLine(FileHead head) => head.Lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "";

    private static string Quote(string text) => Excerpt.Of(text, MaxQuotedHeaderLength);
}
