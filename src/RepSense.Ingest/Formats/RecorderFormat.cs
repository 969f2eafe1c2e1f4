using System.Text.RegularExpressions;

namespace RepSense.Ingest.Formats;

/// <summary>
/// One recorder export format, described as data: how it is recognised (header columns, and the file name or
/// preamble when the header alone does not tell), how it is delimited, what its time column means, which canonical
/// axis and unit each column maps to, and whether its acceleration includes gravity. One generic reader follows
/// these descriptions; <see cref="Formats.All"/> lists them in the order they are tried.
/// </summary>
public sealed record RecorderFormat
{
    /// <summary>Display name, e.g. "phyphox Acceleration (with g)"; it is what <c>inspect</c> shows as the format.</summary>
    public required string Name { get; init; }

    public required RecorderFamily Family { get; init; }

    /// <summary>Columns in the order the app writes them. Required columns must all be found for the format to
    /// match; extra columns in the file are ignored.</summary>
    public required IReadOnlyList<FormatColumn> Columns { get; init; }

    /// <summary>What the time column (or, for <see cref="TimeKind.RowIndex"/>, the row number) means.</summary>
    public required TimeKind Time { get; init; }

    /// <summary>What the acceleration columns measure (irrelevant when the format has none, e.g. a gyroscope file).</summary>
    public AccelerationKind Acceleration { get; init; } = AccelerationKind.IncludesGravity;

    /// <summary>Separators the app may use; the one in the header row is taken.</summary>
    public IReadOnlyList<char> Separators { get; init; } = [','];

    public DecimalMark DecimalMark { get; init; } = DecimalMark.Point;

    /// <summary>A pattern the file name must match, for formats whose header is shared by several files (every
    /// Sensor Logger phone file is <c>time,seconds_elapsed,z,y,x</c>); null when the header decides.</summary>
    public Regex? FileName { get; init; }

    /// <summary>Whether the format stands in, for a file given alone under another name (or on stdin), for formats
    /// told apart by their file names. It is not tried in a folder or .zip export, whose files keep the names the app
    /// gave them.</summary>
    public bool ForRenamedFile { get; init; }

    /// <summary>What to say when an acceleration column's unit is neither fixed by the format, nor in the header,
    /// nor given by --units: why it cannot be known and what to do (a phrase after "file: "); null for the generic
    /// CSV's advice (name the columns like ax_g, or pass --units).</summary>
    public string? UnstatedUnitAdvice { get; init; }

    /// <summary>Lines before the header row, when the format has them.</summary>
    public Preamble? Preamble { get; init; }

    /// <summary>How to find the partner file of a two-file recording (MetaWear, Polar), when the format has one.</summary>
    public CompanionFile? Companion { get; init; }

    /// <summary>Finds the recording's local date in the file name (group <c>date</c>, yyyy-MM-dd), for a
    /// <see cref="TimeKind.WallClock"/> without a date (Physics Toolbox names files <c>2023-02-2811.41.59.csv</c>).</summary>
    public Regex? DateInFileName { get; init; }

    /// <summary>Finds the nominal rate in the file name (group <c>hz</c>), e.g. MetaWear's <c>_12.500Hz_</c>.</summary>
    public Regex? RateInFileName { get; init; }

    /// <summary>Whether the format has acceleration columns.</summary>
    public bool HasAcceleration => Columns.Any(c => c.Meaning == ColumnMeaning.Acceleration);

    /// <summary>Whether the format has rotation-rate columns (some optional: present in a file or not).</summary>
    public bool HasRotationRate => Columns.Any(c => c.Meaning == ColumnMeaning.RotationRate);

    /// <summary>The header this format expects, e.g. "time,seconds_elapsed,z,y,x", for messages.</summary>
    public string HeaderHint =>
        string.Join(",", Columns.Where(c => !c.Optional).Select(c => c.Header)) +
        (FileName is null ? "" : $" (file name {FileName})") +
        (Preamble is null ? "" : $" after {Preamble.LineCount} preamble lines");

    public override string ToString() => Name;
}
