using RepSense.Ingest.Formats;

namespace RepSense.Ingest.Reading;

/// <summary>
/// Turns a file's raw times into seconds from the recording's origin: the first sample of its primary file, so
/// that the files of one recording (accelerometer, gyroscope, gravity) share one clock. Holds per-read state (the
/// wall clock's day count), so each read gets its own.
/// </summary>
internal sealed class TimeBase
{
    private const long HalfDayTicks = WallClock.TicksPerDay / 2;

    private readonly TimeKind _kind;
    private readonly RawTime _origin;
    private readonly double _scale;
    private readonly RecordingPause[] _pauses;
    private long _lastWallTicks = long.MinValue;
    private long _dayOffsetTicks;

    /// <param name="kind">The file's time kind.</param>
    /// <param name="origin">The raw time that becomes 0 s, in the same kind.</param>
    /// <param name="rate">The nominal rate, needed only for <see cref="TimeKind.RowIndex"/>.</param>
    /// <param name="pauses">Pauses the raw clock leaves out, in order (only for a clock in decimal seconds): the
    /// samples after each are moved later by its length, so the pause shows as the gap it was.</param>
    public TimeBase(TimeKind kind, RawTime origin, Units.SampleRate? rate, IReadOnlyList<RecordingPause>? pauses = null)
    {
        _kind = kind;
        _origin = origin;
        _pauses = kind == TimeKind.ElapsedSeconds && pauses is not null ? [.. pauses] : [];
        _scale = kind switch
        {
            TimeKind.ElapsedSeconds => 1.0,
            TimeKind.ElapsedMilliseconds or TimeKind.UnixMilliseconds => 1e-3,
            TimeKind.ElapsedNanoseconds or TimeKind.UnixNanoseconds or TimeKind.SensorNanoseconds => 1e-9,
            TimeKind.WallClock => 1.0 / WallClock.TicksPerSecond,
            TimeKind.RowIndex => rate is { IsValid: true } r ? r.PeriodS
                : throw new ArgumentException("A row-index clock needs the nominal rate.", nameof(rate)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unresolved time kind."),
        };
    }

    /// <summary>Whether the kind is read as a decimal number rather than an integer.</summary>
    public static bool IsDecimal(TimeKind kind) => kind is TimeKind.ElapsedSeconds or TimeKind.ElapsedMilliseconds;

    public double ToSeconds(RawTime raw)
    {
        if (IsDecimal(_kind))
        {
            double seconds = (raw.Decimal - _origin.Decimal) * _scale;
            return _pauses.Length == 0 ? seconds : seconds + Paused(raw.Decimal);
        }
        long value = raw.Integer;
        if (_kind == TimeKind.WallClock) value = Unwrap(value);
        return (value - _origin.Integer) * _scale;
    }

    /// <summary>The wall-clock start, when the kind is an absolute UTC clock.</summary>
    public static DateTimeOffset? StartTime(TimeKind kind, RawTime origin) => kind switch
    {
        TimeKind.UnixMilliseconds => DateTimeOffset.FromUnixTimeMilliseconds(origin.Integer),
        TimeKind.UnixNanoseconds => DateTimeOffset.UnixEpoch.AddTicks(origin.Integer / 100),
        _ => null,
    };

    /// <summary>The length of the pauses before raw time <paramref name="raw"/>.</summary>
    private double Paused(double raw)
    {
        double paused = 0;
        for (int i = 0; i < _pauses.Length && raw >= _pauses[i].ResumedAtRaw; i++) paused += _pauses[i].PausedS;
        return paused;
    }

    /// <summary>A wall clock without a date passes midnight as a step back of nearly a day.</summary>
    private long Unwrap(long ticks)
    {
        if (_lastWallTicks != long.MinValue && ticks + _dayOffsetTicks < _lastWallTicks - HalfDayTicks)
            _dayOffsetTicks += WallClock.TicksPerDay;
        long unwrapped = ticks + _dayOffsetTicks;
        _lastWallTicks = unwrapped;
        return unwrapped;
    }
}
