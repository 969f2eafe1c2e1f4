using RepSense.Ingest.Formats;
using RepSense.Ingest.Units;

namespace RepSense.Ingest.Reading;

/// <summary>
/// A format applied to one file: what detection found in its header. The reader follows this and nothing else:
/// where the header is, the separator and decimal mark, which column feeds which canonical channel with which factor
/// to SI units, and how to read time.
/// </summary>
internal sealed record FileLayout
{
    public required RecorderFormat Format { get; init; }
    public required SourceFile File { get; init; }
    public required char Separator { get; init; }
    public required bool DecimalComma { get; init; }

    /// <summary>Lines before the header row (a preamble); the CSV reader starts after them.</summary>
    public required int PreambleLines { get; init; }

    /// <summary>The 1-based line of the header row: after the preamble, or after the blank lines before it.</summary>
    public required int HeaderLine { get; init; }

    /// <summary>The header cells as written (unquoted, trimmed).</summary>
    public required IReadOnlyList<string> Header { get; init; }

    /// <summary>The time kind, resolved for generic files (never <see cref="TimeKind.ElapsedFromHeader"/>).</summary>
    public required TimeKind Time { get; init; }

    /// <summary>Index of the time column; -1 for <see cref="TimeKind.RowIndex"/>.</summary>
    public required int TimeColumn { get; init; }

    /// <summary>Every value the reader parses, in column order.</summary>
    public required IReadOnlyList<ColumnTerm> Terms { get; init; }

    /// <summary>The unit of the acceleration columns, for the plausibility check; null when the file has none.</summary>
    public required AccelerationUnit? AccelerationUnit { get; init; }

    public required SampleRate? NominalRate { get; init; }

    public bool HasAcceleration => Terms.Any(t => t.Slot < ColumnTerm.FirstRotationSlot);
    public bool HasRotationRate => Terms.Any(t => t.Slot >= ColumnTerm.FirstRotationSlot);

    /// <summary>The number of fields a row needs to hold every column read.</summary>
    public int MinFieldCount => Math.Max(TimeColumn, Terms.Count == 0 ? -1 : Terms.Max(t => t.Column)) + 1;
}

/// <summary>One parsed column: the value at <paramref name="Column"/> times <paramref name="Factor"/> (to m/s² or
/// rad/s) is added to channel <paramref name="Slot"/>: 0-2 acceleration X-Z, 3-5 rotation rate X-Z.</summary>
internal readonly record struct ColumnTerm(int Column, int Slot, double Factor)
{
    public const int FirstRotationSlot = 3;
    public const int SlotCount = 6;
}
