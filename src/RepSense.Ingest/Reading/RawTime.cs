namespace RepSense.Ingest.Reading;

/// <summary>A time value as the file wrote it, before it becomes seconds from the recording's start: an integer
/// (epoch ms or ns, wall-clock ticks of 100 ns, a row index) or a decimal (seconds or milliseconds) depending on the
/// file's <see cref="Formats.TimeKind"/>. Integers stay integers so that epoch nanoseconds keep their precision.</summary>
internal readonly record struct RawTime(long Integer, double Decimal);
