using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using RepSense.Ingest.Formats;

namespace RepSense.Ingest.Reading;

/// <summary>
/// The per-record half of the generic reader: reads the current record of a <see cref="CsvReader"/> as a
/// <see cref="FileLayout"/> says, into raw time and SI-unit vectors. It parses from the reader's UTF-8 spans with
/// <see cref="Utf8Number"/> and allocates nothing for a good row; only a failed row costs a string (for its message).
/// The file reader and the live line parser both use it, so a file and a stream of lines read the same way.
/// </summary>
internal sealed class RowDecoder
{
    private const int MaxNumberLength = 64;

    private readonly ColumnTerm[] _terms;
    private readonly int _timeColumn;
    private readonly TimeKind _timeKind;
    private readonly int _minFieldCount;
    private readonly int _headerFieldCount;
    private readonly bool _decimalComma;

    public RowDecoder(FileLayout layout)
    {
        Layout = layout;
        _terms = [.. layout.Terms];
        _timeColumn = layout.TimeColumn;
        _timeKind = layout.Time;
        _minFieldCount = layout.MinFieldCount;
        _headerFieldCount = layout.Header.Count;
        _decimalComma = layout.DecimalComma;
        HasRotationRate = layout.HasRotationRate;
    }

    public FileLayout Layout { get; }
    public bool HasRotationRate { get; }

    /// <summary>The 0-based column of the last failure (for <see cref="RowStatus.ShortRow"/>, the field count).</summary>
    public int FailedColumn { get; private set; }

    /// <summary>Decodes the record <paramref name="csv"/> is on. <paramref name="rowIndex"/> is the 0-based index of
    /// the data row, the clock of <see cref="TimeKind.RowIndex"/> files.</summary>
    public RowStatus Decode(CsvReader csv, long rowIndex, out RawTime time, out Vec3 accelerationMs2, out Vec3 rotationRateRadS)
    {
        accelerationMs2 = default;
        rotationRateRadS = default;
        time = default;
        if (csv.FieldCount < _minFieldCount)
        {
            FailedColumn = csv.FieldCount;
            return RowStatus.ShortRow;
        }
        // Reading only the columns the header names would take the first fields of a longer row and read garbage
        // without a word (decimal commas split by a comma delimiter: 0,6343 read as 0, then 6343 as the next value).
        if (csv.FieldCount > _headerFieldCount && HasTextBeyondHeader(csv))
        {
            FailedColumn = _headerFieldCount;
            return RowStatus.ExtraFields;
        }

        var status = ReadTime(csv, rowIndex, out time);
        if (status != RowStatus.Ok) return status;

        var channels = new Channels6();
        var terms = _terms;
        for (int i = 0; i < terms.Length; i++)
        {
            ref readonly var term = ref terms[i];
            if (!ReadNumber(csv, term.Column, out double value)) return Failed(csv, term.Column);
            channels[term.Slot] += value * term.Factor;
        }

        accelerationMs2 = new Vec3(channels[0], channels[1], channels[2]);
        rotationRateRadS = new Vec3(channels[3], channels[4], channels[5]);
        return accelerationMs2.IsFinite && rotationRateRadS.IsFinite ? RowStatus.Ok : RowStatus.NotFinite;
    }

    /// <summary>Reports a row skipped for an empty or non-finite cell (<see cref="FailedColumn"/> names it).</summary>
    public void ReportSkipped(CsvReader csv, RowStatus status, IngestDiagnostics diagnostics, string file, long line)
    {
        int column = FailedColumn;
        if (status == RowStatus.EmptyCell)
            diagnostics.Report(IngestProblemKind.EmptyCell, file, line, $"column {column + 1} (\"{ColumnName(column)}\") is empty");
        else
            diagnostics.Report(IngestProblemKind.NotANumber, file, line, $"a value is NaN or infinite: \"{Shorten(Encoding.UTF8.GetString(csv.RawRecord))}\"");
    }

    /// <summary>Reports a row skipped for having <paramref name="fieldCount"/> fields, too few for the columns read.</summary>
    public void ReportShortRow(int fieldCount, IngestDiagnostics diagnostics, string file, long line) =>
        diagnostics.Report(IngestProblemKind.ShortRow, file, line,
            $"{fieldCount} field{(fieldCount == 1 ? "" : "s")}, expected at least {_minFieldCount}");

    /// <summary>The error for a row with more fields than the header: file:line, the field counts, the row, and
    /// what a row of about twice the header's fields split at commas most likely is.</summary>
    public RepSenseException ExtraFieldsError(CsvReader csv, string file, long line) =>
        new($"{file}:{line}: {ExtraFields(csv)}.");

    /// <summary>Reports a live row skipped for having more fields than the header.</summary>
    public void ReportExtraFields(CsvReader csv, IngestDiagnostics diagnostics, string file, long line) =>
        diagnostics.Report(IngestProblemKind.ExtraFields, file, line, ExtraFields(csv));

    private string ExtraFields(CsvReader csv)
    {
        int found = csv.FieldCount;
        string message = $"expected {_headerFieldCount} fields as in the header, found {found} " +
                         $"(\"{Shorten(Encoding.UTF8.GetString(csv.RawRecord))}\")";
        // "9,81" split at a comma gives two fields, "0" one: with most numbers fractional, such a row has between
        // one and a half and two times the header's fields.
        bool looksLikeDecimalCommas = Layout.Separator == ',' && 2 * found >= 3 * _headerFieldCount && found <= 2 * _headerFieldCount;
        return looksLikeDecimalCommas
            ? message + "; the file seems to use decimal commas with a comma delimiter, which cannot be read unambiguously: " +
              "export it with a semicolon or tab delimiter, or with decimal points"
            : message;
    }

    /// <summary>Whether a field after the header's last column holds more than blanks (a trailing delimiter, as in
    /// Polar Sensor Logger's PPG rows, leaves one empty field).</summary>
    private bool HasTextBeyondHeader(CsvReader csv)
    {
        for (int i = _headerFieldCount; i < csv.FieldCount; i++)
            if (!IsBlank(csv, i)) return true;
        return false;
    }

    /// <summary>Whether field <paramref name="index"/> of the current record holds nothing but spaces and tabs.</summary>
    public static bool IsBlank(CsvReader csv, int index) => csv.GetSpan(index).Trim(" \t"u8).IsEmpty;

    /// <summary>The error for the malformed cell at <see cref="FailedColumn"/>: file:line:column, what was expected
    /// and the text found.</summary>
    public RepSenseException MalformedError(CsvReader csv, string file, long line) =>
        new($"{file}:{line}:{FailedColumn + 1}: {MalformedCell(csv)}.");

    /// <summary>Reports a live row skipped for the malformed cell at <see cref="FailedColumn"/>, with what was
    /// expected and the text found.</summary>
    public void ReportMalformed(CsvReader csv, IngestDiagnostics diagnostics, string file, long line) =>
        diagnostics.Report(IngestProblemKind.MalformedRow, file, line, MalformedCell(csv));

    private string MalformedCell(CsvReader csv)
    {
        int column = FailedColumn;
        string text = column < csv.FieldCount ? Encoding.UTF8.GetString(csv.GetSpan(column)) : "";
        string hint = !_decimalComma && text.Contains(',', StringComparison.Ordinal)
            ? " (a decimal comma, where this file writes a decimal point)"
            : "";
        return $"expected {Expected(column)} in column {column + 1} (\"{ColumnName(column)}\"), found \"{Shorten(text)}\"{hint}";
    }

    /// <summary>Text of a row or cell for a message: shortened and escaped (<see cref="Excerpt"/>).</summary>
    public static string Shorten(string text) => Excerpt.Of(text, 80);

    /// <summary>What a column should hold, for a message about it.</summary>
    private string Expected(int column) => column != _timeColumn ? "a number" : _timeKind switch
    {
        TimeKind.WallClock => "a time of day like 11:41:59:3050",
        TimeKind.ElapsedSeconds or TimeKind.ElapsedMilliseconds => "a number",
        _ => "a whole-number timestamp",
    };

    /// <summary>The header name of a column, for a message about it.</summary>
    private string ColumnName(int column) => column < Layout.Header.Count ? Layout.Header[column] : $"#{column + 1}";

    private RowStatus ReadTime(CsvReader csv, long rowIndex, out RawTime time)
    {
        time = default;
        int column = _timeColumn;
        switch (_timeKind)
        {
            case TimeKind.RowIndex:
                time = new RawTime(rowIndex, 0);
                return RowStatus.Ok;
            case TimeKind.ElapsedSeconds or TimeKind.ElapsedMilliseconds:
                if (!ReadNumber(csv, column, out double seconds)) return Failed(csv, column);
                time = new RawTime(0, seconds);
                return double.IsFinite(seconds) ? RowStatus.Ok : RowStatus.NotFinite;
            case TimeKind.WallClock:
                if (!WallClock.TryParse(csv.GetSpan(column), out long ticks)) return Failed(csv, column);
                time = new RawTime(ticks, 0);
                return RowStatus.Ok;
            default:
                if (!Utf8Number.TryParseInt64(csv.GetSpan(column), out long integer)) return Failed(csv, column);
                time = new RawTime(integer, 0);
                return RowStatus.Ok;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ReadNumber(CsvReader csv, int column, out double value)
    {
        var text = csv.GetSpan(column);
        // A decimal-point file's "9,81" fails here (NumberStyles.Float takes no thousands separators): a malformed cell,
        // never 981.
        return _decimalComma ? TryParseDecimalComma(text, out value) : Utf8Number.TryParseDouble(text, out value);
    }

    private static bool TryParseDecimalComma(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        if (text.Length > MaxNumberLength) return false;
        Span<byte> copy = stackalloc byte[text.Length];
        text.CopyTo(copy);
        copy.Replace((byte)',', (byte)'.');
        return double.TryParse(copy, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private RowStatus Failed(CsvReader csv, int column)
    {
        FailedColumn = column;
        return csv.IsEmpty(column) ? RowStatus.EmptyCell : RowStatus.Malformed;
    }

    /// <summary>Six channel accumulators on the stack: acceleration X-Z, rotation rate X-Z.</summary>
    [InlineArray(ColumnTerm.SlotCount)]
    private struct Channels6
    {
        private double _element;
    }
}
