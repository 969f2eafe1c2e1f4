using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using RepSense.Ingest;
using RepSense.Log.Model;
using RepSense.Log.Units;

namespace RepSense.Log.Formats;

/// <summary>What a workout-log export holds, read and checked, before anything is written.</summary>
/// <param name="Format">The layout the header identified.</param>
/// <param name="Workouts">The workouts in file order.</param>
/// <param name="Notes">Things the reader assumed or skipped that the user should know (an unstated unit, rest-timer
/// rows).</param>
public sealed record LogFileContents(LogFormat Format, IReadOnlyList<ImportedWorkout> Workouts, IReadOnlyList<string> Notes);

/// <summary>
/// Reads any <see cref="LogFormats.All"/> layout: identifies it by its header, reads the rows with CsvHelper
/// (RFC 4180 for Strong, Hevy and RepSense; no quoting for FitNotes, whose unquoted commas in exercise names are
/// given back to the name), and groups rows into workouts. The whole file is read and checked before the caller
/// writes anything, so a malformed file changes nothing; its first problem is a <see cref="RepSenseException"/>
/// naming the file, the line and the field.
/// </summary>
public static partial class LogFileReader
{
    /// <param name="path">The export file.</param>
    /// <param name="unstatedUnit">The weight unit for layouts that do not state one (Strong 2021-24 and German
    /// exports write the user's unit without naming it); kg when null.</param>
    public static LogFileContents Read(string path, WeightUnit? unstatedUnit = null)
    {
        if (Directory.Exists(path))
            throw new UnknownLogFormatException(path, $"{path} is a folder: expected a workout-log export file (a Strong, Hevy, FitNotes or RepSense CSV).");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new RepSenseException($"{path}: the file does not exist (expected a workout-log export).");
        }
        return Read(bytes, path, unstatedUnit);
    }

    /// <summary>Reads export content held in memory; <paramref name="file"/> names it in messages.</summary>
    public static LogFileContents Read(byte[] bytes, string file, WeightUnit? unstatedUnit = null)
    {
        string text = Encoding.UTF8.GetString(bytes);
        int end = text.IndexOf('\n');
        string headerLine = end < 0 ? text : text[..end];
        var format = LogFormats.Detect(headerLine)
            ?? throw new UnknownLogFormatException(file, $"{file}:1: the header is not one of a known workout-log export " +
                $"(expected a Strong, Hevy, FitNotes or RepSense CSV header; found '{Shorten(headerLine.Trim())}').");
        return new Parser(file, format, unstatedUnit ?? WeightUnit.Kg).Parse(bytes);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^\s*(?:(?<h>\d+)\s*h)?\s*(?:(?<m>\d+)\s*(?:m|min))?\s*(?:(?<s>\d+)\s*s)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationText();

    /// <summary>One read of one file: the column positions of its layout and what has been gathered so far.</summary>
    private sealed class Parser(string file, LogFormat format, WeightUnit unstatedUnit)
    {
        private readonly Dictionary<LogField, int> _index = format.Columns.ToDictionary(
            kv => kv.Key, kv => format.Header.ToList().IndexOf(kv.Value));
        private readonly List<string> _notes = [];
        private int _restRows;
        private int _line;
        private string[] _fields = [];

        public LogFileContents Parse(byte[] bytes)
        {
            var options = new CsvReaderOptions
            {
                Separator = format.Separator,
                HasHeader = false,
                Mode = format.Quoted ? CsvMode.Rfc4180 : CsvMode.NoEscape,
                TrackLineNumbers = true,
                SkipEmptyLines = true,
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                MalformedData = CsvMalformedDataHandling.Throw,
            };
            var groups = new List<(string Key, List<(int Line, string[] Fields)> Rows)>();
            var byKey = new Dictionary<string, List<(int Line, string[] Fields)>>(StringComparer.Ordinal);
            try
            {
                using var reader = CsvReader.Create(bytes, options);
                bool header = true;
                while (reader.Read())
                {
                    if (header)
                    {
                        header = false;
                        continue;
                    }
                    _line = (int)reader.LineNumber;
                    _fields = Fit(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToArray());
                    string key = WorkoutKey();
                    if (!byKey.TryGetValue(key, out var rows))
                    {
                        rows = [];
                        byKey[key] = rows;
                        groups.Add((key, rows));
                    }
                    rows.Add((_line, _fields));
                }
            }
            catch (CsvFormatException ex)
            {
                throw new RepSenseException($"{file}:{ex.LineNumber}: the CSV is malformed (expected {(format.Quoted ? "RFC 4180 quoting" : "one row per line")}; {ex.Message.TrimEnd('.')}).", ex);
            }

            if (!format.StatesWeightUnit)
                _notes.Add($"The {format.Name} export does not say which unit its weights are in: read as {Weight.Symbol(unstatedUnit)} (use --unit to change).");
            var workouts = groups.Select(g => Workout(g.Rows)).ToList();
            if (_restRows > 0) _notes.Add($"Skipped {_restRows} rest-timer rows (a pause between sets, not a set).");
            return new LogFileContents(format, workouts, _notes);
        }

        /// <summary>Checks the field count; in an unquoted layout, gives extra fields back to the free-text field
        /// they were split from ("Overhead Press (Each Side, Dumbbells)").</summary>
        private string[] Fit(string[] fields)
        {
            int expected = format.Header.Count;
            if (fields.Length == expected) return fields;
            if (fields.Length > expected && format.ElasticField is { } elastic)
            {
                int at = _index[elastic];
                int extra = fields.Length - expected;
                return [.. fields[..at], string.Join(format.Separator, fields[at..(at + extra + 1)]), .. fields[(at + extra + 1)..]];
            }
            throw Error($"expected {expected} fields as in the header, found {fields.Length}");
        }

        private string WorkoutKey()
        {
            if (format.Has(LogField.WorkoutNumber)) return Text(LogField.WorkoutNumber) ?? "";
            return $"{Text(LogField.Start)}\u0001{Text(LogField.WorkoutName)}";
        }

        private ImportedWorkout Workout(List<(int Line, string[] Fields)> rows)
        {
            (_line, _fields) = rows[0];
            var start = Date(LogField.Start);
            DateTime? startedAt = start.TimeOfDay == TimeSpan.Zero && !HasTime(Text(LogField.Start)) ? null : start;
            double? duration = null;
            if (format.Has(LogField.WorkoutDurationS)) duration = Number(LogField.WorkoutDurationS);
            else if (format.Has(LogField.WorkoutDurationText)) duration = DurationFromText(LogField.WorkoutDurationText);
            else if (Text(LogField.End) is not null) duration = (Date(LogField.End) - start).TotalSeconds;
            string? name = FreeText(LogField.WorkoutName);

            string? notes = null;
            var sets = new List<ImportedSet>();
            foreach (var (line, fields) in rows)
            {
                (_line, _fields) = (line, fields);
                notes ??= FreeText(LogField.WorkoutNotes);
                if (Set() is { } set) sets.Add(set);
                else _restRows++;
            }
            return new ImportedWorkout(rows[0].Line, DateOnly.FromDateTime(start), startedAt, name, duration, notes, sets);
        }

        /// <summary>The row as a set, or null for a row that is not one (a rest timer).</summary>
        private ImportedSet? Set()
        {
            var kind = SetKind.Work;
            var field = format.Has(LogField.SetOrder) ? LogField.SetOrder : LogField.SetType;
            if (Text(field) is { } word && !int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                if (!format.KindWords.TryGetValue(word, out var mapped))
                    throw Error($"field '{Column(field)}': expected a set number or one of {string.Join(", ", format.KindWords.Keys)}, found '{word}'");
                if (mapped is null) return null;
                kind = mapped.Value;
            }

            string exercise = FreeText(LogField.Exercise) ?? throw Error($"field '{Column(LogField.Exercise)}': expected an exercise name, found nothing");
            var status = Text(LogField.Status) is { } statusText ? Parse(LogField.Status, statusText, LogText.ParseStatus) : SetStatus.Done;

            Weight? weight = null;
            if (Number(LogField.Weight) is { } value)
            {
                var unit = format.WeightUnit ?? unstatedUnit;
                if (Text(LogField.WeightUnit) is { } unitText)
                    unit = Weight.TryParseUnit(unitText, out var parsed) ? parsed : throw Error($"field '{Column(LogField.WeightUnit)}': expected kg or lb, found '{unitText}'");
                weight = new Weight(value, unit);
            }

            int? reps = WholeNumber(LogField.Reps);
            double? seconds = format.Has(LogField.Time) ? Clock(LogField.Time) : Number(LogField.Seconds);
            double? distance = Distance();
            if (seconds is 0) seconds = null;
            if (distance is 0) distance = null;
            // Timed and cardio rows carry 0 reps; their result is the time or distance.
            if (reps is 0 && (seconds is not null || distance is not null)) reps = null;

            return new ImportedSet(
                _line, exercise, Text(LogField.StoredExercise), kind, status, weight,
                WholeNumber(LogField.TargetReps), reps, WholeNumber(LogField.CountedReps), WholeNumber(LogField.CleanReps),
                seconds, distance, Number(LogField.Rpe), Number(LogField.Rir),
                Text(LogField.Tempo), FreeText(LogField.Notes));
        }

        private double? Distance()
        {
            if (Number(LogField.Distance) is not { } value) return null;
            string unit = Text(LogField.DistanceUnit) ?? format.DistanceUnit;
            double? metres = unit.Trim().TrimEnd('.').ToLowerInvariant() switch
            {
                "m" or "meters" or "metres" => 1,
                "km" or "kms" or "kilometers" or "kilometres" => 1000,
                "mi" or "mile" or "miles" => 1609.344,
                "yd" or "yds" or "yards" => 0.9144,
                "ft" or "feet" => 0.3048,
                _ => null,
            };
            return metres is { } factor ? value * factor : throw Error($"field '{Column(LogField.DistanceUnit)}': expected a distance unit (m, km, mi), found '{unit}'");
        }

        private DateTime Date(LogField field)
        {
            string text = Text(field) ?? throw Error($"field '{Column(field)}': expected a date, found nothing");
            foreach (string pattern in format.DateFormats)
                if (DateTime.TryParseExact(text, pattern, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var value))
                    return value;
            throw Error($"field '{Column(field)}': expected a date like {string.Join(" or ", format.DateFormats)}, found '{text}'");
        }

        private static bool HasTime(string? text) => text?.Contains(':') == true;

        private double? DurationFromText(LogField field)
        {
            if (Text(field) is not { } text) return null;
            var match = DurationText().Match(text);
            if (!match.Success || !(match.Groups["h"].Success || match.Groups["m"].Success || match.Groups["s"].Success))
                throw Error($"field '{Column(field)}': expected a duration like 2h 18m, 35m or 31min, found '{text}'");
            return Group("h") * 3600 + Group("m") * 60 + Group("s");

            int Group(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        }

        private double? Clock(LogField field)
        {
            if (Text(field) is not { } text) return null;
            return TimeSpan.TryParseExact(text, [@"h\:mm\:ss", @"hh\:mm\:ss", @"m\:ss"], CultureInfo.InvariantCulture, out var span)
                ? span.TotalSeconds
                : throw Error($"field '{Column(field)}': expected a time like 0:09:30, found '{text}'");
        }

        private double? Number(LogField field)
        {
            if (Text(field) is not { } text) return null;
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
                ? value
                : throw Error($"field '{Column(field)}': expected a number, found '{text}'");
        }

        private int? WholeNumber(LogField field)
        {
            if (Number(field) is not { } value) return null;
            return value == Math.Floor(value) && value is >= 0 and <= int.MaxValue
                ? (int)value
                : throw Error($"field '{Column(field)}': expected a whole number, found '{Text(field)}'");
        }

        private T Parse<T>(LogField field, string text, Func<string, T> parse)
        {
            try
            {
                return parse(text);
            }
            catch (FormatException ex)
            {
                throw Error($"field '{Column(field)}': {ex.Message}");
            }
        }

        /// <summary>The trimmed field, or null when the layout has no such column or the field is empty.</summary>
        private string? Text(LogField field)
        {
            if (!_index.TryGetValue(field, out int at)) return null;
            string value = _fields[at].Trim();
            return value.Length == 0 ? null : value;
        }

        /// <summary>A name or a note: trimmed, with an exporter's formula protection undone.</summary>
        private string? FreeText(LogField field) => Text(field) is { } text ? CsvCells.Restore(text) : null;

        private string Column(LogField field) => format.Columns[field];

        private RepSenseException Error(string message) => new($"{file}:{_line}: {message}.");
    }
}
