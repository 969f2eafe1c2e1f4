using CsvHelper;

namespace RepSense.Ingest.Reading;

/// <summary>
/// The one generic reader: streams a file as its <see cref="FileLayout"/> describes, through CsvHelper's span-based
/// reader (memory bounded by its buffer), decoding each record with <see cref="RowDecoder"/> and ordering samples
/// with <see cref="SampleSequencer"/>. Recoverable problems go to the read's <see cref="IngestDiagnostics"/>; a
/// malformed number is a <see cref="RepSenseException"/> naming file, line and column, unless it is on the last
/// line, which is then taken as cut off by a truncated copy and skipped with a warning; so is a row with more
/// fields than the header, wherever it is.
/// </summary>
internal sealed class CsvSampleReader : ISampleCursor
{
    private readonly FileLayout _layout;
    private readonly RowDecoder _decoder;
    private readonly TimeBase _time;
    private readonly IngestDiagnostics _diagnostics;
    private readonly SampleSequencer _sequencer;
    private readonly BlankLines _blankLines;
    private readonly AccelerationCheck _check = new();
    private readonly CsvReader _csv;
    private readonly string _file;
    private readonly bool _gravityIncluded;
    private bool _rowPending;
    private bool _ended;
    private bool _checked;

    public CsvSampleReader(FileLayout layout, TimeBase time, IngestDiagnostics diagnostics)
    {
        _layout = layout;
        _decoder = new RowDecoder(layout);
        _time = time;
        _diagnostics = diagnostics;
        _file = layout.File.DisplayPath;
        _sequencer = new SampleSequencer(diagnostics, _file);
        _blankLines = new BlankLines(diagnostics, _file, layout.HeaderLine);
        _gravityIncluded = layout.Format.Acceleration != Formats.AccelerationKind.GravityRemoved;
        _csv = Open(layout);
    }

    /// <summary>No sensor row comes near this; a longer one is not a recording, and must not grow the buffer.</summary>
    private const int MaxRecordBytes = 1 << 20;

    /// <summary>CsvHelper options for a file of this layout (also used for single lines of a live source).</summary>
    public static CsvReaderOptions CsvOptions(FileLayout layout, bool hasHeader) => new()
    {
        MaxRecordSize = MaxRecordBytes,
        Separator = layout.Separator,
        HasHeader = hasHeader,
        TrackLineNumbers = true,
        DetectSeparatorHint = false,
        AllowLineBreaksInQuotes = false,
    };

    public bool TryRead(out ImuSample sample)
    {
        while (true)
        {
            if (!_rowPending)
            {
                if (_ended || !ReadRecord())
                {
                    _ended = true;
                    if (!_checked)
                    {
                        _checked = true;
                        _check.Report(_layout, _diagnostics);
                    }
                    return _sequencer.Flush(out sample);
                }
            }
            _rowPending = false;

            long line = _csv.LineNumber + _layout.PreambleLines;
            _blankLines.BeforeRow(line);
            var status = _decoder.Decode(_csv, _csv.RowNumber - 1, out var raw, out var acceleration, out var rotation);
            if (status == RowStatus.Ok)
            {
                var decoded = new ImuSample(_time.ToSeconds(raw), acceleration, rotation, _decoder.HasRotationRate, _gravityIncluded);
                _check.Add(acceleration);
                if (_sequencer.Push(decoded, line, out sample)) return true;
                continue;
            }
            HandleFailure(status, line);
        }
    }

    public void Dispose() => _csv.Dispose();

    private void HandleFailure(RowStatus status, long line)
    {
        // A truncated copy cuts its last line short, never long: extra fields are an error wherever they are.
        if (status == RowStatus.ExtraFields) throw _decoder.ExtraFieldsError(_csv, _file, line);

        if (status is RowStatus.EmptyCell or RowStatus.NotFinite)
        {
            _decoder.ReportSkipped(_csv, status, _diagnostics, _file, line);
            return;
        }

        // A short or malformed row: an error, or the cut-off end of a truncated file. Only reading on tells which.
        var error = status == RowStatus.Malformed ? _decoder.MalformedError(_csv, _file, line) : null;
        string raw = System.Text.Encoding.UTF8.GetString(_csv.RawRecord);
        int fieldCount = _csv.FieldCount;
        if (!ReadRecord())
        {
            _ended = true;
            _diagnostics.Report(IngestProblemKind.TruncatedLastLine, _file, line, $"\"{RowDecoder.Shorten(raw)}\"");
            return;
        }
        _rowPending = true;
        if (error is not null) throw error;
        _decoder.ReportShortRow(fieldCount, _diagnostics, _file, line);
    }

    /// <summary>Reads the next record that is not blank. CsvHelper skips empty lines itself; a line of spaces it
    /// reads as a record of one field, which is as blank (and, at the end of the file, as harmless).</summary>
    private bool ReadRecord()
    {
        while (_csv.Read())
        {
            if (_csv.FieldCount > 1 || !RowDecoder.IsBlank(_csv, 0)) return true;
        }
        return false;
    }

    private static CsvReader Open(FileLayout layout)
    {
        var stream = layout.File.Open();
        try
        {
            if (layout.PreambleLines > 0)
            {
                stream = new BufferedStream(stream);
                SkipLines(stream, layout.PreambleLines);
            }
            return CsvReader.Create(stream, CsvOptions(layout, hasHeader: true), leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static void SkipLines(Stream stream, int count)
    {
        for (int skipped = 0; skipped < count;)
        {
            int b = stream.ReadByte();
            if (b < 0) return;
            if (b == '\n') skipped++;
        }
    }
}
