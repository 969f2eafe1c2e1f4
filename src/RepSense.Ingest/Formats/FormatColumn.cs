using System.Text.RegularExpressions;
using RepSense.Ingest.Units;

namespace RepSense.Ingest.Formats;

/// <summary>
/// One column of a format: how its header cell is recognised, what it holds, the canonical axis it maps to and the
/// unit it is written in. A format lists its columns in file order, so the description reads like the header
/// (<c>time,seconds_elapsed,z,y,x</c>), but columns are found by name, not position.
/// </summary>
/// <remarks>Header cells are matched whole and ignoring case, after the CSV quotes are removed and the cell is
/// trimmed. A unit of null means the header names it in a <c>(?&lt;unit&gt;…)</c> group of the pattern, or an
/// option gives it (generic CSV); <see cref="UnitNames"/> reads those names.</remarks>
public sealed record FormatColumn
{
    private readonly Lazy<Regex> _pattern;

    private FormatColumn(ColumnMeaning meaning, Axis axis, string header, Func<Regex> pattern, bool optional)
    {
        Meaning = meaning;
        Axis = axis;
        Header = header;
        // Built when first matched: detection stops at a format's first missing column, so most are never needed,
        // and building them all was a tenth of a command's start-up.
        _pattern = new Lazy<Regex>(pattern);
        Optional = optional;
    }

    public ColumnMeaning Meaning { get; }

    /// <summary>The canonical axis (acceleration and rotation-rate columns only).</summary>
    public Axis Axis { get; }

    /// <summary>The header as the format's documentation writes it, for messages and help.</summary>
    public string Header { get; }

    /// <summary>The whole-cell, case-insensitive pattern a header cell must match.</summary>
    public Regex Pattern => _pattern.Value;

    /// <summary>Whether the format is still recognised without this column (phyphox's "Absolute acceleration",
    /// the gyroscope columns of a generic CSV).</summary>
    public bool Optional { get; }

    /// <summary>Unit of an acceleration column; null when the header (or an option) says it.</summary>
    public AccelerationUnit? AccelerationUnit { get; private init; }

    /// <summary>Unit of a rotation-rate column; null when the header (or an option) says it.</summary>
    public RotationRateUnit? RotationRateUnit { get; private init; }

    /// <summary>The time column, named exactly.</summary>
    public static FormatColumn Time(string name) => new(ColumnMeaning.Time, default, name, () => Exact(name), false);

    /// <summary>An acceleration column named exactly, in a fixed unit.</summary>
    public static FormatColumn Acceleration(Axis axis, string name, AccelerationUnit unit) =>
        new(ColumnMeaning.Acceleration, axis, name, () => Exact(name), false) { AccelerationUnit = unit };

    /// <summary>A rotation-rate column named exactly, in a fixed unit.</summary>
    public static FormatColumn RotationRate(Axis axis, string name, RotationRateUnit unit, bool optional = false) =>
        new(ColumnMeaning.RotationRate, axis, name, () => Exact(name), optional) { RotationRateUnit = unit };

    /// <summary>A column that must be there (unless <paramref name="optional"/>) but is not read.</summary>
    public static FormatColumn Signature(string name, bool optional = false) =>
        new(ColumnMeaning.Signature, default, name, () => Exact(name), optional);

    /// <summary>A column recognised by a pattern rather than an exact name; <paramref name="header"/> describes it
    /// for messages. Units given as null are read from the pattern's <c>unit</c> group.</summary>
    public static FormatColumn Matching(ColumnMeaning meaning, Axis axis, string header, string pattern,
        AccelerationUnit? accelerationUnit = null, RotationRateUnit? rotationRateUnit = null, bool optional = false) =>
        new(meaning, axis, header, () => Whole(pattern), optional)
        {
            AccelerationUnit = accelerationUnit,
            RotationRateUnit = rotationRateUnit,
        };

    private static Regex Exact(string name) => Whole(Regex.Escape(name));

    private static Regex Whole(string pattern) =>
        new($"^(?:{pattern})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
