using System.Reactive.Linq;
using CsvHelper;
using RepSense.Ingest.Formats;
using RepSense.Ingest.Reading;

namespace RepSense.Ingest.Live;

/// <summary>Samples from text lines that arrive one by one (stdin, an HTTP push), read exactly as files are.</summary>
public static class LiveLines
{
    /// <summary>Lines a live source may send before its header can be recognised (a preamble).</summary>
    public const int MaxHeaderLines = 12;

    /// <summary>
    /// Parses CSV lines of a recorder format into samples: the first lines are the header (and preamble, if the
    /// format has one), detected as a file's would be, among <paramref name="formats"/> (every format by default);
    /// each later line is decoded by the same per-record reader the files use and put in time order the same way,
    /// so one line's sample is emitted when the next line arrives (or on completion). Recoverable problems go to
    /// <paramref name="diagnostics"/> with their line number; unlike in a file, that includes a line with a cell that
    /// is not a number (a live source keeps sending, and the lines after it are good). A header of no known format
    /// ends the stream with a <see cref="RepSenseException"/>. Time is seconds from the first sample. Cold: each
    /// subscription subscribes to <paramref name="lines"/> and has its own state.
    /// </summary>
    /// <param name="lines">The lines, without line breaks.</param>
    /// <param name="sourceName">How messages name the source, e.g. "stdin".</param>
    /// <param name="diagnostics">Receives the recoverable problems.</param>
    /// <param name="options">Units for generic CSVs without units in the header.</param>
    /// <param name="formats">The formats the header may be; null for <see cref="Formats.Formats.All"/>.</param>
    public static IObservable<ImuSample> ParseSamples(this IObservable<string> lines, string sourceName,
        IngestDiagnostics diagnostics, RecordingOptions? options = null, IReadOnlyList<RecorderFormat>? formats = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var resolvedOptions = options ?? RecordingOptions.Default;
        var candidates = formats ?? Formats.Formats.All;
        return Observable.Create<ImuSample>(observer =>
        {
            var parser = new LineParser(sourceName, diagnostics, resolvedOptions, candidates, observer);
            return lines.Subscribe(parser.OnLine, parser.OnError, parser.OnCompleted);
        });
    }

    /// <summary>The per-subscription state: the lines kept until the header is known, then the decoder and clock.</summary>
    private sealed class LineParser(string source, IngestDiagnostics diagnostics, RecordingOptions options,
        IReadOnlyList<RecorderFormat> formats, IObserver<ImuSample> downstream)
    {
        private readonly List<string> _headerLines = [];
        private readonly SampleSequencer _sequencer = new(diagnostics, source);
        private readonly SourceFile _file = new(source, source, source, () => throw new NotSupportedException("A live source cannot be reopened."));
        private FileLayout? _layout;
        private RowDecoder? _decoder;
        private CsvReaderOptions? _csvOptions;
        private BlankLines? _blankLines;
        private TimeBase? _time;
        private long _lineNumber;
        private long _rowIndex;
        private bool _stopped;

        public void OnLine(string line)
        {
            if (_stopped) return;
            _lineNumber++;
            try
            {
                if (_layout is null) CollectHeader(line);
                else Decode(line, _lineNumber);
            }
            catch (RepSenseException ex)
            {
                Stop(ex);
            }
        }

        public void OnError(Exception error)
        {
            if (!_stopped) Stop(error);
        }

        public void OnCompleted()
        {
            if (_stopped) return;
            // A source that ends after one line is detected as a file holding only that header line would be: an
            // unknown header is named as such, not reported as a header without samples.
            if (_layout is null && _headerLines.Exists(l => !string.IsNullOrWhiteSpace(l)))
            {
                try
                {
                    Detect(reachedEnd: true);
                }
                catch (RepSenseException ex)
                {
                    Stop(ex);
                    return;
                }
            }
            _stopped = true;
            if (_sequencer.Flush(out var last)) downstream.OnNext(last);
            downstream.OnCompleted();
        }

        private void CollectHeader(string line)
        {
            _headerLines.Add(line);
            if (_headerLines.Count(l => !string.IsNullOrWhiteSpace(l)) < 2) return;
            try
            {
                Detect(reachedEnd: false);
            }
            catch (RepSenseException) when (_headerLines.Count < MaxHeaderLines)
            {
                // Perhaps a preamble: wait for more lines before giving up.
            }
        }

        private void Detect(bool reachedEnd)
        {
            var layout = FormatDetector.Detect(_file, FileHead.FromLines(_headerLines, reachedEnd), options, formats);
            _layout = layout;
            _decoder = new RowDecoder(layout);
            _csvOptions = CsvSampleReader.CsvOptions(layout, hasHeader: false);
            _blankLines = new BlankLines(diagnostics, source, layout.HeaderLine);
            for (int i = layout.HeaderLine; i < _headerLines.Count; i++)
                Decode(_headerLines[i], i + 1);
        }

        private void Decode(string line, long lineNumber)
        {
            if (string.IsNullOrWhiteSpace(line)) return;
            _blankLines!.BeforeRow(lineNumber);
            using var csv = CsvReader.FromText(line, _csvOptions);
            if (!csv.Read()) return;
            var layout = _layout!;
            var status = _decoder!.Decode(csv, _rowIndex++, out var raw, out var acceleration, out var rotation);
            switch (status)
            {
                case RowStatus.Ok:
                    _time ??= new TimeBase(layout.Time, raw, layout.NominalRate);
                    bool gravityIncluded = layout.Format.Acceleration != AccelerationKind.GravityRemoved;
                    var sample = new ImuSample(_time.ToSeconds(raw), acceleration, rotation, _decoder.HasRotationRate, gravityIncluded);
                    if (_sequencer.Push(sample, lineNumber, out var ready)) downstream.OnNext(ready);
                    break;
                case RowStatus.ShortRow:
                    _decoder.ReportShortRow(csv.FieldCount, diagnostics, source, lineNumber);
                    break;
                case RowStatus.Malformed:
                    _decoder.ReportMalformed(csv, diagnostics, source, lineNumber);
                    break;
                case RowStatus.ExtraFields:
                    _decoder.ReportExtraFields(csv, diagnostics, source, lineNumber);
                    break;
                default:
                    _decoder.ReportSkipped(csv, status, diagnostics, source, lineNumber);
                    break;
            }
        }

        private void Stop(Exception error)
        {
            _stopped = true;
            downstream.OnError(error);
        }
    }
}
